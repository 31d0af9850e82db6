import DebriefCore
import DebriefUI
import Foundation
import Testing

/// #17 item 3 through the real program loop and performer: items changed, removed, ticked and
/// unticked in the session's summary and the action items view, undone and redone, on disk.
@Suite("Editing items, headless")
struct ItemEditHeadlessTests {
    private func review(_ app: HeadlessApp, id: String) throws -> Review {
        try #require(try app.store.load(Review.self, id: id))
    }

    @Test func aFactorIsChangedThenRemovedThenPutBackAndTheFileFollows() throws {
        let app = try HeadlessApp(width: 80, height: 24, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter M-f")
        app.typeText("Champion sold it")
        var screen = app.type("Enter")
        #expect(screen.contains("Added factor “Champion sold it” · Ctrl-Z undoes"), "\(screen)")
        let id = try #require(app.state.session?.review.id)

        // In the summary: select it, change it in its form.
        screen = app.type("M-S j Enter")
        #expect(screen.contains("Change factor") && screen.contains("Champion sold it"), "\(screen)")
        app.type("End")
        app.typeText(" to the CFO")
        screen = app.type("Enter")
        #expect(screen.contains("› + Champion sold it to the CFO"), "\(screen)")
        #expect(screen.contains("Changed factor to “Champion sold it to the…” · Ctrl-Z undoes"), "\(screen)")

        // Removed; undo puts it back; redo removes it again; each saved.
        screen = app.type("d")
        #expect(!screen.contains("Champion sold it to the CFO") && screen.contains("Removed factor"), "\(screen)")
        app.events([.tick(Date().addingTimeInterval(60))])
        #expect(try review(app, id: id).factors.isEmpty)
        screen = app.type("C-z")
        #expect(screen.contains("Champion sold it to the CFO") && screen.contains("Undone: removed factor"), "\(screen)")
        app.type("M-q")
        #expect(try review(app, id: id).factors.map(\.text) == ["Champion sold it to the CFO"])
    }

    @Test func anActionItemIsTickedInTheSummaryAndUntickedInTheActionItemsView() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter M-a")
        app.typeText("Send the case study")
        app.type("Enter M-S j")
        var screen = app.type("x")
        #expect(screen.contains("[x] Send the case study") && screen.contains("Ticked off “Send the case study”"), "\(screen)")
        let id = try #require(app.state.session?.review.id)
        app.type("M-q")
        #expect(try review(app, id: id).actionItems.map(\.done) == [true])

        // The action items view hides it until d shows the done ones; x there unticks it.
        screen = app.type("3")
        #expect(!screen.contains("Send the case study") && screen.contains("done hidden (d)"), "\(screen)")
        screen = app.type("d")
        #expect(screen.contains("Send the case study") && screen.contains("✓ done"), "\(screen)")
        screen = app.type("G x")
        #expect(screen.contains("Unticked “Send the case study” · Ctrl-Z undoes"), "\(screen)")
        #expect(try review(app, id: id).actionItems.map(\.done) == [false])
        screen = app.type("C-z")
        #expect(screen.contains("Undone: unticked"), "\(screen)")
        #expect(try review(app, id: id).actionItems.map(\.done) == [true])
    }

    @Test func aReviewOpenReadOnlyRefusesChangesToItsItems() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 30, reviews: 10, asOf: "2026-11-28")
        app.type("2")
        let id = try #require(app.state.archive.reviews.selectedRow?.review.id)
        let before = try review(app, id: id)
        var screen = app.type("Enter j d")
        #expect(screen.contains("Read-only"), "\(screen)")
        screen = app.type("C-z")
        #expect(try review(app, id: id) == before)
    }
}
