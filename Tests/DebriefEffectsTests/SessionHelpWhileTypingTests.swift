import DebriefCore
import DebriefEffects
@testable import DebriefUI
import Foundation
import Testing

/// F1 opens help while a note is being typed (printable keys are text there, so help has to be a
/// key that is never text), and the note is as it was when help closes.
@Suite struct SessionHelpWhileTypingTests {
    @Test func f1WhileTypingOpensHelpAndTheNoteStays() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText("so quick the deal closed")
        var screen = app.type("F1")
        #expect(app.state.overlay == .help, "\(screen)")
        #expect(screen.contains("Typing a note"), "\(screen)")
        screen = app.type("Escape")
        #expect(app.state.overlay == nil)
        #expect(screen.contains("so quick the deal closed"))
        #expect(app.state.session?.review.answers.first?.notes == "so quick the deal closed")
    }
}
