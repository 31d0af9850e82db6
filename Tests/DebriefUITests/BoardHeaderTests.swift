import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The header's numbers line: the widest form that fits, never a value total that silently
/// leaves out deals in other currencies, and a win rate that says what it counts ("of 28").
@Suite struct BoardHeaderTests {
    func summary(otherCurrencyDeals: Int) -> PipelineSummary {
        var summary = PipelineSummary()
        summary.wins = 15
        summary.losses = 10
        summary.noDecisions = 3
        summary.winRateByCount = 15.0 / 28
        summary.winRateByValue = 0.36
        summary.currency = "USD"
        summary.wonValue = 787_200
        summary.lostValue = 1_380_000
        summary.otherCurrencyDeals = otherCurrencyDeals
        summary.medianCycleDays = 75
        summary.reviewed = 8
        return summary
    }

    @Test func oneCurrencyShowsEveryFigureWithoutANote() {
        #expect(BoardHeader.numbersLine(summary(otherCurrencyDeals: 0), width: 118)
            == "Won 15 · Lost 10 · No dec. 3 │ Win 54% of 28 (36% by value) │ USD 787.2k won · 1.38M lost │ Cycle 75 d │ Reviewed 8/28")
        #expect(BoardHeader.numbersLine(summary(otherCurrencyDeals: 0), width: 78)
            == "W 15 L 10 ND 3 · 54% of 28 (36% value) · USD 787.2k won · reviewed 8/28")
    }

    @Test func dealsInOtherCurrenciesAreCountedOutLoudAtEveryWidth() {
        let mixed = summary(otherCurrencyDeals: 5)
        #expect(BoardHeader.numbersLine(mixed, width: 200)
            == "Won 15 · Lost 10 · No decision 3  │  Win rate 54% of 28 incl. no decision, 36% by value  │  USD 787.2k won · 1.38M lost (5 in other currencies not counted)  │  Median cycle 75 d  │  Reviewed 8/28")
        #expect(BoardHeader.numbersLine(mixed, width: 118)
            == "Won 15 · Lost 10 · ND 3 │ Win 54% of 28 (36% value) │ USD 787.2k won · 1.38M lost (5 not USD) │ Reviewed 8/28")
        #expect(BoardHeader.numbersLine(mixed, width: 98)
            == "W 15 L 10 ND 3 · 54% of 28 (36% value) · USD 787.2k won (5 not USD) · cycle 75 d · reviewed 8/28")
        #expect(BoardHeader.numbersLine(mixed, width: 78)
            == "W 15 L 10 ND 3 · 54% of 28 · USD 787.2k won (5 not USD) · reviewed 8/28")
        for width in [40, 60, 78, 98, 118, 200] {
            #expect(BoardHeader.numbersLine(mixed, width: width).contains("5 "), "width \(width)")
        }
    }

    @Test func dealsWithoutAnAmountAreCountedOutLoudAtEveryWidth() {
        var unknown = summary(otherCurrencyDeals: 0)
        unknown.unknownAmountDeals = 4
        #expect(BoardHeader.numbersLine(unknown, width: 200)
            == "Won 15 · Lost 10 · No decision 3  │  Win rate 54% of 28 incl. no decision, 36% by value  │  USD 787.2k won · 1.38M lost (4 without an amount not counted)  │  Median cycle 75 d  │  Reviewed 8/28")
        var both = unknown
        both.otherCurrencyDeals = 2
        #expect(BoardHeader.numbersLine(both, width: 160)
            == "Won 15 · Lost 10 · No dec. 3 │ Win 54% of 28 (36% by value) │ USD 787.2k won · 1.38M lost (2 not USD, 4 no amount) │ Cycle 75 d │ Reviewed 8/28 (w queue)")
        for width in [40, 60, 78, 98, 118, 200] {
            #expect(BoardHeader.numbersLine(unknown, width: width).contains("4 "), "width \(width)")
        }
    }

    @Test func aNarrowFilterLineDropsTheDefaultsAndKeepsTheSort() {
        var board = BoardState(today: Day(iso: "2026-11-28")!)
        board.setFilter(DealFilter(segment: "Enterprise", search: "pricing"))
        #expect(BoardHeader.filterLine(board)
            == "Last 90 days · all reps · segment Enterprise · any competitor · search \"pricing\" · by close date")
        #expect(BoardHeader.filterLine(board, width: 78)
            == "Last 90 days · segment Enterprise · search \"pricing\" · by close date")
    }
}
