import DebriefCore
import DebriefUI
import Foundation
import Testing

/// A manager who leaves a review half done and opens the deal again lands on the first question
/// still open, not on question 1.
@Suite("Resuming a review, headless")
struct ResumeReviewHeadlessTests {
    @Test func reopeningAHalfDoneReviewSelectsTheFirstOpenQuestion() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        var screen = app.type("Enter")
        #expect(screen.contains("Question 1 of"), "a new review starts at question 1: \(screen)")
        app.type("Enter")
        app.typeText("Champion was the CFO")
        app.type("Escape Down Enter")
        app.typeText("Three people signed")
        app.type("Escape M-q")
        screen = app.screen
        #expect(!screen.contains("Question 2 of"), "back on the board: \(screen)")

        let saved = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(saved.status == .inProgress)
        let third = saved.answers[2].wording

        screen = app.type("Enter")
        #expect(screen.contains("Question 3 of"), "\(screen)")
        // The prompt pane shows the third question (its first words, before any wrap).
        let opening = third.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(screen.contains(opening), "\(opening) in \(screen)")
        #expect(screen.contains("No notes yet"), "the third question's empty notes: \(screen)")
    }

    @Test func aSkippedQuestionIsNotOpenButAReviewWithNoneOpenStartsAtTheTop() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("Champion was the CFO")
        app.type("Escape Down M-s M-q")
        var screen = app.type("Enter")
        #expect(screen.contains("Question 3 of"), "question 2 was skipped, so 3 is the first open one: \(screen)")

        // Every question answered or skipped: back to question 1.
        let count = try #require(app.state.session?.review.answers.count)
        for _ in 3...count { app.type("M-s") }  // a skip moves on to the next question
        app.type("M-q")
        screen = app.type("Enter")
        #expect(screen.contains("Question 1 of"), "\(screen)")
    }
}
