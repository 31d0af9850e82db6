import DebriefCore
import Foundation

/// A small hand-built team whose every figure is worked out by hand in the tests.
enum AnalyticsFixtures {
    static func day(_ text: String) -> Day { Day(iso: text) ?? Day(serial: 0) }

    static func deal(_ id: String, _ outcome: Outcome, rep: String, segment: String?, competitors: [String],
                     closed: String, reasons: [DealReason] = []) -> Deal {
        Deal(id: id, account: "Account \(id)", name: "Account \(id) – Pilot", amount: Money(1000, "USD"), outcome: outcome,
             closeDate: day(closed), owner: rep, segment: segment, competitors: competitors, reasons: reasons)
    }

    static func answer(_ id: String, notes: String = "", insight: Bool = false, wording: String? = nil, skipped: Bool = false) -> Answer {
        Answer(question: Question(id: id, theme: id.hasPrefix("fact") ? .factVsFiction : .story, wording: wording ?? "Question \(id)?"),
               notes: notes, insight: insight, skipped: skipped)
    }

    static func review(_ id: String, deal: String, rep: String, status: ReviewStatus = .completed, createdDay: Int,
                       answers: [Answer] = [], factors: [Factor] = [], practices: [BestPractice] = [],
                       signals: [QualificationSignal] = [], actionItems: [ActionItem] = []) -> Review {
        Review(id: id, dealId: deal, kind: .win, status: status, manager: "Alex Morgan", rep: rep, questionSetId: "builtin-win",
               createdAt: Date(timeIntervalSince1970: Double(createdDay) * 86_400), answers: answers, factors: factors,
               practices: practices, signals: signals, actionItems: actionItems)
    }

    static func success(_ cause: FactorCause, _ evidence: FactorEvidence) -> Factor {
        Factor(id: "f-\(cause.rawValue)-\(evidence.rawValue)", effect: .success, cause: cause, evidence: evidence, text: "\(cause.label)")
    }

    static func signal(_ text: String, _ sign: QualificationSignal.Sign, present: Bool) -> QualificationSignal {
        QualificationSignal(id: "s-\(text.count)", sign: sign, text: text, present: present)
    }

    /// Six deals: Jan has d1 (won) and d2 (lost); Feb has none; Mar has d3 (won), d4 (no decision),
    /// d5 (won) and d6 (lost). Ana owns d1–d3; Ben owns d4–d5 and "ben" owns d6.
    static let deals: [Deal] = [
        deal("d1", .won, rep: "Ana", segment: "SMB", competitors: ["Northbeam"], closed: "2026-01-10",
             reasons: [DealReason(.price, "cheaper"), DealReason(.champion, "sponsor")]),
        deal("d2", .lost, rep: "Ana", segment: "SMB", competitors: ["Northbeam"], closed: "2026-01-20",
             reasons: [DealReason(.price, "too dear")]),
        deal("d3", .won, rep: "Ana", segment: "Enterprise", competitors: [], closed: "2026-03-05",
             reasons: [DealReason(.product, "fit"), DealReason(.product, "SSO")]),
        deal("d4", .noDecision, rep: "Ben", segment: "SMB", competitors: ["Quantia"], closed: "2026-03-01",
             reasons: [DealReason(.budget, "no budget")]),
        deal("d5", .won, rep: "Ben", segment: nil, competitors: ["Northbeam", "Quantia"], closed: "2026-03-15"),
        deal("d6", .lost, rep: "ben", segment: "SMB", competitors: ["Quantia"], closed: "2026-03-20",
             reasons: [DealReason(.features, "offline mode")]),
    ]

    static let reviews: [Review] = [
        review("r1", deal: "d1", rep: "Ana", createdDay: 100,
               answers: [answer("fact-what-you-did", notes: "Brought the CFO", insight: true), answer("story-timeline", notes: "Three calls")],
               factors: [success(.repAction, .buyerSaid), success(.product, .repBelief),
                         Factor(id: "f9", effect: .failure, cause: .price, evidence: .crmRecord, text: "discount")],
               practices: [BestPractice(id: "p1", title: "Mutual action plan from the first demo", detail: "Dates and owners")],
               signals: [signal("Budget owner in the first meeting", .good, present: true),
                         signal("Heavy customisation requested", .bad, present: false)],
               actionItems: [ActionItem(id: "a1", text: "Write the MAP template", owner: "Ana", due: day("2026-02-01")),
                             ActionItem(id: "a2", text: "Done already", owner: "Ana", done: true)]),
        review("r2", deal: "d2", rep: "Ana", createdDay: 101,
               answers: [answer("fact-what-you-did", notes: "Not much"), answer("story-timeline", notes: "Slow", insight: true)],
               factors: [Factor(id: "f1", effect: .failure, cause: .price, evidence: .buyerSaid, text: "price")],
               practices: [BestPractice(id: "p1", title: "mutual action plan — from the first demo!", detail: "Dates and owners")],
               signals: [signal("budget owner in the first meeting!", .good, present: false),
                         signal("Heavy customisation requested", .bad, present: true)]),
        review("r3", deal: "d3", rep: "Ana", createdDay: 103,
               answers: [answer("fact-what-you-did", notes: "Ran the pilot", insight: true, wording: "What exactly did you do?"),
                         answer("questioning-best", skipped: true)],
               factors: [success(.repAction, .repBelief), success(.luck, .crmRecord)],
               practices: [BestPractice(id: "p1", title: "Security pack sent in week one", detail: "Pre-empts the review")],
               signals: [signal("Budget owner in the first meeting", .good, present: true)]),
        review("r5", deal: "d5", rep: "Ben", createdDay: 102,
               answers: [answer("story-timeline", notes: "Partner intro")],
               factors: [success(.timing, .buyerSaid)],
               practices: [BestPractice(id: "p1", title: "Send the security pack in week one"),
                           BestPractice(id: "p2", title: "Mutual Action Plan from the first demo", detail: "Agree every step")],
               signals: [signal("Budget Owner in the first meeting", .good, present: false)],
               actionItems: [ActionItem(id: "a1", text: "Call the partner", owner: "Ben")]),
        // Still under way: its factors and flags are not final, so analytics leave it out; its practice counts.
        review("r5b", deal: "d5", rep: "Ben", status: .inProgress, createdDay: 104,
               answers: [answer("story-timeline", notes: "x", insight: true)],
               factors: [success(.luck, .repBelief)],
               practices: [BestPractice(id: "p1", title: "Mutual action plan from the first demo")]),
        // Its deal is not in the data: left out of analytics.
        review("r9", deal: "gone", rep: "Ana", createdDay: 99, factors: [success(.luck, .repBelief)]),
    ]
}
