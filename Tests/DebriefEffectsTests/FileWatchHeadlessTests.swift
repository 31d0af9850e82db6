import DebriefCore
import DebriefUI
import Foundation
import Testing

/// An open review session follows its file (#17 item 5): what the rep, a sync or a teammate's
/// `debrief` saves shows within a tick or at Ctrl-R, merged with the manager's unsaved typing, and
/// both end up on disk; a file that cannot be read is reported and left as it is.
@Suite("Session follows its file, headless")
struct FileWatchHeadlessTests {
    /// A session on the first deal with a saved note and more typed after it, not saved yet; the
    /// clock is at `start` (no autosave fires before `start + 1 s`).
    static func sessionWithUnsavedTyping(start: Date) throws -> (HeadlessApp, reviewID: String) {
        let app = try HeadlessApp(width: 120, height: 40, deals: 12, reviews: 0, asOf: "2026-11-28")
        app.events([.tick(start)])
        app.type("Enter Enter")
        app.typeText("Saved first")
        app.type("Escape Enter")
        let saved = try #require(app.store.loadAll(Review.self).records.first)
        #expect(saved.answers[0].notes == "Saved first")
        let screen = app.typeText(" then typed")
        #expect(screen.contains("The rep has not answered this yet"), "\(screen)")
        return (app, saved.id)
    }

    /// The rep's prep answers to the first two questions, saved by another process.
    static func repAnswers(_ app: HeadlessApp, reviewID: String) throws -> Review {
        var review = try #require(try app.store.load(Review.self, id: reviewID))
        review.answers[0].prepAnswer = "Kick-off 3 May; the CFO joined in June — Zoë"
        review.answers[1].prepAnswer = "Priya (CFO) decided; Tom influenced"
        return try app.store.save(review)
    }

    @Test func theRepsAnswersShowOnTheNextTickMergedWithUnsavedTyping() throws {
        let start = Date()
        let (app, reviewID) = try Self.sessionWithUnsavedTyping(start: start)
        let rep = try Self.repAnswers(app, reviewID: reviewID).rep

        var screen = app.events([.tick(start.addingTimeInterval(0.6))])
        #expect(screen.contains("Kick-off 3 May; the CFO joined in June — Zoë"), "the rep's answer in the prep pane:\n\(screen)")
        #expect(!screen.contains("The rep has not answered this yet"), "\(screen)")
        #expect(screen.contains("\(rep)'s prep notes came in (2 questions)"), "\(screen)")
        #expect(screen.contains("Saved first then typed"), "the manager's typing stays:\n\(screen)")
        #expect(app.state.session?.hasUnsavedChanges == true)

        // Typing goes on where it was; leaving saves both sides' text.
        app.typeText(" and more")
        app.type("Escape M-q")
        let onDisk = try #require(try app.store.load(Review.self, id: reviewID))
        #expect(onDisk.answers[0].notes == "Saved first then typed and more")
        #expect(onDisk.answers[0].prepAnswer == "Kick-off 3 May; the CFO joined in June — Zoë")
        #expect(onDisk.answers[1].prepAnswer == "Priya (CFO) decided; Tom influenced")
    }

    @Test func ctrlRReadsTheFileAtOnceAndSaysWhenNothingIsNew() throws {
        let start = Date()
        let (app, reviewID) = try Self.sessionWithUnsavedTyping(start: start)
        var screen = app.type("C-r")
        #expect(screen.contains("Nothing new on disk for this review."), "\(screen)")
        _ = try Self.repAnswers(app, reviewID: reviewID)
        // No tick: the key alone reads the file, while a note is being typed.
        screen = app.type("C-r")
        #expect(screen.contains("Kick-off 3 May"), "\(screen)")
        #expect(screen.contains("prep notes came in (2 questions)"), "\(screen)")
        screen = app.typeText("!")
        #expect(screen.contains("Saved first then typed!"), "Ctrl-R left typing on:\n\(screen)")
    }

    @Test func aTeammatesNoteOnTheSameQuestionKeepsBothVersions() throws {
        let start = Date()
        let (app, reviewID) = try Self.sessionWithUnsavedTyping(start: start)
        var theirs = try #require(try app.store.load(Review.self, id: reviewID))
        theirs.answers[0].notes = "Saved first — teammate's line"
        theirs.answers[2].notes = "Criteria never changed"
        try app.store.save(theirs)

        let screen = app.events([.tick(start.addingTimeInterval(0.6))])
        #expect(screen.contains("notes on 2 questions") && screen.contains("both versions kept"), "\(screen)")
        app.type("Escape M-q")
        let onDisk = try #require(try app.store.load(Review.self, id: reviewID))
        #expect(onDisk.answers[0].notes.contains("Saved first then typed"), "\(onDisk.answers[0].notes)")
        #expect(onDisk.answers[0].notes.contains("Saved first — teammate's line"), "\(onDisk.answers[0].notes)")
        #expect(onDisk.answers[2].notes == "Criteria never changed")
    }

    @Test func aBrokenFileIsReportedAndLeftUntouched() throws {
        let start = Date()
        let (app, reviewID) = try Self.sessionWithUnsavedTyping(start: start)
        let file = app.dataDirectory.appendingPathComponent("reviews/\(reviewID).json")
        let broken = Data("{\"id\": \"\(reviewID)\", \"answers\": [".utf8)
        try broken.write(to: file)

        var screen = app.events([.tick(start.addingTimeInterval(0.6))])
        #expect(screen.contains("Not merged, left as it is: this review's fi") && screen.contains("debrief check lists it"), "\(screen)")
        #expect(app.state.notice?.text.contains("\(reviewID).json cannot be read") == true, "the file is named")
        #expect(app.state.notice?.kind == .warning, "it stays until a key")
        #expect(screen.contains("Saved first then typed"), "\(screen)")
        // Saving refuses to write over it; the typing stays on screen and in the journal.
        screen = app.type("Escape")
        screen = app.events([.tick(start.addingTimeInterval(3))])
        #expect(try Data(contentsOf: file) == broken, "the broken file is left as it was")
        #expect(screen.contains("Saved first then typed"), "\(screen)")
    }
}
