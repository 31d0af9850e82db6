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

    /// Looking at a review that is still in progress, from the Reviews view, is not meeting time:
    /// its clock stands still and its file is left as it was (it counted and saved 26 s in a walk-through).
    @Test func aReviewInProgressOpenedReadOnlyKeepsItsClockAndItsFile() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 96, reviews: 14, asOf: "2026-11-28")
        app.type("2")
        for _ in 0..<14 where app.state.archive.reviews.selectedRow?.review.status != .inProgress { app.type("j") }
        let id = try #require(app.state.archive.reviews.selectedRow?.review.id)
        let file = app.dataDirectory.appendingPathComponent("reviews/\(id).json")
        let before = try Data(contentsOf: file)
        let recorded = try #require(try app.store.load(Review.self, id: id))
        #expect(recorded.status == .inProgress)
        let clock = SessionClock.spentAgainstPlan(recorded.spentSeconds ?? 0, plannedMinutes: recorded.plannedMinutes)

        var screen = app.type("Enter")
        #expect(screen.contains("Read-only") && screen.contains(clock), "\(clock) in \(screen)")
        let start = Date()
        screen = app.events((1...30).map { .tick(start.addingTimeInterval(Double($0))) })
        #expect(screen.contains(clock), "the clock ran while only looking: \(screen)")
        app.type("M-q")
        app.events([.tick(start.addingTimeInterval(40))])
        #expect(try Data(contentsOf: file) == before, "looking at the review changed its file")
    }
}
