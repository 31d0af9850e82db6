import DebriefCore
import Foundation

/// Deals and reviews for the session, merge and journal tests.
enum SessionFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T…Z, whole seconds

    static func deal(_ id: String = "acme-pos", outcome: Outcome = .won) -> Deal {
        Deal(id: id, account: "Café Zürich AG", name: "POS Integration", amount: Money(Decimal(18250), "EUR"),
             outcome: outcome, closeDate: Day(iso: "2026-11-02") ?? Day(serial: 0), owner: "Priya Raman")
    }

    static func review(outcome: Outcome = .won) -> Review {
        (try? ReviewStarter.newReview(for: deal(outcome: outcome), existing: [], questions: QuestionBank(),
                                      manager: "Dana Whit", now: t0)) ?? Review(id: "x", dealId: "x", kind: .win, manager: "", rep: "", questionSetId: "", createdAt: t0)
    }

    static func factor(_ id: String, _ text: String, cause: FactorCause = .repAction, evidence: FactorEvidence = .buyerSaid) -> Factor {
        Factor(id: id, effect: .success, cause: cause, evidence: evidence, text: text)
    }
}
