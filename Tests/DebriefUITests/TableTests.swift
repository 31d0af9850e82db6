import Testing
@testable import DebriefUI

@Suite("Table widget")
struct TableTests {
    static let columns = [
        TableColumn("Deal", width: .fill(2)),
        TableColumn("Outcome", width: .fixed(8)),
        TableColumn("Amount", width: .fixed(10), alignment: .right),
        TableColumn("Rep", width: .percent(20)),
    ]
    static let rows = [
        ["Acme Corp — platform renewal", "won", "$120,000", "Dana Whitfield"],
        ["Globex 3-year expansion", "lost", "$86,500", "Sam Okafor"],
        ["株式会社ヤマダ 導入プロジェクト", "won", "¥9,800,000", "山田 太郎"],
        ["Umbrella Health 🏥 rollout", "no decision", "$42,000", "Priya N."],
        ["Initech pilot", "lost", "$8,000", "Dana Whitfield"],
        ["Stark Industries", "won", "$1,250,000", "Sam Okafor"],
    ]

    @Test("cells are fitted to their column and aligned")
    func cells() {
        var screen = Screen(width: 36, height: 3)
        let table = Table(columns: Self.columns, rows: Self.rows, selection: ListSelection(selected: 1))
        table.render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == """
          Deal    Outcome      Amount Rep
          Acme C… won        $120,000 Dana…
        › Globex… lost        $86,500 Sam O…

        """)
    }

    @Test("column frames follow the constraints")
    func frames() {
        let table = Table(columns: Self.columns, rows: [])
        let frames = table.columnFrames(in: Rect(x: 0, y: 0, width: 62, height: 5))
        // 62 - 2 (symbol) - 3 (spacing) = 57: 8 + 10 fixed, 20% = 11, the fill gets the other 28.
        #expect(frames.map(\.x) == [2, 31, 40, 51])
        #expect(frames.map(\.width) == [28, 8, 10, 11])
    }

    @Test("a wide character at a column edge is never cut in half")
    func wideEdge() {
        var screen = Screen(width: 12, height: 2)
        let table = Table(columns: [TableColumn("名前", width: .fixed(5)), TableColumn("x", width: .fill(1))],
                          rows: [["山田太郎", "ok"]], selection: ListSelection(selected: nil), highlightSymbol: "")
        table.render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "名前  x\n山田… ok\n")
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10, 5), (80, 24, 2)])
    func golden(width: Int, height: Int, selected: Int) {
        var screen = Screen(width: width, height: height)
        let parts = screen.bounds.rows([.fill(1), .fixed(4)])
        let inner = Block(title: "Closed deals", focused: true).render(into: &screen, area: parts[0])
        Table(columns: Self.columns, rows: Self.rows, selection: ListSelection(selected: selected)).render(into: &screen, area: inner)
        let emptyInner = Block(title: "Open deals").render(into: &screen, area: parts[1])
        Table(columns: Self.columns, rows: [], emptyText: "No open deals").render(into: &screen, area: emptyInner)
        assertGolden(screen, named: "table-\(width)x\(height)")
    }
}
