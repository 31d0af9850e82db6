import DebriefCore
import DebriefUI
import Foundation
import Testing

/// Past reviews through the real program loop: search the archive, open a review read-only,
/// compare two side by side. (Was a tmux test; nothing in it needs a terminal.)
@Suite("Archive, headless")
struct ArchiveHeadlessTests {
    @Test func searchOpenAndCompare() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 20, asOf: "2026-11-28")
        var screen = app.type("2")
        #expect(screen.contains("Debrief · Reviews") && screen.contains("Newest first"), "\(screen)")
        app.type("/")
        app.typeText("mutual")
        screen = app.type("Enter")
        #expect(screen.contains("mutual") && !screen.contains("Reviews 20 of 20"), "search results:\n\(screen)")

        screen = app.type("Enter")
        #expect(screen.contains("Summary") && screen.contains("FACTORS BY CAUSE"), "the review, read-only on its summary:\n\(screen)")
        screen = app.type("q")
        #expect(screen.contains("Debrief · Reviews"))

        screen = app.type("Space j Space v")
        #expect(screen.components(separatedBy: "\n").contains { $0.components(separatedBy: "┐").count >= 3 }, "two reviews side by side:\n\(screen)")
        app.type("Escape q")
        #expect(app.quit)
    }
}
