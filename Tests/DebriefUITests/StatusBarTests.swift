import Testing
@testable import DebriefUI

@Suite("Status bar widget")
struct StatusBarTests {
    static let hints = [KeyHint("j/k", "move"), KeyHint("Enter", "open"), KeyHint("/", "search"), KeyHint("?", "help")]

    @Test("mode, hints and message")
    func layout() {
        var screen = Screen(width: 64, height: 1)
        StatusBar(mode: "BOARD", hints: Self.hints, message: "Saved").render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == " BOARD  [j/k] move  [Enter] open  [/] search  [?] help    Saved")
        screen = Screen(width: 60, height: 1)
        StatusBar(mode: "BOARD", hints: Self.hints, message: "Saved").render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == " BOARD  [j/k] move  [Enter] open  [/] search          Saved")
        #expect(screen[0, 0].style == WidgetStyles.monochrome.statusMode)
        #expect(screen[8, 0].style == WidgetStyles.monochrome.keyHint)
        #expect(screen[13, 0].style == WidgetStyles.monochrome.statusBar)
    }

    @Test("hints that do not fit are dropped; the mode stays", arguments: [
        (30, " BOARD  [j/k] move  [?] help"),
        (20, " BOARD  [j/k] move"),
        (10, " BOARD"),
        (4, " BO…"),
    ])
    func narrow(width: Int, expected: String) {
        var screen = Screen(width: width, height: 1)
        StatusBar(mode: "BOARD", hints: Self.hints).render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == expected)
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let rows = screen.bounds.rows([.fill(1), .fixed(1), .fixed(1)])
        Block(title: "Board").render(into: &screen, area: rows[0])
        StatusBar(mode: "BOARD", hints: Self.hints).render(into: &screen, area: rows[1])
        StatusBar(mode: "SESSION", hints: [KeyHint("Tab", "pane"), KeyHint("C-e", "editor"), KeyHint("Esc", "back")],
                  message: "Conflict: reload?").render(into: &screen, area: rows[2])
        assertGolden(screen, named: "status-bar-\(width)x\(height)")
    }
}
