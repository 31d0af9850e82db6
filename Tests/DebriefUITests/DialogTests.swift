import Testing
@testable import DebriefUI

@Suite("Prompt and confirm dialog widgets")
struct DialogTests {
    @Test("the prompt scrolls a long value to keep the cursor in the field")
    func promptScrolls() {
        var screen = Screen(width: 30, height: 7)
        let value = "Globex Corporation — three-year expansion"
        Prompt(title: "Rename deal", label: "New name:", value: value).render(into: &screen, area: screen.bounds)
        // Field: 24 columns from x 3; the 41-column value shows its last 23 columns, cursor after them.
        #expect(screen.text(ofRow: 3) == " ┃  — three-year expansion  ┃")
        #expect(screen.cursor == Point(x: 26, y: 3))
    }

    @Test("the prompt shows its error line and places the cursor mid-value")
    func promptError() {
        var screen = Screen(width: 40, height: 7)
        Prompt(title: "Amount", label: "Deal amount:", value: "12O,000", cursor: 2, error: "Not a number: 12O,000")
            .render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == """

         ┏ Amount ━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
         ┃ Deal amount:                       ┃
         ┃ 12O,000                            ┃
         ┃ Not a number: 12O,000              ┃
         ┗━━━━━━━━━━ [Enter] ok  [Esc] cancel ┛


        """)
        #expect(screen.cursor == Point(x: 5, y: 3))
    }

    @Test("the confirm dialog highlights the default answer")
    func confirm() {
        var screen = Screen(width: 40, height: 7)
        ConfirmDialog(title: "Discard notes?", message: "Your unsaved notes will be lost.").render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 4) == "  ┃        [y] Yes    [n] No         ┃")
        #expect(screen[22, 4].style == WidgetStyles.monochrome.selection)
        #expect(screen[11, 4].style == WidgetStyles.monochrome.popup)
    }

    @Test("golden prompt: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func promptGolden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        screen.fill(screen.bounds, style: .plain, with: "·")
        Prompt(title: "New action item", label: "What will we do differently?", value: "Send the pilot plan 📎 by Friday",
               error: "Owner missing: add @name").render(into: &screen, area: screen.bounds)
        assertGolden(screen, named: "prompt-\(width)x\(height)")
    }

    @Test("golden confirm: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func confirmGolden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        screen.fill(screen.bounds, style: .plain, with: "·")
        ConfirmDialog(title: "Finish review?", message: "Mark the Acme Corp review as finished and add its practices to the playbook?",
                      confirmLabel: "Finish", cancelLabel: "Keep editing", confirmSelected: true).render(into: &screen, area: screen.bounds)
        assertGolden(screen, named: "confirm-\(width)x\(height)")
    }
}
