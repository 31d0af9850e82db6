import DebriefCore
import Foundation
import Testing

/// What a new user sees at start, in a real terminal (#19 item 8): a theme that does not exist is
/// said on the screen (stderr is behind the alternate screen), and an empty data directory says
/// how to fill it, with the folder in use.
@Suite("Start screen end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct StartScreenE2ETests {
    @Test func anUnknownThemeIsSaidOnScreen() throws {
        let tmux = try TmuxHarness(width: 100, height: 30)
        defer { tmux.stop() }
        try tmux.start(command: ["--theme", "nosuch"])
        let screen = try tmux.waitFor("the board with the theme problem") { $0.contains("Debrief · Board") && $0.contains("nosuch") }
        #expect(screen.contains("Using debrief-"), "the notice says what is used instead:\n\(screen)")
        tmux.send("j")
        _ = try tmux.waitFor("the notice gone after a key") { !$0.contains("nosuch") && $0.contains("Debrief · Board") }
        tmux.send("C-c")
    }

    @Test func anEmptyDataDirectorySaysHowToImportIntoItAndHowToAddADeal() throws {
        let tmux = try TmuxHarness(width: 120, height: 30, deals: 0, reviews: 0)
        defer { tmux.stop() }
        try FileManager.default.createDirectory(at: tmux.dataDirectory, withIntermediateDirectories: true)
        try tmux.start()
        let screen = try tmux.waitFor("the first-run screen") { $0.contains("No deals yet") }
        #expect(screen.contains("debrief import deals.csv --data-dir \(tmux.dataDirectory.path)"), "\(screen)")
        #expect(screen.contains("press a to add a deal"), "\(screen)")
        tmux.send("a")
        _ = try tmux.waitFor("the new deal form") { $0.contains("New deal") }
        tmux.send("Escape")
        tmux.send("q")
    }
}
