import DebriefCore
import Foundation
import Testing

/// Nothing typed is lost: kill -9 mid-note and the text is offered back; SIGHUP (the SSH link
/// drops) and every character is saved.
@Suite("Crash recovery end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct CrashRecoveryE2ETests {
    private func startTyping(_ tmux: TmuxHarness, _ text: String) throws {
        try tmux.start()
        _ = try tmux.waitFor("the board") { $0.contains("┏ WON (") }
        tmux.send("Enter")
        _ = try tmux.waitFor("the session") { $0.contains("Question 1 of") }
        tmux.send("Enter")
        tmux.send("-l", text)
        let tail = String(text.suffix(6))
        _ = try tmux.waitFor("the typed text") { $0.contains(tail) }
    }

    private func onlyReview(_ tmux: TmuxHarness) throws -> Review? {
        let loaded = RecordStore(root: tmux.dataDirectory).loadAll(Review.self)
        #expect(loaded.problems.isEmpty)
        return loaded.records.first
    }

    @Test func killDashNineThenRestartOffersTheTextBack() throws {
        let text = "Buyer said the pilot — not the price — decided it: 決め手はパイロット"
        // The kill must land within the one-second pause that triggers a save, so that the text is
        // only in the journal. A machine too loaded for that saved the note first: try again.
        for _ in 0..<3 {
            let tmux = try TmuxHarness(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
            defer { tmux.stop() }
            try startTyping(tmux, text)
            let pid = try #require(tmux.pid)
            #expect(kill(pid, SIGKILL) == 0)
            _ = try tmux.waitFor("the shell after the kill") { $0.contains("debrief exited with 137") }
            if (try onlyReview(tmux))?.answers.first?.notes == text { continue }

            try tmux.restart()
            _ = try tmux.waitFor("the recovery offer") { $0.contains("Unsaved text recovered") && $0.contains("recovered: ") }
            tmux.send("r")
            _ = try tmux.waitFor("the offer closed") { !$0.contains("Unsaved text recovered") }
            tmux.send("q")
            _ = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with 0") }
            let review = try #require(try onlyReview(tmux))
            #expect(review.answers.first?.notes == text)
            return
        }
        Issue.record("the note was saved before the kill in every attempt: the machine was too slow to test the journal")
    }

    @Test func sighupMidSentenceSavesEveryCharacter() throws {
        let tmux = try TmuxHarness(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        defer { tmux.stop() }
        let text = "The SSH link dropped mid-sente"
        try startTyping(tmux, text)
        let pid = try #require(tmux.pid)
        #expect(kill(pid, SIGHUP) == 0)
        _ = try tmux.waitFor("the shell after SIGHUP") { $0.contains("debrief exited with 129") }
        let review = try #require(try onlyReview(tmux))
        #expect(review.answers.first?.notes == text)
    }
}
