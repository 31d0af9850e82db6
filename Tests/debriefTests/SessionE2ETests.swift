import DebriefCore
import Foundation
import Testing

/// A whole review in a real terminal: open a deal from the board, take notes with accents and CJK,
/// flag an insight, add a factor and an action item, finish, export Markdown, and read the file.
@Suite("Review session end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct SessionE2ETests {
    @Test func runAReviewFromTheBoardToMarkdown() throws {
        let tmux = try TmuxHarness(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28")
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the board") { $0.contains("┏ WON (") }
        tmux.send("Enter")
        _ = try tmux.waitFor("the session") { $0.contains("Question 1 of") && $0.contains("Questions 0/") }

        tmux.send("Enter")
        tmux.send("-l", "Champion was the CFO — café meeting in 東京 🚀")
        _ = try tmux.waitFor("the first note") { $0.contains("東京 🚀") }
        // Esc then another key within the 25 ms escape delay reads as Alt-key, as in any terminal app.
        tmux.sendEscape()
        tmux.send("j", "Enter")
        tmux.send("-l", "Décision: three people; Ångström signed")
        _ = try tmux.waitFor("the second note") { $0.contains("Ångström signed") }
        tmux.sendEscape()
        tmux.send("!")
        _ = try tmux.waitFor("two answered questions") { $0.contains("Questions 2/") }

        tmux.send("f")
        _ = try tmux.waitFor("the factor form") { $0.contains("Add a factor") }
        tmux.send("-l", "Reference call with a similar clinic")
        tmux.send("Enter")
        _ = try tmux.waitFor("the factor form closed") { !$0.contains("Add a factor") }

        tmux.send("a")
        _ = try tmux.waitFor("the action item form") { $0.contains("Add an action item") || $0.contains("action item") }
        tmux.send("-l", "Write the reference-call playbook")
        _ = try tmux.waitFor("the action item typed") { $0.contains("reference-call playbook") }
        // The owner field starts with the deal's rep.
        tmux.send("Enter")
        _ = try tmux.waitFor("the action form closed") { !$0.contains("Add an action item") }

        tmux.send("F")
        _ = try tmux.waitFor("the finish dialog") { $0.contains("Finish this review?") }
        tmux.send("y")
        var screen = try tmux.waitFor("the summary") { $0.contains("Reference call with a similar clinic") && !$0.contains("Finish this review?") }
        tmux.send("e")
        // The prompt offers a file in the home directory, selected: typing replaces it.
        _ = try tmux.waitFor("the export prompt") { $0.contains("Export as Markdown") && $0.contains("~/debrief-") }
        let exported = tmux.workingDirectory.appendingPathComponent("review.md")
        tmux.send("-l", exported.path)
        tmux.send("Enter")
        screen = try tmux.waitFor("the export notice") { $0.contains("Exported to") || $0.contains("could not export") }
        tmux.send("q")
        _ = try tmux.waitFor("back on the board") { $0.contains("┏ WON (") }
        tmux.send("q")
        screen = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)")

        let reviews = RecordStore(root: tmux.dataDirectory).loadAll(Review.self)
        #expect(reviews.problems.isEmpty)
        let review = try #require(reviews.records.first)
        #expect(reviews.records.count == 1)
        #expect(review.status == .completed && review.completedAt != nil)
        #expect(review.answers[0].notes == "Champion was the CFO — café meeting in 東京 🚀")
        #expect(review.answers[1].notes == "Décision: three people; Ångström signed")
        #expect(review.answers[1].insight && !review.answers[0].insight)
        #expect(review.factors.map(\.text) == ["Reference call with a similar clinic"])
        #expect(review.actionItems.map(\.text) == ["Write the reference-call playbook"])
        #expect(review.actionItems.first?.owner == "Lena Vogt")

        let markdown = try String(contentsOf: exported, encoding: .utf8)
        #expect(markdown.contains("Champion was the CFO — café meeting in 東京 🚀"))
        #expect(markdown.contains("Write the reference-call playbook"))
    }
}
