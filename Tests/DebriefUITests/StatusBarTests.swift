import Testing
import DebriefCore
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

/// A message longer than the room left beside the hints: the hints give way, and a message longer
/// than the whole line loses its middle, keeping what failed and why (#21: a disk-full or broken-file
/// failure showed only "● unsaved").
@Suite struct StatusBarLongMessageTests {
    @Test func hintsGiveWayToAMessage() {
        var screen = Screen(width: 60, height: 1)
        StatusBar(mode: "TYPING", hints: [KeyHint("Esc", "stop typing"), KeyHint("Ctrl-E", "$EDITOR")],
                  message: "Not saved: No space left on device").render(into: &screen, area: Rect(x: 0, y: 0, width: 60, height: 1))
        let line = screen.plainText
        #expect(line.contains("Not saved: No space left on device"), "\(line)")
        #expect(line.contains("TYPING"))
    }

    @Test func aMessageLongerThanTheLineKeepsItsStartAndItsEnd() {
        var screen = Screen(width: 80, height: 1)
        let message = "could not journal typed text: /tmp/debrief-headless-1234abcd/state/journal/0f0e0d0c0b0a-99887766.djournal: open the journal: Not a directory"
        StatusBar(mode: "TYPING", hints: [KeyHint("Esc", "stop typing")], message: message)
            .render(into: &screen, area: Rect(x: 0, y: 0, width: 80, height: 1))
        let line = screen.plainText
        #expect(line.contains("could not journal"), "\(line)")
        #expect(line.contains("Not a directory"), "\(line)")
        #expect(line.contains("…"))
        #expect(DisplayWidth.of(line.trimmingCharacters(in: .newlines)) <= 80)
    }

    @Test func truncateMiddleKeepsWideCharactersWhole() {
        let cut = DisplayWidth.truncateMiddle("東京の顧客は価格ではなくパイロットで決めた", toWidth: 15)
        #expect(DisplayWidth.of(cut) <= 15)
        #expect(cut.hasPrefix("東京") && cut.hasSuffix("決めた") && cut.contains("…"), "\(cut)")
    }
}

/// The app's own bar (`hintLayout: .plain`): bare keys, the view's name at the right, and hints that
/// stop at the first one that does not fit with its gap.
@Suite struct StatusBarPlainHintsTests {
    @Test func plainHintsStopAtTheFirstThatDoesNotFit() {
        let hints = [KeyHint("j/k", "move"), KeyHint("Enter", "open the deal"), KeyHint("?", "help")]
        var screen = Screen(width: 48, height: 1)
        StatusBar(mode: "", hints: hints, message: "Board", hintLayout: .plain).render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == " j/k move  Enter open the deal  ? help    Board")
        #expect(screen[1, 0].style == WidgetStyles.monochrome.keyHint)
        // "? help" would fit, but the hint before it did not: the list stops there.
        screen = Screen(width: 30, height: 1)
        StatusBar(mode: "", hints: hints, message: "Board", hintLayout: .plain).render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 0) == " j/k move               Board")
    }
}
