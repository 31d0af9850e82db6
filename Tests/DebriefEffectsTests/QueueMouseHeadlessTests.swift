import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The mouse in the review queue (6), through the real program loop: a click selects the deal
/// under it, a click on the deal already selected starts its review as Enter does, and the wheel
/// moves the selection as it does in the other lists.
@Suite("Queue mouse, headless")
struct QueueMouseHeadlessTests {
    static func click(_ x: Int, _ y: Int) -> BackendEvent { .mouse(MouseEvent(.click, x: x, y: y)) }
    static func wheel(down: Bool, _ x: Int, _ y: Int) -> BackendEvent { .mouse(MouseEvent(down ? .wheelDown : .wheelUp, x: x, y: y)) }

    /// The screen row drawn with the selection marker, and the title of the reasons under the table.
    static func selectedRow(_ screen: String) -> String? {
        screen.components(separatedBy: "\n").first { $0.contains("›") }
    }

    @Test func aClickSelectsADealAClickOnItReviewsItAndTheWheelScrolls() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 12, asOf: "2026-11-28")
        app.type("6")
        let entries = app.state.archive.queue.entries
        try #require(entries.count > 8)
        // Rows: the title bar (0), the view's header (1), the table's border (2) and its header (3); deals from row 4.
        var screen = app.events([Self.click(30, 6)])
        var row = try #require(Self.selectedRow(screen), "\(screen)")
        #expect(row.contains(String(entries[2].account.prefix(10))), "the third deal is selected: \(screen)")
        #expect(screen.contains("Why \(entries[2].account)"), "its reasons show under the table: \(screen)")
        #expect(app.state.session == nil, "a first click only selects")

        screen = app.events([Self.wheel(down: true, 30, 10)])
        row = try #require(Self.selectedRow(screen), "\(screen)")
        #expect(row.contains(String(entries[5].account.prefix(10))), "the wheel moves three deals down: \(screen)")
        screen = app.events([Self.wheel(down: false, 30, 10)])
        #expect(screen.contains("Why \(entries[2].account)"), "and back up: \(screen)")

        // Below the last row drawn, in the reasons, on the header: nothing changes.
        screen = app.events([Self.click(30, 3), Self.click(30, 36)])
        #expect(screen.contains("Why \(entries[2].account)") && app.state.session == nil, "\(screen)")

        screen = app.events([Self.click(30, 6)])
        #expect(app.state.session?.review.dealId == entries[2].dealId, "a click on the selected deal opens its review: \(screen)")
        #expect(screen.contains(entries[2].account), "\(screen)")
    }

    @Test func aClickLeavesTheBriefAndTheDatePromptAlone() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 12, asOf: "2026-11-28")
        app.type("6")
        let first = try #require(app.state.archive.queue.entries.first)
        var screen = app.type("s")
        screen = app.events([Self.click(30, 6), Self.click(30, 6)])
        #expect(screen.contains("Schedule the review of"), "the prompt stays: \(screen)")
        #expect(app.state.session == nil)
        app.type("Escape b")
        screen = app.events([Self.click(30, 6), Self.click(30, 6)])
        #expect(app.state.session == nil && app.state.archive.queue.brief != nil, "the brief stays over the queue: \(screen)")
        screen = app.type("Escape")
        #expect(screen.contains("Why \(first.account)"), "the first deal is still the one selected: \(screen)")
    }
}
