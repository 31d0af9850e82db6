import DebriefCore
import Foundation
import Testing

/// Termination signals (a closed SSH link is SIGHUP) save what was typed and leave the terminal as it
/// was: the sentence typed just before the signal is on disk, the alternate screen gone, cooked mode back.
@Suite("Terminal signals end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct TerminalSignalE2ETests {
    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGHUP, "SIGHUP")])
    func signalSavesTypingAndRestoresTheTerminal(signal: Int32, name: String) throws {
        let tmux = try TmuxHarness(width: 100, height: 30, deals: 12, reviews: 0)
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the home view") { $0.contains("Debrief · Board") && $0.contains("WON") }
        tmux.send("Enter")
        _ = try tmux.waitFor("the session") { $0.contains("Question 1 of") }
        tmux.send("Enter")
        // Typed without a pause, so no autosave has run: only the signal's save can keep it.
        let sentence = "the buyer hung up at \(name) 決め手"
        tmux.send("-l", sentence)
        _ = try tmux.waitFor("the typed sentence") { $0.contains("hung up at \(name)") }
        let pid = try #require(tmux.pid, "debrief wrote no pid")
        #expect(kill(pid, signal) == 0)
        let screen = try tmux.waitFor("the shell after \(name)") { $0.contains("debrief exited with") && $0.contains("tty:") }
        #expect(screen.contains("debrief exited with \(128 + signal)"), "\(screen)")
        #expect(!screen.contains("Debrief · Board"), "the alternate screen is gone:\n\(screen)")
        #expect(screen.contains("tty: icanon echo"), "the tty is back in cooked mode:\n\(screen)")
        let reviews = RecordStore(root: tmux.dataDirectory).loadAll(Review.self)
        #expect(reviews.problems.isEmpty)
        #expect(reviews.records.first?.answers.first?.notes == sentence, "\(name) lost what was typed")
    }
}
