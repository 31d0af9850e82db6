import Foundation
import Testing

/// Termination signals must leave the terminal as it was: alternate screen gone, cooked mode back.
@Suite("Terminal signals end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct TerminalSignalE2ETests {
    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")])
    func signalRestoresTheTerminal(signal: Int32, name: String) throws {
        let tmux = try TmuxHarness(width: 100, height: 30)
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the home view") { $0.contains("Debrief · Board") && $0.contains("WON") }
        tmux.send("?")
        _ = try tmux.waitFor("the help overlay") { $0.contains("the deal's facts and reviews") }
        let pid = try #require(tmux.pid, "debrief wrote no pid")
        #expect(kill(pid, signal) == 0)
        let screen = try tmux.waitFor("the shell after \(name)") { $0.contains("debrief exited with") && $0.contains("tty:") }
        #expect(screen.contains("debrief exited with \(128 + signal)"), "\(screen)")
        #expect(!screen.contains("Debrief · Board"), "the alternate screen is gone:\n\(screen)")
        #expect(screen.contains("tty: icanon echo"), "the tty is back in cooked mode:\n\(screen)")
    }
}
