import DebriefCore
import DebriefUI
import Foundation
import Testing

/// A paste reaches the note as one text, whole: in the note, in the crash journal and in the file.
@Suite("Pasting into a note, headless")
struct PasteHeadlessTests {
    /// About 1 MB of meeting notes: lines of accented and CJK text, tabs, keys that are commands
    /// elsewhere (q, s, ?), and an escape sequence, which the note keeps as it came.
    static let megabyte: String = {
        var text = ""
        var line = 0
        while text.utf8.count < 1 << 20 {
            line += 1
            text += "\(line)\tBuyer said the pilot — not the price — decided it; café Zürich; 決め手はパイロット. q s ? \u{1B}[2J\n"
        }
        return text
    }()

    static func notes(_ review: Review?) -> String? { review?.answers.first?.notes }

    @Test func aMegabytePasteLandsWholeInTheNoteTheJournalAndTheFile() throws {
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        #expect(app.type("Enter Enter").contains("Question 1 of"))
        var screen = app.paste(Self.megabyte)
        #expect(Self.notes(app.state.session?.review) == Self.megabyte)
        #expect(screen.contains("TYPING"), "a paste does not stop typing or run commands:\n\(screen)")
        // The end of the note is on screen, drawn safe: the escape as a placeholder, never run.
        #expect(screen.contains("決め手はパイロット") && !screen.contains("\u{1B}"))

        // Nothing saved yet (no pause, no Esc): a crash now leaves the text in the journal only.
        #expect(app.store.loadAll(Review.self).records.isEmpty)
        let pending = JournalRecovery.recover(stateDirectory: app.scratch.appendingPathComponent("state"), dataDirectory: app.dataDirectory)
        let reviewID = try #require(app.state.session?.review.id)
        let journaled = try #require(pending.first { $0.reviewID == reviewID })
        let questionID = try #require(app.state.session?.review.answers.first?.questionId)
        #expect(journaled.edit(for: .notes(questionID: questionID))?.text == Self.megabyte)

        // Started again on the same folders, as after kill -9: the text is offered back, and `r` saves it.
        let second = HeadlessApp(reopening: app)
        screen = second.type("")
        #expect(screen.contains("Unsaved text recovered"), "\(screen)")
        second.type("r")
        let saved = second.store.loadAll(Review.self)
        #expect(saved.problems.isEmpty)
        #expect(Self.notes(saved.records.first { $0.id == reviewID }) == Self.megabyte)
    }

    @Test func aPastedNoteIsSavedWholeAndItsJournalGoesOnceSaved() throws {
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("Before the paste: ")
        app.paste(Self.megabyte)
        // Keys typed after it, one frame each, as a person types on in the long note.
        app.typeText("after it.")
        // Esc stops typing and saves.
        let screen = app.type("Escape")
        #expect(screen.contains("✓ saved"), "\(screen)")
        let review = try #require(app.store.loadAll(Review.self).records.first)
        #expect(Self.notes(review) == "Before the paste: " + Self.megabyte + "after it.")
        #expect(JournalRecovery.recover(stateDirectory: app.scratch.appendingPathComponent("state"), dataDirectory: app.dataDirectory).isEmpty)
    }

    @Test func aPasteWithLineBreaksAsCarriageReturnsIsStoredWithNewlines() throws {
        // tmux and most terminals send a pasted line break as CR.
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.paste("first line\rsecond\r\nthird\ttabbed")
        #expect(Self.notes(app.state.session?.review) == "first line\nsecond\nthird\ttabbed")
    }

    @Test func aPasteOnTheQuestionsScreenTypesIntoTheNoteAndRunsNoCommand() throws {
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        #expect(app.type("Enter").contains("Question 1 of"))
        // Tab and Enter are commands on this screen; in a paste they are text.
        let screen = app.paste("so quick\tthe deal closed\rq")
        #expect(Self.notes(app.state.session?.review) == "so quick\tthe deal closed\nq")
        #expect(screen.contains("Question 1 of") && screen.contains("TYPING"), "\(screen)")
    }

    @Test func aPasteOnTheBoardIsTypedKeyByKeyAsBefore() throws {
        // No note is being typed: the text is keys, as a terminal without bracketed paste sends it.
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        let screen = app.paste("/acme")
        #expect(screen.contains("Search: acme"), "\(screen)")
        #expect(app.state.session == nil)
    }

    @Test func keysTypedAheadJoinIntoOneRunButCommandsKeepTheirPlace() throws {
        // Typed ahead, the loop gets all of these at once: the letters before Esc go to question 1,
        // Down moves to question 2 (on the questions screen), and the letters after type into its note.
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typesAhead = true
        app.type("a b c Space d Escape Down e f")
        let answers = try #require(app.state.session?.review.answers)
        #expect(answers[0].notes == "abc d")
        #expect(answers[1].notes == "ef")
    }
}
