import DebriefCore
import Foundation

/// Hand-built teams for the coach's desk, where the right queue order, brief and quarter counts
/// are known by reading them.
enum CoachFixtures {
    static func day(_ text: String) -> Day { Day(iso: text) ?? Day(serial: 0) }
    static func at(_ text: String) -> Date { day(text).startDate.addingTimeInterval(10 * 3600) }

    static let today = day("2026-06-30")

    static func deal(_ id: String, _ outcome: Outcome, rep: String, amount: Decimal = 10_000, closed: String,
                     segment: String? = "Mid-Market", competitors: [String] = [], stage: String? = nil) -> Deal {
        Deal(id: id, account: "Acct \(id)", name: "Acct \(id) – Platform", amount: Money(amount, "USD"), outcome: outcome,
             closeDate: day(closed), owner: rep, segment: segment, stageReached: stage, competitors: competitors)
    }

    static func review(_ id: String, deal: String, rep: String, status: ReviewStatus = .completed, completed: String? = nil,
                       kind: ReviewKind = .win, factors: [Factor] = [], insights: Int = 0, items: [ActionItem] = [],
                       fineTuning: [String] = [], practices: [String] = [], summary: String = "") -> Review {
        let created = completed.map { at($0).addingTimeInterval(-86_400) } ?? at("2026-01-01")
        var review = Review(id: id, dealId: deal, kind: kind, status: status, manager: "Mia Manager", rep: rep,
                            questionSetId: "builtin-win", createdAt: created,
                            startedAt: completed.map(at), completedAt: status == .completed ? completed.map(at) : nil,
                            answers: (0..<max(insights, 1)).map { n in
                                Answer(question: Question(id: "q\(n)", theme: .story, wording: "Q\(n)?"), notes: "n", insight: n < insights)
                            },
                            factors: factors,
                            practices: practices.enumerated().map { BestPractice(id: "p\($0.offset)", title: $0.element) },
                            fineTuning: fineTuning.enumerated().map { FineTuningPoint(id: "t\($0.offset)", text: $0.element) },
                            actionItems: items, summary: summary)
        review.updatedAt = review.completedAt ?? created
        return review
    }

    static func factor(_ n: Int, _ cause: FactorCause, _ evidence: FactorEvidence, effect: Factor.Effect = .success) -> Factor {
        Factor(id: "f\(n)", effect: effect, cause: cause, evidence: evidence, text: "factor \(n) \(cause.rawValue)")
    }

    /// Eight filler deals of USD 10k–40k (so the top quarter starts at 40k), closed in March, reviewed.
    static var filler: [Deal] {
        (1...8).map { n in deal("fill\(n)", n % 2 == 0 ? .won : .lost, rep: "Cara", amount: Decimal(n * 5_000), closed: "2026-03-0\(n)") }
    }
    static var fillerReviews: [Review] {
        (1...8).map { n in review("fill\(n)-r1", deal: "fill\(n)", rep: "Cara", completed: "2026-06-2\(n % 9)") }
    }
}
