import DebriefCore
import Foundation
import Testing

/// Ctrl-Z and Ctrl-Y in a real terminal (#17 item 3): Debrief runs curses in raw mode, so Ctrl-Z
/// reaches it as undo and never suspends it (SIGTSTP), and Ctrl-Y (DSUSP on BSD terminals) redoes.
@Suite("Undo keys end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct UndoKeysE2ETests {
    @Test func ctrlZUndoesASkipAndCtrlYRedoesIt() throws {
        let tmux = try TmuxHarness.inNewReviewSession()
        defer { tmux.stop() }
        tmux.send("M-s")
        _ = try tmux.waitFor("the skip and its notice") { $0.contains("Skipped question 1 · Ctrl-Z undoes") }
        tmux.send("C-z")
        var screen = try tmux.waitFor("the skip undone") { $0.contains("Undone: skipped question 1") }
        #expect(!screen.contains("Stopped") && !screen.contains("debrief exited"), "\(screen)")
        tmux.send("C-y")
        screen = try tmux.waitFor("the skip redone") { $0.contains("Redone: skipped question 1") }
        try tmux.leaveSessionAndQuit()
        let review = try #require(RecordStore(root: tmux.dataDirectory).loadAll(Review.self).records.first)
        #expect(review.answers[0].skipped)
    }
}
