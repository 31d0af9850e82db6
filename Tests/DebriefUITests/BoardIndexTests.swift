import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The board's precomputed index must filter, sort and summarise exactly as the plain definitions
/// (`DealFilter.Matcher`, close-date and amount order, `PipelineSummary`) do.
@Suite struct BoardIndexTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 7, asOf: today))

    /// The columns as the board computed them before its index: match every deal, split, sort.
    func plainColumns(_ deals: [Deal], _ filter: DealFilter, _ sort: BoardSort) -> (won: [String], lost: [String]) {
        let matcher = filter.matcher(today: Self.today)
        let kept = deals.filter { matcher.matches($0) }
        let ordered = kept.sorted { a, b in
            switch sort {
            case .closeDate: return (a.closeDate.serial, b.id) > (b.closeDate.serial, a.id)
            case .amount:
                let x = a.amount?.amount ?? -.greatestFiniteMagnitude, y = b.amount?.amount ?? -.greatestFiniteMagnitude
                if x != y { return x > y }
                return (a.closeDate.serial, b.id) > (b.closeDate.serial, a.id)
            }
        }
        return (ordered.filter { $0.outcome == .won }.map(\.id), ordered.filter { $0.outcome != .won }.map(\.id))
    }

    func filters(_ index: BoardIndex) -> [DealFilter] {
        var filters = BoardPeriod.allCases.map { DealFilter(period: $0) }
        filters += index.reps.prefix(2).map { DealFilter(period: .all, rep: $0.uppercased()) }
        filters += index.segments.prefix(2).map { DealFilter(period: .last365, segment: $0) }
        filters += index.competitors.prefix(3).map { DealFilter(period: .all, competitor: $0) }
        filters += ["ac", "acm", "zurich", "renewal price", "tomas", "zzz nothing", "ü"].map { DealFilter(period: .all, search: $0) }
        filters.append(DealFilter(period: .all, rep: "Nobody At All"))
        return filters
    }

    @Test func columnsEqualThePlainFilterAndSortForEveryFilter() {
        // Shuffled, so the index cannot lean on deals arriving in id order.
        var generator = SeededRandom(seed: 11)
        let deals = Self.team.deals.shuffled(using: &generator)
        let index = BoardIndex(deals: deals, reviews: Self.team.reviews)
        for filter in filters(index) {
            for sort in BoardSort.allCases {
                let columns = index.columns(filter: filter, sort: sort, today: Self.today)
                let expected = plainColumns(deals, filter, sort)
                #expect(columns.won.map { deals[$0].id } == expected.won, "\(filter) \(sort)")
                #expect(columns.lost.map { deals[$0].id } == expected.lost, "\(filter) \(sort)")
            }
        }
    }

    @Test func narrowingWithinTheLastColumnsEqualsFilteringAfresh() {
        let index = BoardIndex(deals: Self.team.deals, reviews: Self.team.reviews)
        var typed = DealFilter(period: .all)
        var columns = index.columns(filter: typed, sort: .amount, today: Self.today)
        for text in ["a", "ac", "acm", "acme re"] {
            let next = DealFilter(period: .all, search: text)
            #expect(next.narrows(typed))
            columns = index.columns(filter: next, sort: .amount, today: Self.today, within: columns)
            let fresh = index.columns(filter: next, sort: .amount, today: Self.today)
            #expect(columns.won == fresh.won && columns.lost == fresh.lost, "\(text)")
            typed = next
        }
    }

    @Test func headerAndLostTitleMatchTheDealsShown() {
        var board = BoardState(today: Self.today)
        board.load(deals: Self.team.deals, reviews: Self.team.reviews)
        let completed = Set(Self.team.reviews.filter { $0.status == .completed }.map(\.dealId))
        for period in BoardPeriod.allCases {
            board.setFilter(DealFilter(period: period))
            #expect(board.summary == PipelineSummary(deals: board.shownDeals, completedReviewDealIDs: completed), "\(period)")
            let noDecisions = board.rows(.lost).filter { board.index.deals[$0].outcome == .noDecision }.count
            #expect(BoardView.title(.lost, board: board) == "LOST (\(board.rows(.lost).count - noDecisions) lost · \(noDecisions) no decision)")
        }
    }

    /// Amount order takes a faster path when every amount is whole hundredths, and the general one
    /// when any is finer. Both equal the plain sort, also with the largest and smallest amounts.
    @Test func amountOrderEqualsThePlainSortWithExactAndFinerAmounts() {
        var finer = Self.team.deals
        finer[3].amount = Money(Decimal(string: "1.005")!, finer[3].amount?.currency ?? "USD")
        var wide = Self.team.deals
        wide[5].amount = Money(Decimal(string: "-99999999999.99")!, wide[5].amount?.currency ?? "USD")
        wide[6].amount = Money(Decimal(string: "99999999999.99")!, wide[6].amount?.currency ?? "USD")
        for deals in [Self.team.deals, finer, wide] {
            let index = BoardIndex(deals: deals, reviews: Self.team.reviews)
            let columns = index.columns(filter: DealFilter(period: .all), sort: .amount, today: Self.today)
            let expected = plainColumns(deals, DealFilter(period: .all), .amount)
            #expect(columns.won.map { deals[$0].id } == expected.won)
            #expect(columns.lost.map { deals[$0].id } == expected.lost)
        }
    }

    @Test func compactAmountsRoundAndGroupAsDecimalArithmeticDoes() {
        func decimalPath(_ money: Money) -> String {
            var rounded = Decimal()
            var value = money.amount
            NSDecimalRound(&rounded, &value, 0, .plain)
            return String(Money(rounded, money.currency).display.dropFirst(money.currency.count + 1))
        }
        for text in ["0", "0.49", "0.5", "-0.4", "-0.5", "999.5", "1000", "48000.5", "120250", "-1234567.49", "1234567890.99",
                     "99999999999.99", "100000000000", "12.345", "0.001"] {
            let money = Money(plain: text, currency: "USD")!
            #expect(BoardView.wholeUnits(money) == decimalPath(money), "\(text)")
        }
        #expect(BoardView.compactAmount(Money(plain: "120250", currency: "USD")!) == "$120,250")
        #expect(BoardView.compactAmount(Money(plain: "13000.5", currency: "NOK")!) == "NOK 13,001")
    }

    /// Before the search text folded off the UI thread arrives, a search folds the deals it looks
    /// at; after, it looks in the folded text. Both find what the plain filter finds.
    @Test func searchFindsTheSameDealsBeforeAndAfterTheFoldedTextArrives() {
        var index = BoardIndex(deals: Self.team.deals, reviews: Self.team.reviews)
        #expect(index.searchText == nil)
        var filters: [DealFilter] = []
        for period in [BoardPeriod.last90, .all] {
            filters += ["a", "acm", "zurich", "renewal price", "tomas", "zzz nothing"].map { DealFilter(period: period, search: $0) }
        }
        filters.append(DealFilter(period: .all, rep: index.reps.first, search: "a"))
        func found() -> [[String]] {
            filters.flatMap { filter in BoardSort.allCases.flatMap { sort in
                let columns = index.columns(filter: filter, sort: sort, today: Self.today)
                return [columns.won.map { index.deals[$0].id }, columns.lost.map { index.deals[$0].id }]
            } }
        }
        let expected = filters.flatMap { filter in BoardSort.allCases.flatMap { sort in
            let plain = plainColumns(Self.team.deals, filter, sort)
            return [plain.won, plain.lost]
        } }
        #expect(expected.contains { !$0.isEmpty } && expected.contains(where: \.isEmpty))
        #expect(found() == expected)
        let taken = index.install(DealSearchText(deals: Self.team.deals))
        #expect(taken && index.searchText != nil)
        #expect(found() == expected)
    }

    @Test func textFoldedFromOtherDealsIsNotTaken() {
        var edited = Self.team.deals
        edited[0].account = "Acme Zeta"
        var index = BoardIndex(deals: edited, reviews: Self.team.reviews)
        let takenFromOthers = [index.install(DealSearchText(deals: Self.team.deals)), index.install(DealSearchText(deals: Array(edited.dropLast())))]
        #expect(takenFromOthers == [false, false] && index.searchText == nil)
        // The same deals loaded again (another array, equal records) are as good as these.
        let taken = index.install(DealSearchText(deals: edited.map { $0 }))
        #expect(taken)
        let filter = DealFilter(period: .all, search: "acme zeta")
        let found = index.columns(filter: filter, sort: .closeDate, today: Self.today)
        let plain = plainColumns(edited, filter, .closeDate)
        #expect(found.won.map { index.deals[$0].id } == plain.won && found.lost.map { index.deals[$0].id } == plain.lost)
        #expect((plain.won + plain.lost).contains(edited[0].id))
    }
}
