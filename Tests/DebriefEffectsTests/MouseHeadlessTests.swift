import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The mouse through the real program loop (#19 item 12): a click selects the deal, list row or
/// question under it, or the board column; the wheel moves what it is over; neither touches text
/// being typed. Positions are screen cells, as the terminal reports them.
@Suite("Mouse, headless")
struct MouseHeadlessTests {
    static func click(_ x: Int, _ y: Int) -> BackendEvent { .mouse(MouseEvent(.click, x: x, y: y)) }
    static func wheel(down: Bool, _ x: Int, _ y: Int) -> BackendEvent { .mouse(MouseEvent(down ? .wheelDown : .wheelUp, x: x, y: y)) }

    @Test func aClickSelectsADealAndItsColumnAndTheWheelScrollsIt() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 12, asOf: "2026-11-28")
        // Rows start on screen row 4 (title bar, two header lines, the column's border).
        var screen = app.events([Self.click(70, 6)])
        #expect(app.state.board.focus == .lost)
        #expect(app.state.board.selection(.lost).selected == 2)
        let selected = try #require(app.state.board.selectedDeal)
        let row = screen.components(separatedBy: "\n")[6]
        #expect(row.contains("›") && row.contains(String(selected.account.prefix(8))), "\(screen)")

        screen = app.events([Self.wheel(down: true, 10, 10)])
        #expect(app.state.board.focus == .won && app.state.board.selection(.won).selected == 3, "the wheel over WON moves its selection")
        app.events([Self.wheel(down: false, 10, 10)])
        #expect(app.state.board.selection(.won).selected == 0)
        // The title of a column focuses it.
        app.events([Self.click(80, 3)])
        #expect(app.state.board.focus == .lost)
    }

    @Test func aClickSelectsARowInEachArchiveList() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 20, asOf: "2026-11-28")
        app.type("2")
        app.events([Self.click(20, 6)])
        #expect(app.state.archive.reviews.selection.selected == 2, "reviews: data rows start under the table's header on row 4")
        app.type("3")
        app.events([Self.click(20, 5)])
        #expect(app.state.archive.actions.selection.selected == 1)
        app.type("4")
        app.events([Self.click(5, 5)])
        #expect(app.state.archive.playbook.selection.selected == 1)
        let screen = app.events([Self.wheel(down: true, 5, 5)])
        #expect(app.state.archive.playbook.selection.selected == min(4, app.state.archive.playbook.playbook.entries.count - 1), "\(screen)")
    }

    @Test func aClickOnAQuestionMovesTheSessionThere() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28")
        app.type("Enter")
        #expect(app.state.session?.selected == 0)
        // Row 2 is the first theme's heading, then one question a row.
        let screen = app.events([Self.click(6, 5)])
        #expect(app.state.session?.selected == 2, "\(screen)")
        app.events([Self.click(6, 2)])
        #expect(app.state.session?.selected == 2, "a heading selects nothing")
    }

    @Test func theWheelScrollsHelp() throws {
        let app = try HeadlessApp(width: 80, height: 24)
        app.type("?")
        #expect(app.state.helpScroll == 0)
        app.events([Self.wheel(down: true, 40, 12)])
        #expect(app.state.helpScroll == 3)
    }

    @Test func theMouseLeavesTextBeingTypedAlone() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28")
        app.type("a")
        app.typeText("Acme")
        let before = app.state.overlay
        app.events([Self.click(70, 6), Self.wheel(down: true, 10, 10)])
        #expect(app.state.overlay == before, "the form and what is typed in it stay as they were")
        app.type("Escape")
        #expect(app.state.board.focus == .won)
    }
}
