import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// At 80 columns the reviews filter line keeps every active filter whole: the ones left at "any"
/// give way first (#19 item 7; it showed `theme: F…`).
@Suite("Reviews filter line")
struct ReviewsFilterLineTests {
    typealias F = ArchiveFixtures

    func filtered() -> ReviewsBrowserState {
        var state = ReviewsBrowserState(today: F.asOf)
        state.load(reviews: F.team.reviews, deals: F.team.deals)
        for key in F.keys("o s s s s t c") { _ = state.handle(key, visibleRows: 10) }
        return state
    }

    @Test func activeFiltersAreNeverCutOffAt80Columns() throws {
        let state = filtered()
        let theme = try #require(state.filter.theme?.title)
        let cause = try #require(state.filter.cause?.label)
        let line = F.render(80, 24) { ReviewsBrowserView.render(state, theme: F.theme, into: &$0, area: $0.bounds) }.text(ofRow: 0)
        #expect(line.contains(theme) && line.contains(cause), "\(line)")
        #expect(line.contains("won") && line.contains("completed"), "\(line)")
        #expect(!line.contains("…"), "\(line)")
        #expect(!line.contains("rep: any"), "an inactive filter gives way: \(line)")
        // Wide enough, every filter shows, "any" ones included.
        #expect(ReviewsBrowserView.filterLine(state, width: 200).contains("rep: any"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        let state = filtered()
        assertGolden(F.render(width, height) { ReviewsBrowserView.render(state, theme: F.theme, into: &$0, area: $0.bounds) },
                     named: "archive-reviews-filtered-\(width)x\(height)")
    }
}
