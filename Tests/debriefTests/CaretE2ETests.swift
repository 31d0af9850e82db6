import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The caret in a real terminal (#17 item 2): while a note is typed the terminal's cursor is
/// shown where the text ends; on the question list it is hidden.
@Suite("Caret end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct CaretE2ETests {
    @Test func theCursorIsWhereTheTypedTextEnds() throws {
        let tmux = try TmuxHarness.inNewReviewSession()
        defer { tmux.stop() }
        _ = try tmux.waitForCursor("hidden on the question list") { !$0.visible }

        tmux.send("Enter")
        tmux.send("-l", "Budget moved to Q3")
        let screen = try tmux.waitFor("the typed note") { $0.contains("Budget moved to Q3") }
        let rows = screen.components(separatedBy: "\n")
        let y = try #require(rows.firstIndex { $0.contains("Budget moved to Q3") })
        let range = try #require(rows[y].range(of: "Budget moved to Q3"))
        let x = DisplayWidth.of(String(rows[y][..<range.upperBound]))
        _ = try tmux.waitForCursor("shown after the text at (\(x), \(y))") { $0 == .init(x: x, y: y, visible: true) }

        tmux.send("Left", "Left", "Left")
        _ = try tmux.waitForCursor("moved three cells left") { $0 == .init(x: x - 3, y: y, visible: true) }
        tmux.sendEscape()
        _ = try tmux.waitForCursor("hidden once typing stops") { !$0.visible }
        try tmux.leaveSessionAndQuit()
    }
}
