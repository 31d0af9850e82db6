import DebriefCore
import DebriefUI
import Foundation
import Testing

/// Two real `debrief` processes on one data directory (#17 item 5): the manager has the review
/// open and is typing a note while the rep answers a prep question in `debrief prep`; the rep's
/// answer shows in the manager's session within about a second, and both texts reach the file.
@Suite("Live prep end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct LivePrepE2ETests {
    @Test func theRepsAnswerShowsInTheOpenSessionWhileTheManagerTypes() throws {
        let tmux = try TmuxHarness(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        defer { tmux.stop() }
        // The deal the board opens on Enter, its rep, and where it is in the rep's prep list.
        let store = RecordStore(root: tmux.dataDirectory)
        let deals = store.loadAll(Deal.self).records
        var board = BoardState(today: Day(iso: tmux.asOf) ?? Day.today())
        board.load(deals: deals, reviews: [])
        let deal = try #require(board.selectedDeal)
        let repDeals = deals.filter { $0.owner == deal.owner }.sorted { ($0.closeDate, $1.id) > ($1.closeDate, $0.id) }
        let position = try #require(repDeals.firstIndex { $0.id == deal.id })

        // The rep opens the deal in prep and answers the first question, before the 1:1.
        let rep = "rep"
        try tmux.startWindow(rep, ["prep", "--rep", deal.owner])
        _ = try tmux.waitFor("prep", in: rep) { $0.contains(deal.owner) }
        if position > 0 { tmux.send(in: rep, Array(repeating: "j", count: position)) }
        tmux.send(in: rep, ["Enter", "Enter"])
        tmux.send(in: rep, ["-l", "Kick-off 3 May, CFO in June"])
        tmux.send(in: rep, ["Escape"])
        _ = try tmux.waitFor("the first answer saved", in: rep) { $0.contains("Kick-off 3 May") && !$0.contains("unsaved") && !$0.contains("saving") }

        // The manager opens the review and types, without stopping.
        try tmux.start()
        _ = try tmux.waitFor("the board") { $0.contains("Debrief · Board") && $0.contains("WON") }
        tmux.send("Enter")
        var screen = try tmux.waitFor("the session with the rep's first answer") { $0.contains("Question 1 of") && $0.contains("Kick-off 3 May") }
        tmux.send("Enter")
        tmux.send("-l", "Manager typing live")
        _ = try tmux.waitFor("the manager's note") { $0.contains("Manager typing live") }

        // Meanwhile the rep answers the second prep question in the other process.
        tmux.send(in: rep, ["j", "Enter"])
        tmux.send(in: rep, ["-l", "Priya decided, Tom influenced"])
        tmux.send(in: rep, ["Escape"])
        _ = try tmux.waitFor("the second answer saved", in: rep) { $0.contains("Priya decided") && !$0.contains("unsaved") && !$0.contains("saving") }

        screen = try tmux.waitFor("the notice of what came in", seconds: 5) { $0.contains("prep notes came in (1 question)") }
        #expect(screen.contains("Manager typing live"), "the manager's note stays:\n\(screen)")
        tmux.send("-l", ", still typing")
        tmux.sendEscape()
        tmux.send("Down")
        screen = try tmux.waitFor("the rep's second answer beside question 2") { $0.contains("Question 2 of") && $0.contains("Priya decided, Tom influenced") }

        tmux.send("M-q")
        _ = try tmux.waitFor("the board again") { $0.contains("Debrief · Board") }
        tmux.send("q")
        _ = try tmux.waitFor("the shell") { $0.contains("debrief exited with 0") }
        let review = try #require(store.loadAll(Review.self).records.first { $0.dealId == deal.id })
        #expect(review.answers[0].notes == "Manager typing live, still typing")
        #expect(review.answers[0].prepAnswer == "Kick-off 3 May, CFO in June")
        #expect(review.answers.contains { $0.prepAnswer == "Priya decided, Tom influenced" })
        tmux.send(in: rep, ["q"])
    }
}

extension TmuxHarness {
    /// Starts `debrief ARGUMENTS --data-dir DATA` in a second window (a tmux session named `name`
    /// on this harness's own server), beside the one `start` runs.
    func startWindow(_ name: String, _ arguments: [String]) throws {
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let inner = "cd '\(scratch.path)'; exec '\(binary.path)' \(quoted) --data-dir '\(dataDirectory.path)'"
        try run(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)",
                 "-e", "XDG_CONFIG_HOME=\(scratch.appendingPathComponent("config").path)",
                 "-e", "XDG_STATE_HOME=\(scratch.appendingPathComponent("state-\(name)").path)",
                 "-e", "DEBRIEF_TODAY=\(asOf)",
                 "sh", "-c", "sh -c \"\(inner)\"; echo \"debrief exited with $?\"; sleep 120"])
        try run(["set-option", "-g", "escape-time", "10"])
    }

    func send(in window: String, _ keys: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            try run(["send-keys", "-t", window] + keys)
        } catch {
            Issue.record("could not type \(keys) in \(window): \(error)", sourceLocation: sourceLocation)
        }
    }

    func waitFor(_ what: String, in window: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = (try? run(["capture-pane", "-p", "-t", window])) ?? ""
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw HarnessError("timed out waiting for \(what) in \(window); the pane shows:\n\(screen)")
    }
}
