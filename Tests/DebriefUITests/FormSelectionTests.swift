import DebriefCore
import Testing
@testable import DebriefUI

/// A pre-filled form field is selected when it gets the focus: the first typed character replaces
/// it instead of appending (`USDusdx`), as in common form UIs.
@Suite("Form: typing replaces a pre-filled value")
struct FormSelectionTests {
    func type(_ keys: String, into form: inout Form) {
        for key in KeyScript.parse(keys) { _ = form.handle(key) }
    }

    func form() -> Form {
        Form(title: "T", fields: [.text("currency", "Currency", "USD"), .text("owner", "Owner", "Lena Vogt"), .text("empty", "Empty")])
    }

    @Test func typingReplacesTheFocusedPrefilledValue() {
        var f = form()
        type("e u r", into: &f)
        #expect(f.value("currency") == "eur")
        type("Tab L e n a", into: &f)
        #expect(f.value("owner") == "Lena")
        type("Tab x", into: &f)
        #expect(f.value("empty") == "x")
    }

    @Test func movingFirstKeepsTheValueToEditIt() {
        var f = form()
        type("End x", into: &f)
        #expect(f.value("currency") == "USDx")
        type("Tab Home x", into: &f)
        #expect(f.value("owner") == "xLena Vogt")
    }

    @Test func backspaceClearsTheSelectedValue() {
        var f = form()
        type("Backspace", into: &f)
        #expect(f.value("currency") == "")
        // Coming back to a field selects it again.
        type("Tab Tab Tab Tab 1", into: &f)
        #expect(f.value("owner") == "1")
    }

    @Test func theSelectedValueIsDrawnHighlighted() {
        var f = form()
        var screen = Screen(width: 60, height: 10)
        FormView(form: f, styles: Theme.fallback.widgetStyles).render(into: &screen, area: screen.bounds)
        let selection = Theme.fallback.widgetStyles.selection
        let cells = (0..<screen.height).flatMap { y in (0..<screen.width - 2).map { (x: $0, y: y) } }
        let spot = cells.first { screen[$0.x, $0.y].text == "U" && screen[$0.x + 1, $0.y].text == "S" && screen[$0.x + 2, $0.y].text == "D" }
        let (x, row) = (spot?.x ?? 0, spot?.y ?? 0)
        #expect(screen[x, row].style == selection)
        type("Right", into: &f)
        screen = Screen(width: 60, height: 10)
        FormView(form: f, styles: Theme.fallback.widgetStyles).render(into: &screen, area: screen.bounds)
        #expect(screen[x, row].style != selection)
    }

    @Test func theDealFormsCurrencyAndTheActionItemOwnerAreReplaced() {
        var deal = DealForm(editing: nil, today: Day(iso: "2026-11-28")!).form
        type("Tab Tab Tab e u r", into: &deal)
        #expect(deal.value("currency") == "eur")
    }
}
