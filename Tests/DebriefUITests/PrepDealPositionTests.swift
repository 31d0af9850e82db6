import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Prep at 80x24 with more deals than rows says where in the list the rep is (#17 item 10).
@Suite("Prep: position in the deal list")
struct PrepDealPositionTests {
    @Test func twelveDealsAt80x24ShowThePosition() {
        let deals = (1...12).map { number in
            Deal(id: "deal-\(number)", account: "Account \(number)", name: "Deal \(number)", amount: Money(Decimal(1000), "EUR"),
                 outcome: .won, closeDate: Day(iso: "2026-10-\(10 + number)") ?? Day(serial: 0), owner: "Kenji Watanabe")
        }
        var state = PrepState(rep: "Kenji Watanabe", deals: deals, reviews: [], questions: QuestionBank(), now: SessionUIFixtures.t0)
        func draw() -> String {
            var screen = Screen(width: 80, height: 24)
            PrepView.render(state, theme: Theme.fallback, into: &screen, area: screen.bounds)
            return screen.plainText
        }
        #expect(draw().contains("Deals awaiting review 1/12"), "\(draw())")
        for _ in 0..<7 { _ = state.handle(.char("j"), at: SessionUIFixtures.t0) }
        #expect(draw().contains("Deals awaiting review 8/12"), "\(draw())")

        // A list that fits needs no position.
        let few = PrepState(rep: "Kenji Watanabe", deals: Array(deals.prefix(2)), reviews: [], questions: QuestionBank(), now: SessionUIFixtures.t0)
        var screen = Screen(width: 80, height: 24)
        PrepView.render(few, theme: Theme.fallback, into: &screen, area: screen.bounds)
        #expect(screen.plainText.contains("Deals awaiting review") && !screen.plainText.contains("Deals awaiting review 1/2"))
    }
}
