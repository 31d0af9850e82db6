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
