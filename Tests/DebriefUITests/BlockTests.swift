import Testing
@testable import DebriefUI

@Suite("Block widget")
struct BlockTests {
    @Test("returns the area inside the border")
    func inner() {
        var screen = Screen(width: 10, height: 5)
        let inner = Block(title: "Deals").render(into: &screen, area: Rect(x: 1, y: 1, width: 8, height: 4))
        #expect(inner == Rect(x: 2, y: 2, width: 6, height: 2))
        #expect(Block().render(into: &screen, area: Rect(x: 0, y: 0, width: 1, height: 5)).isEmpty)
    }

    @Test("focused blocks use heavy lines and the focused style")
    func focused() {
        var screen = Screen(width: 6, height: 3)
        Block(focused: true).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "┏━━━━┓\n┃    ┃\n┗━━━━┛\n")
        #expect(screen[0, 0].style == WidgetStyles.monochrome.focusedBorder)
    }

    @Test("long and wide titles are cut with an ellipsis")
    func longTitle() {
        var screen = Screen(width: 12, height: 2)
        Block(title: "株式会社ディーエヌエー").render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == "┌ 株式会… ─┐")
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let halves = screen.bounds.columns([.percent(50), .fill(1)])
        Block(title: "Questions").render(into: &screen, area: halves[0])
        let inner = Block(title: "Notes — Acme Corp", focused: true, footer: "[Esc] done").render(into: &screen, area: halves[1])
        screen.put("inside", x: inner.x, y: inner.y, style: .plain)
        assertGolden(screen, named: "block-\(width)x\(height)")
    }
}
