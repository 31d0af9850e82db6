import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Patterns view")
struct ArchivePatternsTests {
    typealias F = ArchiveFixtures

    func state(_ team: DemoTeam, filter: DealFilter = DealFilter(period: .all)) -> PatternsViewState {
        var state = PatternsViewState(today: F.asOf, filter: filter)
        state.load(deals: team.deals, reviews: team.reviews)
        return state
    }

    func render(_ state: PatternsViewState, _ width: Int, _ height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        PatternsView.render(state, theme: F.theme, into: &screen, area: screen.bounds)
        return screen
    }

    @Test("golden: 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        assertGolden(render(state(F.team), width, height), named: "patterns-\(width)x\(height)")
    }

    @Test func goldenAfterEightSectionJumps() {
        var patterns = state(F.team)
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        for _ in 0..<8 { patterns.apply(.nextSection, area: area) }
        assertGolden(render(patterns, 80, 24), named: "patterns-sections-80x24")
    }

    @Test func goldenThinData() {
        assertGolden(render(state(F.small), 80, 24), named: "patterns-thin-80x24")
    }

    @Test func goldenEmpty() {
        assertGolden(render(state(DemoTeam(.init(deals: 0, reviews: 0, seed: 1, asOf: F.asOf))), 80, 24), named: "patterns-empty-80x24")
    }

    /// Among deals where the buyer decided nothing, a bar called "no decision" says nothing: it is
    /// labelled by what happened (the stored category stays "no-decision").
    @Test func theNoDecisionChartSaysWhatHappened() throws {
        var patterns = state(F.team)
        let area = Rect(x: 0, y: 0, width: 80, height: 50)
        var screen = render(patterns, 80, 50).plainText
        for _ in 0..<12 where !screen.contains("Why buyers decided nothing") {
            patterns.apply(.nextSection, area: area)
            screen = render(patterns, 80, 50).plainText
        }
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let section = try #require(lines.firstIndex { $0.contains("Why buyers decided nothing") }, "\(screen)")
        let bars = lines[(section + 1)...].prefix { !$0.contains("gave a reason") }
        #expect(bars.contains { $0.hasPrefix("status quo / went dark") }, "\(screen)")
        #expect(!bars.contains { $0.hasPrefix("no decision") }, "\(screen)")
        #expect(F.team.deals.contains { $0.outcome == .noDecision && $0.reasons.contains { $0.category == .noDecision } })
    }

    /// Reports are kept by filter while the records stay the same: a change to the records must
    /// show in the next report, also for a filter whose report was kept.
    @Test func changedRecordsGiveANewReportEvenForAKeptFilter() throws {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        var patterns = state(F.team)
        let before = patterns.report
        for _ in 0..<6 { patterns.apply(.cyclePeriod, area: area) }  // round the periods back to all time
        #expect(patterns.filter.period == .all)
        #expect(patterns.report == before)

        // A lost deal turned into a win, and one completed review's flagged insights cleared.
        var deals = F.team.deals
        let lost = try #require(deals.firstIndex { $0.outcome == .lost })
        deals[lost].outcome = .won
        var reviews = F.team.reviews
        let flagged = try #require(reviews.firstIndex { $0.status == .completed && $0.answers.contains(where: \.insight) })
        for index in reviews[flagged].answers.indices { reviews[flagged].answers[index].insight = false }
        patterns.load(deals: deals, reviews: reviews)

        #expect(patterns.report.overall.wins == before.overall.wins + 1)
        #expect(patterns.report.overall.losses == before.overall.losses - 1)
        let flagsBefore = before.questions.reduce(0) { $0 + $1.flagged }
        let flagsAfter = patterns.report.questions.reduce(0) { $0 + $1.flagged }
        #expect(flagsAfter < flagsBefore)
        #expect(patterns.report == PatternsReport(deals: deals, reviews: reviews, filter: patterns.filter, today: F.asOf))
        #expect(render(patterns, 80, 24) != render(state(F.team), 80, 24), "what the user sees changes too")

        // Every period of the new records is worked out afresh, not taken from before the change.
        for _ in 0..<6 {
            patterns.apply(.cyclePeriod, area: area)
            #expect(patterns.report == PatternsReport(deals: deals, reviews: reviews, filter: patterns.filter, today: F.asOf))
        }
    }

    @Test func loadingTheSameRecordsAgainKeepsTheViewAsItWas() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        var patterns = state(F.team)
        patterns.apply(.pageDown, area: area)
        let scrolled = patterns
        // Equal records read again into new arrays, as a reload from disk gives them.
        patterns.load(deals: F.team.deals.map { $0 }, reviews: F.team.reviews.map { $0 })
        #expect(patterns.scroll == scrolled.scroll)
        #expect(patterns.report == scrolled.report)
    }
}

