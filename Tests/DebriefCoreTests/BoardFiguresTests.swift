import DebriefCore
import Foundation
import Testing

/// The board's fast paths must give exactly what the plain definitions give.
@Suite struct BoardFiguresTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 3, asOf: today))

    func completed(_ reviews: [Review]) -> Set<String> {
        Set(reviews.filter { $0.status == .completed }.map(\.dealId))
    }

    @Test func figuresSummariseLikePipelineSummaryForEveryFilter() {
        let deals = Self.team.deals
        let figures = PipelineFigures(deals: deals, completedReviewDealIDs: completed(Self.team.reviews))
        let filters = BoardPeriod.allCases.map { DealFilter(period: $0) }
            + [DealFilter(period: .all, rep: deals[0].owner), DealFilter(period: .all, segment: deals[1].segment),
               DealFilter(period: .all, search: "zzz-no-such-deal")]
        for filter in filters {
            let matcher = filter.matcher(today: Self.today)
            let indices = deals.indices.filter { matcher.matches(deals[$0]) }
            let expected = PipelineSummary(deals: indices.map { deals[$0] }, completedReviewDealIDs: completed(Self.team.reviews))
            #expect(figures.summary(of: indices) == expected, "\(filter)")
            let split = figures.summary(of: indices.filter { $0 % 2 == 0 }, indices.filter { $0 % 2 == 1 })
            #expect(split == expected, "the same deals in two lists")
        }
    }

    @Test func amountsFinerThanHundredthsAndCurrencyTiesAreSummedExactly() {
        func deal(_ id: String, _ amount: String, _ currency: String, _ outcome: Outcome, cycle: Int?) -> Deal {
            let close = Day(iso: "2026-11-01")!
            return Deal(id: id, account: "A", name: id, amount: Money(plain: amount, currency: currency)!, outcome: outcome,
                        closeDate: close, createdDate: cycle.map { close.adding(days: -$0) }, owner: "Rep")
        }
        let deals = [
            deal("a", "0.001", "USD", .won, cycle: 10), deal("b", "12.345", "USD", .lost, cycle: 3),
            deal("c", "100", "EUR", .won, cycle: nil), deal("d", "99.99", "EUR", .noDecision, cycle: 7),
            deal("e", "250000000000", "USD", .won, cycle: 1), deal("f", "-5.50", "GBP", .lost, cycle: 2),
        ]
        let figures = PipelineFigures(deals: deals, completedReviewDealIDs: ["c"])
        for subset in [[0, 1, 2, 3], [2, 3, 5], [0, 1, 2, 3, 4, 5], [5], [], [1, 4]] {
            let expected = PipelineSummary(deals: subset.map { deals[$0] }, completedReviewDealIDs: ["c"])
            #expect(figures.summary(of: subset) == expected, "\(subset)")
        }
        #expect(figures.summary(of: [0, 1, 2, 3]).currency == "EUR", "two each: the alphabetically first wins")
        #expect(PipelineFigures.exactHundredths(Decimal(string: "48000.5")!) == 4_800_050)
        #expect(PipelineFigures.exactHundredths(Decimal(string: "-0.07")!) == -7)
        #expect(PipelineFigures.exactHundredths(Decimal(string: "1.005")!) == nil)
    }

    /// A deal whose CRM gave no amount counts as a win or loss but adds nothing to the value figures,
    /// which say how many they left out; the fast figures agree with the plain summary.
    @Test func unknownAmountsAreLeftOutOfValuesAndCounted() {
        let close = Day(iso: "2026-11-01")!
        func deal(_ id: String, _ amount: Money?, _ outcome: Outcome) -> Deal {
            Deal(id: id, account: "A", name: id, amount: amount, outcome: outcome, closeDate: close, owner: "Rep")
        }
        let deals = [deal("a", Money(100, "USD"), .won), deal("b", nil, .won), deal("c", Money(300, "USD"), .lost),
                     deal("d", nil, .lost), deal("e", Money(50, "EUR"), .won), deal("f", nil, .noDecision)]
        let summary = PipelineSummary(deals: deals, completedReviewDealIDs: [])
        #expect(summary.wins == 3 && summary.losses == 2 && summary.noDecisions == 1)
        #expect(summary.currency == "USD" && summary.wonValue == 100 && summary.lostValue == 300)
        #expect(summary.winRateByValue == 0.25)
        #expect(summary.unknownAmountDeals == 3 && summary.otherCurrencyDeals == 1)
        let figures = PipelineFigures(deals: deals, completedReviewDealIDs: [])
        for subset in [[0, 1, 2, 3, 4, 5], [1, 3, 5], [0, 1], [4, 5], []] {
            #expect(figures.summary(of: subset) == PipelineSummary(deals: subset.map { deals[$0] }, completedReviewDealIDs: []), "\(subset)")
        }
        let unknownOnly = figures.summary(of: [1, 3])
        #expect(unknownOnly.currency == nil && unknownOnly.winRateByValue == nil && unknownOnly.unknownAmountDeals == 2)
    }

    /// Read from the decimal's digits, hundredths agree with plain arithmetic on every shape of
    /// amount, and give up exactly where the amount is not a whole number of hundredths or too big.
    @Test func hundredthsAgreeWithArithmeticAndGiveUpWhereTheyMust() {
        let exact: [(String, Int64)] = [
            ("0", 0), ("-0", 0), ("48000", 4_800_000), ("48000.10", 4_800_010), ("-48000.5", -4_800_050),
            ("0.01", 1), ("1e3", 100_000), ("99999999999.99", 9_999_999_999_999), ("-99999999999.99", -9_999_999_999_999),
            ("12345678901", 1_234_567_890_100),
        ]
        for (text, hundredths) in exact {
            #expect(PipelineFigures.exactHundredths(Decimal(string: text)!) == hundredths, "\(text)")
        }
        for text in ["0.001", "100000000000", "1e11", "1e40", "123456789012345678901234567890", "-100000000000.5"] {
            #expect(PipelineFigures.exactHundredths(Decimal(string: text)!) == nil, "\(text)")
        }
        #expect(PipelineFigures.exactHundredths(Decimal.nan) == nil)
    }

    /// The search text of all deals at once (what the app folds off the UI thread) and of only
    /// some of them (what a search folds before that arrives) find the deals one deal's text does.
    @Test func searchTextOfManyDealsFindsWhatEachDealsOwnTextFinds() {
        let deals = DemoTeam(.init(deals: 1_500, reviews: 10, seed: 4, asOf: Self.today)).deals
        let all = DealSearchText(deals: deals)
        let some = Array(stride(from: deals.count - 1, through: 0, by: -3))
        let part = DealSearchText(deals: deals, indices: some)
        #expect(all.count == deals.count && part.count == some.count)
        for terms in [["ac"], ["acm"], ["tomas"], ["renewal", "price"], ["–"], ["zzz"], ["timing"]] {
            let expected = deals.indices.filter { index in terms.allSatisfy { SearchFolding.contains(DealSearchText.of(deals[index]), $0) } }
            #expect(all.documents(containing: terms, among: Array(deals.indices)) == expected, "\(terms)")
            let found = part.documents(containing: terms, among: Array(some.indices)).map { some[$0] }
            #expect(found == some.filter(expected.contains), "\(terms)")
        }
    }

    @Test func aDealsSearchTextIgnoresCaseAndAccentsInEveryField() {
        var deal = Self.team.deals[0]
        deal.account = "Café Zürich AG"
        deal.name = "Café Zürich – Ｒｅｎｅｗａｌ"
        deal.owner = "Tomás Herrera"
        deal.competitors = ["東京データ", "e\u{301}cole"]
        let text = DealSearchText.of(deal)
        for term in ["cafe zurich ag", "renewal", "tomas herrera", SearchFolding.fold("東京"), "ecole"] {
            #expect(SearchFolding.contains(text, term), "\(term)")
        }
        #expect(text.hasPrefix("cafe zurich ag\u{1F}cafe zurich – renewal\u{1F}tomas herrera\u{1F}"))
    }

    @Test func searchTextsAreEqualWhenTheirDealsAre() {
        let deals = Self.team.deals
        #expect(DealSearchText(deals: deals) == DealSearchText(deals: deals.map { $0 }))
        var edited = deals
        edited[0].account += " Holdings"
        #expect(DealSearchText(deals: deals) != DealSearchText(deals: edited))
    }

    @Test func aFilterNarrowsAnotherOnlyWhenItsSearchAddsToTheSameFilters() {
        let base = DealFilter(period: .last90, rep: "Lena Vogt", search: "ac")
        #expect(DealFilter(period: .last90, rep: "Lena Vogt", search: "acm").narrows(base))
        #expect(DealFilter(period: .last90, rep: "Lena Vogt", search: "ACM renewal").narrows(base))
        #expect(DealFilter(period: .last90, rep: "Lena Vogt", search: "ac").narrows(base))
        #expect(!DealFilter(period: .last90, rep: "Lena Vogt", search: "a").narrows(base), "a shorter search widens")
        #expect(!DealFilter(period: .last90, rep: "Lena Vogt", search: "bc").narrows(base))
        #expect(!DealFilter(period: .last30, rep: "Lena Vogt", search: "acm").narrows(base), "another period")
        #expect(!DealFilter(period: .last90, search: "acm").narrows(base), "another rep")
        #expect(DealFilter(period: .last90, rep: "Lena Vogt", search: "x").narrows(DealFilter(period: .last90, rep: "Lena Vogt")))
    }
}
