import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The summary takes g/G and Home/End like every other list (#17 item 10).
@Suite("Session summary: g and G")
struct SessionSummaryScrollTests {
    /// The page without the mark of the selected item.
    private func unmarked(_ text: String) -> String { text.replacingOccurrences(of: "› ", with: "  ") }

    @Test func gAndGJumpToTheTopAndTheEnd() {
        var state = SessionUIFixtures.session(width: 80, height: 24)
        let now = SessionUIFixtures.t0
        _ = state.handle(.alt("S"), at: now)
        #expect(state.screen == .summary)
        var text = SessionUIFixtures.draw(state, width: 80, height: 24).plainText
        #expect(!text.contains("QUESTIONS THAT SURFACED AN INSIGHT") && text.contains("↓ more"), "\(text)")

        _ = state.handle(.char("G"), at: now)
        text = SessionUIFixtures.draw(state, width: 80, height: 24).plainText
        #expect(text.contains("QUESTIONS THAT SURFACED AN INSIGHT") && text.contains(" end "), "\(text)")
        // G lands on the last page, not past it: k there selects the last item shown and nothing moves.
        let lastPage = text
        _ = state.handle(.char("k"), at: now)
        #expect(state.selectedItemID != nil)
        #expect(unmarked(SessionUIFixtures.draw(state, width: 80, height: 24).plainText) == lastPage)

        _ = state.handle(.char("g"), at: now)
        text = SessionUIFixtures.draw(state, width: 80, height: 24).plainText
        #expect(text.contains("Win review ·") && text.contains("↓ more"), "\(text)")
        _ = state.handle(.end, at: now)
        #expect(unmarked(SessionUIFixtures.draw(state, width: 80, height: 24).plainText) == lastPage)
        _ = state.handle(.home, at: now)
        #expect(SessionUIFixtures.draw(state, width: 80, height: 24).plainText.contains("Win review ·"))
    }
}
