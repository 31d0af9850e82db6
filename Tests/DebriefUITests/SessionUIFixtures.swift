import DebriefCore
import Foundation
@testable import DebriefUI

/// A deal and a review mid-session, with accents, CJK and emoji in what people typed.
enum SessionUIFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)

    static let deal = Deal(id: "cafe-zurich-pos", account: "Café Zürich AG", name: "POS Integration",
                           amount: Money(Decimal(18250), "EUR"), outcome: .won, closeDate: Day(iso: "2026-11-02") ?? Day(serial: 0),
                           owner: "Priya Raman", competitors: ["Lumio"])

    static func review() -> Review {
        var review = (try? ReviewStarter.newReview(for: deal, existing: [], questions: QuestionBank(), manager: "Dana Whit", now: t0))
            ?? Review(id: "x", dealId: "x", kind: .win, manager: "", rep: "", questionSetId: "", createdAt: t0)
        review.revision = 3
        func set(_ id: String, prep: String? = nil, notes: String? = nil, insight: Bool = false, skipped: Bool = false) {
            guard let index = review.answers.firstIndex(where: { $0.questionId == id }) else { return }
            if let prep { review.answers[index].prepAnswer = prep }
            if let notes { review.answers[index].notes = notes }
            review.answers[index].insight = insight
            review.answers[index].skipped = skipped
        }
        set("story-timeline", prep: "First call 3 May with Zoë (Head of Ops). PoC in June at the Zürich flagship, signed 2 Nov.",
            notes: "Turning point: the PoC in the flagship café ☕ — Zoë saw queue times drop.")
        set("story-decision-makers", prep: "CFO 田中さん signed; Zoë championed it; IT had a veto on the integration.",
            notes: "CFO 田中 decided. Rep met him twice 👍🏽\nIT veto was real: security review took 3 weeks.", insight: true)
        set("story-why-us", prep: "They said our Lumio integration was the only one that worked offline.")
        set("fact-what-you-did", prep: "Brought their CFO to a reference call with Bäckerei Müller.")
        set("tune-faster", skipped: true)
        review.status = .inProgress
        review.startedAt = t0
        review.factors = [
            Factor(id: "f1", effect: .success, cause: .repAction, evidence: .buyerSaid, text: "Reference call with Bäckerei Müller convinced the CFO"),
            Factor(id: "f2", effect: .success, cause: .product, evidence: .crmRecord, text: "Offline mode: the only vendor that had it"),
            Factor(id: "f3", effect: .success, cause: .timing, evidence: .repBelief, text: "Their old POS contract ended in December"),
            Factor(id: "f4", effect: .failure, cause: .price, evidence: .buyerSaid, text: "Discount given before the CFO asked"),
        ]
        review.practices = [BestPractice(id: "p1", title: "Run the PoC in the busiest site", detail: "queue times are the number the buyer feels")]
        review.fineTuning = [FineTuningPoint(id: "t1", text: "Bring IT security in at the first meeting, not in week 6")]
        review.signals = [
            QualificationSignal(id: "s1", sign: .good, text: "Budget owner (CFO) joined by the second call", present: true),
            QualificationSignal(id: "s2", sign: .bad, text: "No named champion after two meetings", present: false),
        ]
        review.actionItems = [
            ActionItem(id: "a1", text: "Write up the reference-call play for the team wiki", owner: "Priya Raman", due: Day(iso: "2026-12-01")),
            ActionItem(id: "a2", text: "Ask 田中さん for a case-study quote", owner: "Dana Whit", done: true),
        ]
        return review
    }

    /// A session on the review above, 12 min 4 s spent in it, with the second question selected.
    static func session(width: Int, height: Int, selected: Int = 1) -> SessionState {
        var review = review()
        review.spentSeconds = 724
        var state = SessionState(review: review, deal: deal, saved: review, sessionTag: "t1", now: t0)
        _ = state.tick(t0.addingTimeInterval(724))
        state.resize(width: width, height: height)
        // The review is in progress, so it opens at its first open question; tests pick their own.
        state.select(selected)
        return state
    }

    static func draw(_ state: SessionState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        SessionView.render(state, theme: Theme.fallback, keymap: .standard, into: &screen, area: screen.bounds)
        return screen
    }
}
