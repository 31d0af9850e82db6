import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite struct BoardStateTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 5, asOf: today))

    func board(_ filter: DealFilter = DealFilter()) -> BoardState {
        var board = BoardState(today: Self.today)
        board.load(deals: Self.team.deals, reviews: Self.team.reviews)
        board.setFilter(filter)
        return board
    }

    @Test func columnsSplitWinsFromLossesMostRecentFirst() {
        let board = board()
        let won = board.rows(.won).map { board.index.deals[$0] }
        let lost = board.rows(.lost).map { board.index.deals[$0] }
        #expect(!won.isEmpty && !lost.isEmpty)
        #expect(won.allSatisfy { $0.outcome == .won })
        #expect(lost.allSatisfy { $0.outcome != .won })
        #expect(lost.contains { $0.outcome == .noDecision })
        #expect(won.map(\.closeDate) == won.map(\.closeDate).sorted(by: >))
        #expect(Set(board.shownDeals.map(\.id)) == Set(Self.team.deals.filter { $0.closeDate >= Self.today.adding(days: -89) }.map(\.id)))
    }

    @Test func sortingByAmountOrdersEachColumn() {
        var board = board()
        board.apply(.toggleSort, visibleRows: 10)
        let amounts = board.rows(.lost).compactMap { board.index.deals[$0].amount?.amount }
        #expect(amounts == amounts.sorted(by: >))
    }

    @Test func movesStayInsideTheColumnAndTabSwitchesColumns() {
        var board = board()
        let count = board.rows(.won).count
        board.apply(.bottom, visibleRows: 10)
        #expect(board.wonSelection.selected == count - 1)
        board.apply(.moveDown, visibleRows: 10)
        #expect(board.wonSelection.selected == count - 1)
        board.apply(.top, visibleRows: 10)
        board.apply(.pageDown, visibleRows: 5)
        #expect(board.wonSelection.selected == min(4, count - 1), "a page of 5 rows moves 4, keeping one row of context")
        board.apply(.focusNextColumn, visibleRows: 10)
        #expect(board.focus == .lost)
        #expect(board.selectedDeal?.outcome != .won)
    }

    @Test func searchNarrowsBothColumnsAndNextMatchWalksAcrossThem() throws {
        var board = board(DealFilter(period: .all))
        let rep = "Priya Raman"
        board.setSearch("priya")
        #expect(board.shownDeals.allSatisfy { $0.owner == rep || $0.account.lowercased().contains("priya") })
        let total = board.rows(.won).count + board.rows(.lost).count
        #expect(total == Self.team.deals.filter { $0.owner == rep }.count)
        var seen: [String] = []
        for _ in 0..<total {
            seen.append(try #require(board.selectedDeal).id)
            board.apply(.nextMatch, visibleRows: 10)
        }
        #expect(Set(seen).count == total, "n visits every match once")
        #expect(board.selectedDeal?.id == seen.first, "and wraps around")
        board.apply(.previousMatch, visibleRows: 10)
        #expect(board.selectedDeal?.id == seen.last)
    }

    @Test func selectionFollowsTheDealWhenTheFilterChanges() throws {
        var board = board(DealFilter(period: .all))
        board.apply(.focusNextColumn, visibleRows: 10)
        board.apply(.moveDown, visibleRows: 10)
        board.apply(.moveDown, visibleRows: 10)
        let chosen = try #require(board.selectedDeal)
        board.setRep(chosen.owner)
        #expect(board.selectedDeal?.id == chosen.id)
        board.apply(.clearFilters, visibleRows: 10)
        #expect(board.filter.rep == nil)
        #expect(board.selectedDeal?.id == chosen.id)
    }
}
