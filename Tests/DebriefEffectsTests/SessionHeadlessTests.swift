import DebriefCore
import DebriefUI
import Foundation
import Testing

/// A whole review through the real program loop and performer: notes with accents and CJK, an
/// insight, a factor, an action item, finish, Markdown export, and the files on disk. (Was a tmux
/// test; the escape timing it also exercised stays in tmux.)
@Suite("Review session, headless")
struct SessionHeadlessTests {
    @Test func runAReviewFromTheBoardToMarkdown() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28")
        var screen = app.type("Enter")
        #expect(screen.contains("Question 1 of") && screen.contains("Questions 0/"), "\(screen)")

        app.type("Enter")
        screen = app.typeText("Champion was the CFO — café meeting in 東京 🚀")
        #expect(screen.contains("東京 🚀"))
        app.type("Escape Down Enter")
        screen = app.typeText("Décision: three people; Ångström signed")
        #expect(screen.contains("Ångström signed"))
        screen = app.type("Escape M-i")
        #expect(screen.contains("Questions 2/"), "\(screen)")

        screen = app.type("M-f")
        #expect(screen.contains("Add a factor"))
        app.typeText("Reference call with a similar clinic")
        screen = app.type("Enter")
        #expect(!screen.contains("Add a factor"))

        screen = app.type("M-a")
        #expect(screen.contains("Add an action item") || screen.contains("action item"))
        screen = app.typeText("Write the reference-call playbook")
        #expect(screen.contains("reference-call playbook"))
        // The owner field starts with the deal's rep.
        screen = app.type("Enter")
        #expect(!screen.contains("Add an action item"))

        screen = app.type("M-F")
        #expect(screen.contains("Finish this review?"))
        screen = app.type("y")
        #expect(screen.contains("Reference call with a similar clinic") && !screen.contains("Finish this review?"), "\(screen)")
        screen = app.type("e")
        // The prompt offers a file in the home directory, selected: typing replaces it.
        #expect(screen.contains("Export as Markdown") && screen.contains("~/debrief-"), "\(screen)")
        let exported = app.scratch.appendingPathComponent("review.md")
        app.typeText(exported.path)
        screen = app.type("Enter")
        #expect(screen.contains("Exported to"), "\(screen)")
        screen = app.type("q")
        #expect(screen.contains("┏ WON ("))
        app.type("q")
        #expect(app.quit)

        let reviews = RecordStore(root: app.dataDirectory).loadAll(Review.self)
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

        var info = stat()
        #expect(stat(exported.path, &info) == 0 && info.st_mode & 0o777 == 0o600, "the export is 0600, not \(String(info.st_mode & 0o777, radix: 8))")
        let markdown = try String(contentsOf: exported, encoding: .utf8)
        #expect(markdown.contains("Champion was the CFO — café meeting in 東京 🚀"))
        #expect(markdown.contains("Write the reference-call playbook"))
    }

    @Test func ctrlEHandsTheNoteToTheEditorAndTheEditedTextIsSaved() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("first draft")
        var handed: [String] = []
        app.editor = { text in
            handed.append(text)
            return text + " — rewritten in the editor"
        }
        let screen = app.type("C-e")
        #expect(handed == ["first draft"])
        #expect(screen.contains("first draft — rewritten in the editor"), "\(screen)")
        app.type("Escape M-q q")
        let review = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(review.answers[0].notes == "first draft — rewritten in the editor")
    }
}
