import Testing
@testable import DebriefUI

@Suite("Help overlay widget")
struct HelpOverlayTests {
    static let rows: [(keys: String, description: String, section: String)] = [
        ("j/k ↓/↑", "move down / up", "Navigation"),
        ("g/G", "first / last", "Navigation"),
        ("Enter", "open deal", "Board"),
        ("Tab", "next pane", "Navigation"),
        ("/", "search, then n/N", "Board"),
        ("f", "flag insight", "Session"),
        ("C-e", "edit notes in $EDITOR", "Session"),
        ("?", "toggle this help", "General"),
        ("q", "back / quit", "General"),
    ]

    @Test("groups entries by section in first-appearance order")
    func grouping() {
        let overlay = HelpOverlay(rows: Self.rows)
        #expect(overlay.lines.prefix(5) == [
            .section("Navigation"),
            .entry(keys: "j/k ↓/↑", description: "move down / up"),
            .entry(keys: "g/G", description: "first / last"),
            .entry(keys: "Tab", description: "next pane"),
            .blank,
        ])
        #expect(overlay.lines.count == 16)
    }

    @Test("scrolls when the box is too short, and says so until the last row shows")
    func scrolling() {
        var screen = Screen(width: 40, height: 10)
        let overlay = HelpOverlay(rows: Self.rows, scrollOffset: 4)
        overlay.render(into: &screen, area: screen.bounds)
        #expect(overlay.maxScrollOffset(in: screen.bounds) == 12)
        #expect(screen.text(ofRow: 1) == "  ┌─ Keys ───────────────────────────┐")
        #expect(screen.text(ofRow: 2) == "  │                                  │")
        #expect(screen.text(ofRow: 3) == "  │ Board                            │")
        #expect(screen.text(ofRow: 4) == "  │  Enter    open deal              │")
        #expect(screen.text(ofRow: 6) == "  └───────────────────────── more ↓ ─┘")
        var bottom = Screen(width: 40, height: 10)
        HelpOverlay(rows: Self.rows, scrollOffset: 99).render(into: &bottom, area: bottom.bounds)
        #expect(bottom.text(ofRow: 5) == "  │  q        back / quit            │")
        #expect(bottom.text(ofRow: 6) == "  └──────────────────────────────────┘")
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        screen.fill(screen.bounds, style: .plain, with: "·")
        HelpOverlay(rows: Self.rows).render(into: &screen, area: screen.bounds)
        assertGolden(screen, named: "help-overlay-\(width)x\(height)")
    }

    @Test("a description too long for the box wraps by word under its start, and scrolling counts its rows")
    func wrapping() {
        var screen = Screen(width: 40, height: 12)
        let overlay = HelpOverlay(rows: [("Enter", "review the deal now: resume its open review or start one", "Queue"),
                                         ("q", "back", "Queue")])
        overlay.render(into: &screen, area: screen.bounds)
        let shown = (0..<screen.height).map { screen.text(ofRow: $0) }
        #expect(shown.contains("  │  Enter  review the deal now:     │"), "\(shown.joined(separator: "\n"))")
        #expect(shown.contains("  │         resume its open review   │"), "\(shown.joined(separator: "\n"))")
        #expect(shown.contains("  │         or start one             │"), "\(shown.joined(separator: "\n"))")
        #expect(shown.contains("  │  q      back                     │"))
        #expect(overlay.rows(in: screen.bounds).count == 5)
    }
}
