import DebriefCore
import DebriefUI
import Foundation
import Testing

/// `$EDITOR` through the program loop and performer (#17 item 6): a failing editor is reported
/// with its status and the note kept; the journal holds the note before the editor opens.
@Suite("External editor, headless")
struct EditorHeadlessTests {
    @Test func aFailingEditorIsReportedAndTheNoteKept() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("kept as typed")
        app.editor = { _ in nil }  // as an editor exiting with status 1 (vim's :cq)
        let screen = app.type("C-e")
        #expect(screen.contains("exited with status 1") && screen.contains("The note is unchanged"), "\(screen)")
        #expect(screen.contains("kept as typed"))
        app.type("M-q")
        let review = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(review.answers[0].notes == "kept as typed")
    }

    @Test func theJournalHoldsTheNoteBeforeTheEditorOpens() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("typed before the editor")
        var seen = ""
        app.editor = { text in
            // What a crash now would find on disk, while the editor has the terminal: the journal, or
            // the review file when the save Ctrl-E also started has already covered the text (and
            // dropped it from the journal, off the UI thread). Read in that order, the text is in one of them.
            seen = JournalRecovery.recover(stateDirectory: app.scratch.appendingPathComponent("state"), dataDirectory: app.dataDirectory)
                .flatMap(\.edits).map(\.text).joined()
            seen += app.store.loadAll(Review.self).records.flatMap { $0.answers.map(\.notes) }.joined()
            return text
        }
        app.type("C-e")
        #expect(seen.contains("typed before the editor"))
    }
}
