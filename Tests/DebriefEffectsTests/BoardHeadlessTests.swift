import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The board through the real program loop: columns, filters, search, a deal's detail, a new deal
/// saved to disk. (Was a tmux test; nothing in it needs a terminal.)
@Suite("Board, headless")
struct BoardHeadlessTests {
    @Test func moveFilterSearchOpenAddAndQuit() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 12, asOf: "2026-11-28")
        var screen = app.type("")
        #expect(screen.contains("┏ WON (") && screen.contains("LOST ("))
        #expect(screen.contains("Last 90 days · all reps"))

        screen = app.type("l")
        #expect(screen.contains("┏ LOST (") && screen.contains("┌ WON ("), "focus on the lost column:\n\(screen)")

        screen = app.type("r")
        #expect(screen.contains("Filter by rep") && screen.contains("All reps"))
        screen = app.type("j Enter")
        #expect(screen.contains("· rep ") && !screen.contains("Filter by rep"), "\(screen)")
        let rep = try #require(screen.range(of: #"rep [^·]+"#, options: .regularExpression).map { String(screen[$0]).dropFirst(4).trimmingCharacters(in: .whitespaces) })
        let rows = screen.split(separator: "\n").filter { $0.contains("✓ ") || $0.contains("✗ ") || $0.contains("○ ") }
        let initial = rep.split(separator: " ").first.map(String.init) ?? rep
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(initial) }, "every row is \(rep)'s:\n\(screen)")

        screen = app.type("x /")
        #expect(screen.contains("Search:"))
        app.typeText("zürich")
        screen = app.type("Enter")
        #expect(screen.contains("search \"zürich\"") && !screen.contains("Search:"), "\(screen)")

        screen = app.type("x i")
        #expect(screen.contains("Sales cycle") && screen.contains("Reviews"), "\(screen)")
        screen = app.type("Escape")
        #expect(!screen.contains("Sales cycle"))

        screen = app.type("a")
        #expect(screen.contains("New deal"))
        app.typeText("Müller Bau")
        app.type("Tab")
        app.typeText("Site sensors")
        app.type("Tab")
        app.typeText("25000")
        app.type("Tab Tab Tab Tab Tab")
        app.typeText("Lena Vogt")
        screen = app.type("Enter")
        #expect(screen.contains("Müller Bau") && !screen.contains("New deal"), "the new deal on the board:\n\(screen)")

        app.type("q")
        #expect(app.quit)
        let saved = try #require(try RecordStore(root: app.dataDirectory).load(Deal.self, id: "manual-muller-bau-2026-11-28"))
        #expect(saved.account == "Müller Bau" && saved.name == "Site sensors" && saved.owner == "Lena Vogt")
        #expect(saved.amount == Money(25_000, "USD") && saved.revision == 1)
    }
}
