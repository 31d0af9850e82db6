import Testing
@testable import DebriefUI

@Suite("Selectable list widget")
struct SelectableListTests {
    static let deals = [
        "Acme Corp — platform renewal", "Globex: 3-year expansion", "Initech pilot", "株式会社ヤマダ 導入",
        "Umbrella Health 🏥 rollout", "Stark Industries", "Wayne Enterprises", "Hooli XYZ", "Soylent", "Vandelay Imports",
        "Pied Piper", "Cyberdyne Systems",
    ]

    @Test("the selection stays visible when it moves past the bottom")
    func scrollsToSelection() {
        var screen = Screen(width: 20, height: 3)
        let list = SelectableList(items: Self.deals, selection: ListSelection(selected: 5, offset: 0))
        list.render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "  株式会社ヤマダ 導…\n  Umbrella Health…\n› Stark Industries\n")
        #expect(screen[0, 2].style == WidgetStyles.monochrome.selection)
        #expect(screen[19, 2].style == WidgetStyles.monochrome.selection)
        #expect(screen[19, 1].style == .plain)
    }

    @Test("an empty list shows its empty-state text")
    func empty() {
        var screen = Screen(width: 20, height: 3)
        SelectableList(items: [], emptyText: "No deals yet").render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "\n    No deals yet\n\n")
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10, 7), (80, 24, 2)])
    func golden(width: Int, height: Int, selected: Int) {
        var screen = Screen(width: width, height: height)
        let halves = screen.bounds.columns([.percent(50), .fill(1)])
        let inner = Block(title: "Closed deals", focused: true).render(into: &screen, area: halves[0])
        SelectableList(items: Self.deals, selection: ListSelection(selected: selected)).render(into: &screen, area: inner)
        let emptyInner = Block(title: "Reviews").render(into: &screen, area: halves[1])
        SelectableList(items: [], emptyText: "No reviews yet. Press n to start one.").render(into: &screen, area: emptyInner)
        assertGolden(screen, named: "list-\(width)x\(height)")
    }
}

@Suite("List selection")
struct ListSelectionTests {
    @Test("moves are clamped to the rows")
    func clamped() {
        var selection = ListSelection()
        selection.moveUp(count: 5)
        #expect(selection.selected == 0)
        selection.moveDown(10, count: 5)
        #expect(selection.selected == 4)
        selection.selectFirst(count: 0)
        #expect(selection.selected == nil)
        selection.moveDown(count: 3)
        #expect(selection.selected == 0)
        selection.selectLast(count: 3)
        #expect(selection.selected == 2)
    }

    @Test("the visible offset keeps the selection on screen")
    func offsets() {
        #expect(ListSelection(selected: 9, offset: 0).visibleOffset(count: 20, visibleRows: 5) == 5)
        #expect(ListSelection(selected: 2, offset: 6).visibleOffset(count: 20, visibleRows: 5) == 2)
        #expect(ListSelection(selected: 7, offset: 6).visibleOffset(count: 20, visibleRows: 5) == 6)
        #expect(ListSelection(selected: 19, offset: 30).visibleOffset(count: 20, visibleRows: 5) == 15)
        #expect(ListSelection(selected: 3, offset: 2).visibleOffset(count: 4, visibleRows: 5) == 0)
    }

    @Test("page down and up move by a page less one row")
    func paging() {
        var selection = ListSelection()
        selection.pageDown(count: 30, visibleRows: 10)
        #expect(selection.selected == 9)
        #expect(selection.offset == 9)
        selection.pageDown(count: 30, visibleRows: 10)
        #expect(selection.selected == 18)
        selection.pageUp(count: 30, visibleRows: 10)
        #expect(selection.selected == 9)
        #expect(selection.offset == 9)
    }
}
