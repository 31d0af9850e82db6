import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The team's signals are gathered once per load, not each time a session opens, and a signal a
/// session saves is offered in the next one (#17 item 9).
@Suite("Signal catalog in the app, headless")
struct SignalCatalogHeadlessTests {
    @Test func aSignalSavedInOneSessionIsOfferedInTheNext() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 20, reviews: 0, asOf: "2026-11-28")
        app.type("Enter M-b")
        app.typeText("Legal review started late")
        var screen = app.type("Enter")
        #expect(screen.contains("Added signal “Legal review started"), "\(screen)")
        app.type("M-q")
        #expect(app.store.loadAll(Review.self).records.flatMap(\.signals).map(\.text) == ["Legal review started late"])

        // Another deal's session offers it, counted once.
        screen = app.type("Down Enter M-b")
        #expect(screen.contains("Question 1 of"), "\(screen)")
        screen = app.typeText("legal rev")
        #expect(screen.contains("Legal review started late") && screen.contains("1 review)"), "\(screen)")
        app.type("Escape M-q")

        // Reopening the first review: its own signal is not offered as another review's too.
        screen = app.type("Up Enter M-b")
        screen = app.typeText("legal rev")
        #expect(screen.contains("Legal review started late") && screen.contains("1 review)") && !screen.contains("2 reviews)"), "\(screen)")
    }
}
