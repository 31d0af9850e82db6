import DebriefCore
import Foundation
import Testing

/// The board in a real terminal: columns, filters, search, a deal's detail, a new deal saved to disk.
@Suite("Board end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct BoardE2ETests {
    @Test func moveFilterSearchOpenAddAndQuit() throws {
        let tmux = try TmuxHarness(width: 120, height: 40, deals: 60, reviews: 12, asOf: "2026-11-28")
        defer { tmux.stop() }
        try tmux.start()
        var screen = try tmux.waitFor("the board") { $0.contains("┏ WON (") && $0.contains("LOST (") }
        #expect(screen.contains("Last 90 days · all reps"))

        tmux.send("l")
        screen = try tmux.waitFor("focus on the lost column") { $0.contains("┏ LOST (") && $0.contains("┌ WON (") }

        tmux.send("r")
        _ = try tmux.waitFor("the rep picker") { $0.contains("Filter by rep") && $0.contains("All reps") }
        tmux.send("j", "Enter")
        screen = try tmux.waitFor("the rep filter in the header") { $0.contains("· rep ") && !$0.contains("Filter by rep") }
        let rep = try #require(screen.range(of: #"rep [^·]+"#, options: .regularExpression).map { String(screen[$0]).dropFirst(4).trimmingCharacters(in: .whitespaces) })
        let rows = screen.split(separator: "\n").filter { $0.contains("✓ ") || $0.contains("✗ ") || $0.contains("○ ") }
        let initial = rep.split(separator: " ").first.map(String.init) ?? rep
        #expect(!rows.isEmpty && rows.allSatisfy { $0.contains(initial) }, "every row is \(rep)'s:\n\(screen)")

        tmux.send("x", "/")
        _ = try tmux.waitFor("the search field") { $0.contains("Search:") }
        tmux.send("-l", "zürich")
        tmux.send("Enter")
        screen = try tmux.waitFor("the search in the header") { $0.contains("search \"zürich\"") && !$0.contains("Search:") }

        tmux.send("x", "i")
        screen = try tmux.waitFor("the deal's detail") { $0.contains("Sales cycle") && $0.contains("Reviews") }
        tmux.send("Escape")
        _ = try tmux.waitFor("the detail closed") { !$0.contains("Sales cycle") }

        tmux.send("a")
        _ = try tmux.waitFor("the new-deal form") { $0.contains("New deal") }
        tmux.send("-l", "Müller Bau")
        tmux.send("Tab")
        tmux.send("-l", "Site sensors")
        tmux.send("Tab")
        tmux.send("-l", "25000")
        tmux.send("Tab", "Tab", "Tab", "Tab", "Tab")
        tmux.send("-l", "Lena Vogt")
        tmux.send("Enter")
        screen = try tmux.waitFor("the new deal on the board") { $0.contains("Müller Bau") && !$0.contains("New deal") }

        tmux.send("q")
        screen = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)")

        let saved = try #require(try RecordStore(root: tmux.dataDirectory).load(Deal.self, id: "manual-muller-bau-2026-11-28"))
        #expect(saved.account == "Müller Bau" && saved.name == "Site sensors" && saved.owner == "Lena Vogt")
        #expect(saved.amount == Money(25_000, "USD") && saved.revision == 1)
    }
}
