import DebriefCore
import Foundation
import Testing

@Suite("Analytics on hand-built data")
struct AnalyticsTests {
    typealias F = AnalyticsFixtures
    let report = PatternsReport(deals: F.deals, reviews: F.reviews, today: F.day("2026-04-01"))

    func summary(_ rates: [WinRate]) -> [String] {
        rates.map { "\($0.label) \($0.wins)/\($0.deals)\($0.isTooThin ? " thin" : "")" }
    }

    @Test func overallWinRateCountsNoDecisionAsNotWon() {
        #expect(report.overall.deals == 6)
        #expect(report.overall.wins == 3)
        #expect(report.overall.losses == 2)
        #expect(report.overall.noDecisions == 1)
        #expect(report.overall.rate == 0.5)
        #expect(!report.overall.isTooThin)
        #expect(report.scope.deals == 6)
        #expect(report.scope.completedReviews == 4, "r5b is in progress and r9's deal is missing")
    }

    @Test func monthsRunWithoutGaps() {
        #expect(summary(report.byMonth) == ["2026-01 1/2 thin", "2026-02 0/0 thin", "2026-03 2/4 thin"])
        #expect(report.byMonth[1].rate == nil)
        #expect(WinRateBreakdown.byMonth(F.deals, limit: 2).map(\.label) == ["2026-02", "2026-03"])
    }

    @Test func repsSegmentsAndCompetitorsGroupFoldedNames() {
        #expect(summary(report.byRep) == ["Ana 2/3 thin", "Ben 1/3 thin"])
        #expect(summary(report.bySegment) == ["SMB 1/4 thin", "(no segment) 1/1 thin", "Enterprise 1/1 thin"])
        #expect(summary(report.byCompetitor) == ["Northbeam 2/3 thin", "Quantia 1/3 thin", "(no competitor) 1/1 thin"])
    }

    @Test func chartedRatesComeFirstHighestRateFirst() {
        var deals: [Deal] = []
        for n in 0..<10 { deals.append(F.deal("x\(n)", n < 7 ? .won : .lost, rep: "Xavier", segment: nil, competitors: [], closed: "2026-01-01")) }
        for n in 0..<5 { deals.append(F.deal("y\(n)", n < 1 ? .won : .lost, rep: "Yara", segment: nil, competitors: [], closed: "2026-01-01")) }
        for n in 0..<2 { deals.append(F.deal("z\(n)", .won, rep: "Zoe", segment: nil, competitors: [], closed: "2026-01-01")) }
        let rates = WinRateBreakdown.byRep(deals)
        #expect(summary(rates) == ["Xavier 7/10", "Yara 1/5", "Zoe 2/2 thin"])
        #expect(rates[0].rate == 0.7)
        #expect(rates[1].rate == 0.2)
    }

    @Test func reasonsCountEachDealOncePerCategory() {
        let won = report.reasons[0]
        #expect(won.outcome == .won)
        #expect(won.deals == 3)
        #expect(won.dealsWithReasons == 2)
        #expect(won.categories.map(\.category) == [.price, .product, .champion])
        #expect(won.categories.map(\.deals) == [1, 1, 1])
        #expect(won.categories.map(\.share) == [0.5, 0.5, 0.5])
        #expect(won.isTooThin)
        let lost = report.reasons[1]
        #expect(lost.outcome == .lost)
        #expect(lost.categories.map(\.category) == [.price, .features])
        #expect(report.reasons[2].categories.map(\.category) == [.budget])
    }

    @Test func factVsFictionForTheTeam() {
        let team = report.factVsFiction.team
        #expect(team.reviews == 3)
        #expect(team.factors == 5)
        #expect(team.causes.map(\.factors) == [2, 1, 0, 1, 0, 0, 1], "rep action, product, price, timing, relationship, competitor, luck")
        #expect(team.repActionShare == 0.4)
        #expect(team.evidence.map(\.factors) == [2, 1, 2])
        #expect(team.confirmedShare == 0.6)
        #expect(team.repActionConfirmedShare == 0.5)
        #expect(team.isTooThin)
    }

    @Test func factVsFictionPerRep() {
        let reps = report.factVsFiction.byRep
        #expect(reps.map(\.label) == ["Ana", "Ben"])
        #expect(reps.map(\.reviews) == [2, 1])
        #expect(reps.map(\.factors) == [4, 1])
        #expect(reps[0].repActionShare == 0.5)
        #expect(reps[1].repActionShare == 0)
        #expect(reps[1].confirmedShare == 1)
        #expect(reps[1].repActionConfirmedShare == nil, "no rep actions to confirm")
    }

    @Test func signalWinRatePresentVersusAbsent() {
        let signals = report.signals
        #expect(signals.map(\.key) == ["budget owner in the first meeting", "heavy customisation requested"])
        let budget = signals[0]
        #expect(budget.text == "Budget owner in the first meeting")
        #expect(budget.sign == .good)
        #expect((budget.present.wins, budget.present.deals) == (2, 2))
        #expect((budget.absent.wins, budget.absent.deals) == (1, 2))
        #expect(budget.lift == 0.5)
        #expect(budget.isTooThin)
        let custom = signals[1]
        #expect(custom.sign == .bad)
        #expect((custom.present.wins, custom.present.deals) == (0, 1))
        #expect((custom.absent.wins, custom.absent.deals) == (1, 1))
        #expect(custom.lift == -1)
    }

    @Test func questionsRankedByInsightFlags() {
        let questions = report.questions
        #expect(questions.map(\.questionId) == ["fact-what-you-did", "story-timeline"])
        #expect(questions.map(\.flagged) == [2, 1])
        #expect(questions.map(\.asked) == [3, 3])
        #expect(questions[0].wording == "What exactly did you do?", "the wording of the latest review that asked it")
        #expect(questions[0].isTooThin)
    }

    @Test func filterByRepAndPeriod() {
        let ana = PatternsReport(deals: F.deals, reviews: F.reviews, filter: DealFilter(period: .all, rep: "ana"), today: F.day("2026-04-01"))
        #expect(ana.scope.deals == 3)
        #expect(ana.scope.completedReviews == 3)
        #expect(ana.overall.wins == 2)
        #expect(ana.factVsFiction.byRep.map(\.label) == ["Ana"])
        let recent = PatternsReport(deals: F.deals, reviews: F.reviews, filter: DealFilter(period: .last30), today: F.day("2026-04-01"))
        #expect(recent.scope.from == F.day("2026-03-03"))
        #expect(recent.overall.deals == 3, "d3, d5 and d6 closed in the last 30 days")
        #expect(recent.scope.completedReviews == 2)
    }

    @Test func emptyDataGivesEmptyFigures() {
        let empty = PatternsReport(deals: [], reviews: [], today: F.day("2026-04-01"))
        #expect(empty.overall.deals == 0)
        #expect(empty.overall.rate == nil)
        #expect(empty.overall.isTooThin)
        #expect(empty.byMonth.isEmpty && empty.byRep.isEmpty && empty.bySegment.isEmpty && empty.byCompetitor.isEmpty)
        #expect(empty.reasons.map(\.dealsWithReasons) == [0, 0, 0])
        #expect(empty.reasons.allSatisfy { $0.categories.isEmpty })
        #expect(empty.factVsFiction.team.factors == 0)
        #expect(empty.factVsFiction.team.repActionShare == nil)
        #expect(empty.factVsFiction.byRep.isEmpty)
        #expect(empty.signals.isEmpty && empty.questions.isEmpty)
    }

    @Test func oneDealIsThinButCounted() {
        let one = PatternsReport(deals: [F.deals[0]], reviews: [F.reviews[0]], today: F.day("2026-04-01"))
        #expect(one.overall.rate == 1)
        #expect(one.overall.isTooThin)
        #expect(one.factVsFiction.team.reviews == 1)
        #expect(one.factVsFiction.team.repActionShare == 0.5)
        #expect(one.signals.map { $0.present.deals + $0.absent.deals } == [1, 1])
    }

    @Test("phrases normalise case, accents, apostrophes, punctuation and spacing", arguments: [
        ("Café — Zürich's  plan!", "cafe zurichs plan"),
        ("  Mutual action plan\tfrom the 1st demo. ", "mutual action plan from the 1st demo"),
        ("---", ""),
        ("東京 データ", "東京 データ"),
    ])
    func phraseKey(input: String, expected: String) {
        #expect(PhraseKey.normalize(input) == expected)
    }

    @Test("bulk folding gives the bytes whole-text folding gives", arguments: [
        "Café Zürich AG — Tomás said “go” → signed 👍🏽",
        "Cafe\u{301} ZU\u{308}RICH",
        "東京データ株式会社 and ÅNGSTRÖM",
        "plain ASCII, MIXED Case",
    ])
    func foldedBytes(text: String) {
        #expect(FoldedText.bytes(text) == Array(SearchFolding.fold(text).utf8))
    }

    @Test func searchFindsWordsAnywhereInTheFoldedText() {
        let archive = ReviewArchive(reviews: F.reviews, deals: F.deals)
        #expect(archive.matching(ReviewFilter(search: "MUTUAL plan"), today: F.day("2026-04-01")).map { archive.rows[$0].review.id }
                == ["r5b", "r5", "r2", "r1"])
        #expect(archive.matching(ReviewFilter(search: "cfo"), today: F.day("2026-04-01")).map { archive.rows[$0].review.id } == ["r1"])
        #expect(archive.matching(ReviewFilter(search: "nowhere"), today: F.day("2026-04-01")).isEmpty)
        #expect(archive.matching(ReviewFilter(rep: "ben", cause: .timing), today: F.day("2026-04-01")).map { archive.rows[$0].review.id } == ["r5"])
    }

    @Test func similarityIsJaccardWithoutArticles() {
        let a = PhraseKey.tokens(of: "send the security pack in week one")
        let b = PhraseKey.tokens(of: "security pack sent in week one")
        #expect(PhraseKey.similarity(a, b) == 5.0 / 7.0)
        #expect(PhraseKey.similarity([], []) == 0)
    }
}
