import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Patterns view")
struct ArchivePatternsTests {
    typealias F = ArchiveFixtures

    func state(_ team: DemoTeam, filter: DealFilter = DealFilter(period: .all)) -> PatternsViewState {
        var state = PatternsViewState(today: F.asOf, filter: filter)
        state.load(deals: team.deals, reviews: team.reviews)
        return state
    }

    func render(_ state: PatternsViewState, _ width: Int, _ height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        PatternsView.render(state, theme: F.theme, into: &screen, area: screen.bounds)
        return screen
    }

    @Test("golden: 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        assertGolden(render(state(F.team), width, height), named: "patterns-\(width)x\(height)")
    }

    @Test func goldenAfterEightSectionJumps() {
        var patterns = state(F.team)
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        for _ in 0..<8 { patterns.apply(.nextSection, area: area) }
        assertGolden(render(patterns, 80, 24), named: "patterns-sections-80x24")
    }

    @Test func goldenThinData() {
        assertGolden(render(state(F.small), 80, 24), named: "patterns-thin-80x24")
    }

    @Test func goldenEmpty() {
        assertGolden(render(state(DemoTeam(.init(deals: 0, reviews: 0, seed: 1, asOf: F.asOf))), 80, 24), named: "patterns-empty-80x24")
    }
}
