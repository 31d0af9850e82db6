import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Backspace in a search takes back the columns of the shorter search typed before; these tests
/// check that what shows is always what typing the shorter search fresh shows.
@Suite struct BoardSearchHistoryTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 11, asOf: today))

    func board(deals: [Deal] = Self.team.deals, search: String = "", sort: BoardSort = .closeDate) -> BoardState {
        var board = BoardState(today: Self.today)
        board.load(deals: deals, reviews: Self.team.reviews)
        board.setFilter(DealFilter(period: .all))
        if sort != board.sort { board.apply(.toggleSort, visibleRows: 10) }
        board.setSearch(search)
        return board
    }

    func expectSameRows(_ board: BoardState, _ fresh: BoardState, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(board.filter == fresh.filter, sourceLocation: sourceLocation)
        #expect(board.rows(.won).map { board.index.deals[$0].id } == fresh.rows(.won).map { fresh.index.deals[$0].id }, sourceLocation: sourceLocation)
        #expect(board.rows(.lost).map { board.index.deals[$0].id } == fresh.rows(.lost).map { fresh.index.deals[$0].id }, sourceLocation: sourceLocation)
        #expect(board.summary == fresh.summary, sourceLocation: sourceLocation)
        #expect(board.noDecisionsShown == fresh.noDecisionsShown, sourceLocation: sourceLocation)
    }

    @Test func backspaceShowsWhatTypingTheShorterSearchShows() {
        var board = board()
        let typed = ["a", "ac", "acm", "acme", "acme r"]
        for search in typed { board.setSearch(search) }
        #expect(board.rows(.won).count + board.rows(.lost).count < Self.team.deals.count, "the search narrows")
        for search in typed.reversed().dropFirst() + [""] {
            board.setSearch(search)
            expectSameRows(board, self.board(search: search))
        }
    }

    @Test func backspaceAfterASortChangeUsesTheNewSort() {
        var board = board()
        for search in ["r", "re", "ren"] { board.setSearch(search) }
        board.apply(.toggleSort, visibleRows: 10)
        board.setSearch("re")
        expectSameRows(board, self.board(search: "re", sort: .amount))
        board.setSearch("")
        expectSameRows(board, self.board(search: "", sort: .amount))
    }

    @Test func backspaceAfterNewDataShowsTheNewDeals() throws {
        var board = board()
        for search in ["z", "zq", "zqx"] { board.setSearch(search) }
        var added = try #require(Self.team.deals.first)
        added.id = "deal-added-zq"
        added.account = "ZQ Holdings"
        let deals = Self.team.deals + [added]
        board.load(deals: deals, reviews: Self.team.reviews)
        board.setSearch("zq")
        #expect(board.shownDeals.map(\.id).contains("deal-added-zq"))
        expectSameRows(board, self.board(deals: deals, search: "zq"))
    }

    @Test func widenedSearchAfterAnotherFilterChangeIsCheckedAfresh() {
        var board = board()
        for search in ["a", "ac"] { board.setSearch(search) }
        board.apply(.cyclePeriod, visibleRows: 10)
        board.setSearch("a")
        var fresh = self.board(search: "a")
        fresh.apply(.cyclePeriod, visibleRows: 10)
        expectSameRows(board, fresh)
    }
}
