import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// A deal added or edited by hand carries its win or loss reasons (several, `;` between them) and its
/// competitors, so it counts in Patterns' why we win / why we lose like an imported one (#19 item 9).
@Suite("Deal form: reasons")
struct DealFormReasonsTests {
    static let today = Day(iso: "2026-11-28")!
    let team = DemoTeam(.init(seed: 1, asOf: DealFormReasonsTests.today))

    func state(_ width: Int = 100, _ height: Int = 30) -> AppState {
        AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                 data: AppData(deals: team.deals, reviews: team.reviews), today: Self.today)
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    func type(_ text: String, to state: inout AppState) {
        for character in text { _ = DebriefApp.update(&state, .key(.char(character))) }
    }

    @Test func aNewDealTakesSeveralReasonsSortedByTheirWords() throws {
        var s = state()
        _ = send("a", to: &s)
        type("Acme", to: &s)
        _ = send("Tab", to: &s)
        type("Pilot", to: &s)
        _ = send("Tab Tab Tab Right Tab Tab Tab", to: &s)
        type("Priya Raman", to: &s)
        _ = send("Tab Tab", to: &s)
        type("Globex, Initech", to: &s)
        _ = send("Tab", to: &s)
        type("Too expensive for this year; lost to Globex on the integration; ", to: &s)
        let effects = send("Enter", to: &s)
        guard case .save(.deal(let deal, _))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(deal.outcome == .lost)
        #expect(deal.competitors == ["Globex", "Initech"])
        #expect(deal.reasons == [DealReason(.price, "Too expensive for this year"), DealReason(.competitor, "lost to Globex on the integration")])
        // It counts in why we lose.
        let lost = ReasonBreakdown(outcome: .lost, deals: [deal])
        #expect(lost.dealsWithReasons == 1)
        #expect(lost.categories.map(\.category) == [.price, .competitor])
    }

    @Test func editingKeepsUntouchedReasonsExactlyAndReclassifiesChangedOnes() throws {
        var deal = try #require(team.deals.first { $0.outcome == .lost })
        deal.reasons = [DealReason(.timing, "Budget; moved to Q3"), DealReason(.relationship, "CFO trusted the incumbent")]
        let form = DealForm(editing: deal, today: Self.today)
        #expect(form.form.value("reasons") == "Budget, moved to Q3; CFO trusted the incumbent")
        #expect(try form.deal(existingIDs: []).get().reasons == deal.reasons, "untouched, nothing changes (the ';' inside one included)")

        #expect(DealForm.reasons(from: "CFO trusted the incumbent; price was too high", original: deal.reasons)
            == [DealReason(.relationship, "CFO trusted the incumbent"), DealReason(.price, "price was too high")])
        #expect(DealForm.reasons(from: "  ", original: deal.reasons) == [])
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) throws {
        var s = state(width, height)
        let deal = try #require(team.deals.first { $0.outcome == .lost && !$0.reasons.isEmpty })
        s.board.select(dealID: deal.id)
        _ = send("e", to: &s)
        assertGolden(DebriefApp.render(s), named: "deal-form-\(width)x\(height)")
    }
}
