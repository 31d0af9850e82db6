import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite struct BoardGoldenTests {
    static let today = Day(iso: "2026-11-28")!

    func render(_ board: BoardState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        BoardView.render(board, theme: Theme.fallback, into: &screen, area: Rect(x: 0, y: 0, width: width, height: height))
        return screen
    }

    func demoBoard() -> BoardState {
        let team = DemoTeam(.init(seed: 1, asOf: Self.today))
        var board = BoardState(today: Self.today)
        board.load(deals: team.deals, reviews: team.reviews)
        return board
    }

    @Test func boardAt120x40() {
        assertGolden(render(demoBoard(), width: 120, height: 38), named: "board-120x40")
    }

    @Test func boardAt80x24() {
        var board = demoBoard()
        board.apply(.focusNextColumn, visibleRows: 10)
        board.apply(.moveDown, visibleRows: 10)
        assertGolden(render(board, width: 80, height: 22), named: "board-80x24")
    }

    @Test func narrowBoardBecomesTabs() {
        assertGolden(render(demoBoard(), width: 64, height: 20), named: "board-64x20-tabs")
    }

    @Test func filteredAndSearched() {
        var board = demoBoard()
        board.setFilter(DealFilter(period: .all, rep: "Lena Vogt"))
        board.setSearch("price")
        board.apply(.toggleSort, visibleRows: 10)
        assertGolden(render(board, width: 120, height: 20), named: "board-filtered")
    }

    @Test func noMatches() {
        var board = demoBoard()
        board.setSearch("no such deal anywhere")
        assertGolden(render(board, width: 100, height: 14), named: "board-no-matches")
    }

    @Test func firstRunShowsHowToStart() {
        var board = BoardState(today: Self.today)
        board.load(deals: [], reviews: [])
        assertGolden(render(board, width: 80, height: 22), named: "board-empty")
    }
}

/// Deals imported without an amount or without an account: the board says so instead of a number or a name it made up.
@Suite struct BoardUnknownAmountTests {
    @Test func anUnknownAmountShowsADashAndTheHeaderCountsIt() {
        let today = Day(iso: "2026-11-28")!
        let close = Day(iso: "2026-11-20")!
        let deals = [
            Deal(id: "a", account: "Acme", name: "Acme - Renewal", amount: Money(48000, "USD"), outcome: .won, closeDate: close, owner: "Ann Lee"),
            Deal(id: "b", account: "", name: "Phone line 555 0100", amount: nil, outcome: .won, closeDate: close, owner: "Ann Lee"),
            Deal(id: "c", account: "Zenith", name: "Zenith - Pilot", amount: nil, outcome: .lost, closeDate: close, owner: "Bo Chen"),
        ]
        var board = BoardState(today: today)
        board.load(deals: deals, reviews: [])
        var screen = Screen(width: 120, height: 12)
        BoardView.render(board, theme: Theme.fallback, into: &screen, area: Rect(x: 0, y: 0, width: 120, height: 12))
        let text = screen.plainText
        let rows = text.split(separator: "\n")
        #expect(rows.contains { $0.contains("Zenith") && $0.contains("—") && !$0.contains("$0") }, "\(text)")
        // Narrow rows name the deal when there is no account; the wide row says there is none.
        #expect(rows.contains { $0.contains("Phone line 555 0100") && $0.contains("—") }, "\(text)")
        var wide = Screen(width: 200, height: 12)
        BoardView.render(board, theme: Theme.fallback, into: &wide, area: Rect(x: 0, y: 0, width: 200, height: 12))
        #expect(wide.plainText.split(separator: "\n").contains { $0.contains("(no account)") && $0.contains("Phone line 555 0100") },
                "\(wide.plainText)")
        #expect(text.contains("$48,000"))
        #expect(text.contains("2 without an amount not counted") || text.contains("2 no amount"), "\(text)")
    }
}

/// Deals closed in an earlier year show the day and the year (#19 item 7: "Nov '25" dropped the day).
@Suite struct BoardOlderDatesTests {
    func board() -> BoardState {
        let today = BoardGoldenTests.today
        let team = DemoTeam(.init(deals: 60, seed: 1, asOf: today))
        var board = BoardState(today: today)
        board.load(deals: team.deals, reviews: team.reviews)
        board.setFilter(DealFilter(period: .all))
        board.apply(.bottom, visibleRows: 10)
        return board
    }

    @Test func anOlderDateKeepsItsDay() throws {
        let board = board()
        let old = try #require(board.shownDeals.first { $0.closeDate.year < 2026 })
        var screen = Screen(width: 80, height: 22)
        BoardView.render(board, theme: Theme.fallback, into: &screen, area: screen.bounds)
        let expected = BoardView.shortDate(old.closeDate, today: BoardGoldenTests.today)
        #expect(expected.hasSuffix("'\(old.closeDate.year % 100)") && expected.contains(BoardView.months[old.closeDate.month - 1]))
        #expect(expected.trimmingCharacters(in: .whitespaces).hasPrefix("\(old.closeDate.day) "), "the day stays: \(expected)")
        #expect(screen.plainText.contains(expected), "\(screen.plainText)")
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height - 2)
        BoardView.render(board(), theme: Theme.fallback, into: &screen, area: screen.bounds)
        assertGolden(screen, named: "board-older-dates-\(width)x\(height)")
    }
}
