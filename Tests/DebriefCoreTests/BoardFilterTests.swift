import DebriefCore
import Foundation
import Testing

@Suite struct BoardFilterTests {
    let today = Day(iso: "2026-11-28")!

    func deal(_ id: String, _ outcome: Outcome, closed: String, amount: Int = 1000, currency: String = "USD",
              owner: String = "Lena Vogt", segment: String? = "SMB", competitors: [String] = [], created: String? = nil,
              reason: String = "") -> Deal {
        Deal(id: id, account: "Account \(id)", name: "Deal \(id)", amount: Money(Decimal(amount), currency), outcome: outcome,
             closeDate: Day(iso: closed)!, createdDate: created.flatMap { Day(iso: $0) }, owner: owner, segment: segment,
             competitors: competitors, reasons: reason.isEmpty ? [] : [DealReason(.price, reason)])
    }

    @Test func periodsEndTodayAndStartWhereTheySay() {
        #expect(BoardPeriod.last30.firstDay(today: today)?.description == "2026-10-30")
        #expect(BoardPeriod.last90.firstDay(today: today)?.description == "2026-08-31")
        #expect(BoardPeriod.thisQuarter.firstDay(today: today)?.description == "2026-10-01")
        #expect(BoardPeriod.all.firstDay(today: today) == nil)
        #expect(BoardPeriod.default == .last90)
        #expect(BoardPeriod(argument: "quarter") == .thisQuarter)
        #expect(BoardPeriod(argument: "weekly") == nil)
    }

    @Test func filterMatchesPeriodRepSegmentCompetitorAndSearch() {
        let deals = [
            deal("a", .won, closed: "2026-11-27", owner: "Tomás Herrera", competitors: ["Lumio"], reason: "Cheaper than Quantia"),
            deal("b", .lost, closed: "2026-09-01", segment: "Enterprise", competitors: ["Quantia"]),
            deal("c", .noDecision, closed: "2026-08-30"),
            deal("d", .won, closed: "2026-12-01"),
        ]
        func ids(_ filter: DealFilter) -> [String] {
            let matcher = filter.matcher(today: today)
            return deals.filter { matcher.matches($0) }.map(\.id)
        }
        #expect(ids(DealFilter()) == ["a", "b"], "c closed before the 90 days; d is in the future")
        #expect(ids(DealFilter(period: .all)) == ["a", "b", "c", "d"])
        #expect(ids(DealFilter(rep: "tomas herrera")) == ["a"], "rep matching ignores case and accents")
        #expect(ids(DealFilter(segment: "enterprise")) == ["b"])
        #expect(ids(DealFilter(competitor: "QUANTIA")) == ["b"])
        #expect(ids(DealFilter(search: "quantia")) == ["a", "b"], "search looks in reasons and competitors")
        #expect(ids(DealFilter(search: "cheaper lumio")) == ["a"], "every term must match")
        #expect(ids(DealFilter(search: "nothing-like-this")) == [])
    }

    @Test func summaryNumbersAreExact() {
        let deals = [
            deal("w1", .won, closed: "2026-11-01", amount: 30_000, created: "2026-10-01"),
            deal("w2", .won, closed: "2026-11-02", amount: 10_000, created: "2026-10-22"),
            deal("l1", .lost, closed: "2026-11-03", amount: 40_000, created: "2026-09-04"),
            deal("n1", .noDecision, closed: "2026-11-04", amount: 20_000),
            deal("e1", .won, closed: "2026-11-05", amount: 39_000, currency: "EUR"),
        ]
        let summary = PipelineSummary(deals: deals, completedReviewDealIDs: ["w1", "l1", "zzz"])
        #expect(summary.wins == 3 && summary.losses == 1 && summary.noDecisions == 1)
        #expect(summary.winRateByCount == 0.6)
        #expect(summary.currency == "USD")
        #expect(summary.wonValue == 40_000 && summary.lostValue == 60_000)
        #expect(summary.winRateByValue == 0.4)
        #expect(summary.otherCurrencyDeals == 1)
        #expect(summary.medianCycleDays == 31, "cycles 31, 11, 60 → median 31")
        #expect(summary.reviewed == 2)
    }

    /// The header adds up one currency: the one with the most won value in view, so a filter that
    /// shows one EUR loss and one USD win never reads "EUR 0 won (1 not EUR)".
    @Test func theHeadlineCurrencyIsTheOneWithTheMostWonValue() {
        func headline(_ deals: [Deal]) -> (String?, Int) {
            let summary = PipelineSummary(deals: deals, completedReviewDealIDs: [])
            let figures = PipelineFigures(deals: deals, completedReviewDealIDs: []).summary(of: Array(deals.indices))
            #expect(figures == summary, "the board's fast figures agree")
            return (summary.currency, summary.otherCurrencyDeals)
        }
        let euroLoss = deal("e", .lost, closed: "2026-11-01", amount: 50_000, currency: "EUR")
        let dollarWin = deal("u", .won, closed: "2026-11-02", amount: 10_000, currency: "USD")
        #expect(headline([euroLoss, dollarWin]) == ("USD", 1), "a tie on deals goes to the currency that won something")
        let bigEuroWin = deal("E", .won, closed: "2026-11-03", amount: 90_000, currency: "EUR")
        #expect(headline([dollarWin, dollarWin, bigEuroWin]) == ("EUR", 2), "most won value, not most deals")
        let noWins = [deal("a", .lost, closed: "2026-11-01", currency: "SEK"), deal("b", .lost, closed: "2026-11-01", currency: "NOK"),
                      deal("c", .lost, closed: "2026-11-01", currency: "NOK")]
        #expect(headline(noWins) == ("NOK", 1), "with nothing won, the most deals")
        #expect(headline([deal("a", .lost, closed: "2026-11-01", currency: "SEK"), deal("b", .lost, closed: "2026-11-01", currency: "NOK")]) == ("NOK", 1),
                "then the alphabetically first code, so the header is stable")
    }

    @Test func anEmptySummaryHasNoRates() {
        let summary = PipelineSummary(deals: [], completedReviewDealIDs: [])
        #expect(summary.closed == 0 && summary.winRateByCount == nil && summary.winRateByValue == nil && summary.medianCycleDays == nil)
    }
}

@Suite struct SearchFoldingTests {
    @Test func byteSearchFindsFoldedTermsAnywhere() {
        let text = SearchFolding.fold("Café Zürich AG\u{1F}Tomás Herrera\u{1F}東京データ")
        #expect(SearchFolding.contains(text, "zurich"))
        #expect(SearchFolding.contains(text, "tomas h"))
        #expect(SearchFolding.contains(text, SearchFolding.fold("東京")))
        #expect(SearchFolding.contains(text, "cafe"))
        #expect(SearchFolding.contains(text, ""))
        #expect(!SearchFolding.contains(text, "zurichx"))
        #expect(!SearchFolding.contains("ab", "abc"))
        #expect(SearchFolding.contains("aab", "ab"), "a partial match before the real one")
        #expect(SearchFolding.contains("xyz", "z"))
    }
}
