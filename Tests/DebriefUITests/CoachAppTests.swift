import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The coach's desk in the app: the queue view from the board, scheduling from it, the brief over
/// the queue and beside a session's questions, ticking items off, and a rep's quarters in Patterns.
@Suite("Coach's desk in the app")
struct CoachAppTests {
    typealias F = ArchiveFixtures

    func app(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(width: width, height: height, theme: F.theme, dataLabel: "/data", today: F.asOf)
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: F.team.reviews, curation: .empty)))
        return state
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        F.keys(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    func text(_ state: AppState) -> String { DebriefApp.render(state).plainText }

    @Test("golden: the queue at 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func queueGolden(width: Int, height: Int) {
        var state = app(width: width, height: height)
        _ = send("w", to: &state)
        #expect(state.view == .queue)
        assertGolden(DebriefApp.render(state), named: "queue-\(width)x\(height)")
    }

    @Test("golden: the brief over the queue at 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func briefGolden(width: Int, height: Int) {
        var state = app(width: width, height: height)
        _ = send("6 b", to: &state)
        #expect(state.archive.queue.brief != nil)
        assertGolden(DebriefApp.render(state), named: "queue-brief-\(width)x\(height)")
    }

    @Test("golden: the brief beside a session's questions at 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func sessionBriefGolden(width: Int, height: Int) throws {
        var state = app(width: width, height: height)
        _ = send("6", to: &state)
        let dealID = try #require(state.archive.queue.selectedEntry?.dealId)
        let deal = try #require(F.team.deals.first { $0.id == dealID })
        _ = DebriefApp.openSession(for: deal, &state)
        _ = send("F2", to: &state)
        assertGolden(DebriefApp.render(state), named: "session-brief-\(width)x\(height)")
    }

    @Test func theBoardHeaderPointsAtTheQueueAndTheQueueHasOnlyUnreviewedDeals() {
        var state = app(width: 120, height: 40)
        // The header names the queue's key where it fits, and the status bar does.
        #expect(text(state).contains("w queue"))
        _ = send("w", to: &state)
        let reviewed = Set(F.team.reviews.filter { $0.status == .completed }.map(\.dealId))
        #expect(state.archive.queue.entries.count == F.team.deals.count - reviewed.count)
        #expect(state.archive.queue.entries.allSatisfy { !reviewed.contains($0.dealId) })
        #expect(state.archive.queue.entries.first?.outcome == .won)
        #expect(text(state).contains("What to review next · \(state.archive.queue.entries.count) closed deals without a completed review"))
    }

    @Test func schedulingFromTheQueueSetsTheReviewDate() throws {
        var state = app()
        _ = send("w j", to: &state)
        let entry = try #require(state.archive.queue.selectedEntry)
        #expect(send("s", to: &state).isEmpty)
        #expect(text(state).contains("Schedule the review of"))
        // A bad date is refused on screen, and nothing is saved.
        _ = send("BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace", to: &state)
        #expect(send("x y Enter", to: &state).isEmpty)
        #expect(text(state).contains("Type a date as YYYY-MM-DD"))
        _ = send("BSpace BSpace", to: &state)
        for character in "2026-12-09" { _ = DebriefApp.update(&state, .key(.char(character))) }
        let effects = send("Enter", to: &state)
        guard case .saveReview(let review, _)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(review.dealId == entry.dealId)
        #expect(review.scheduledFor == Day(iso: "2026-12-09"))
        #expect(state.archive.queue.entries.first { $0.dealId == entry.dealId }?.scheduledFor == Day(iso: "2026-12-09"))
        #expect(text(state).contains("scheduled for 2026-12-09"))
    }

    @Test func f2ShowsTheBriefBesideTheQuestionsAndTicksAnItemOff() throws {
        // A deal whose rep has open items from earlier reviews.
        var state = app(width: 120, height: 40)
        let desk = CoachDesk(deals: F.team.deals, reviews: F.team.reviews, today: F.asOf)
        let dealID = try #require(state.board.index.deals.first { deal in
            !(desk.brief(dealID: deal.id)?.openItems.isEmpty ?? true)
        }?.id)
        let deal = try #require(F.team.deals.first { $0.id == dealID })
        _ = DebriefApp.openSession(for: deal, &state)
        #expect(state.session != nil)
        _ = send("F2", to: &state)
        let pane = try #require(state.sessionBrief)
        let screen = text(state)
        #expect(screen.contains("Brief · "))
        #expect(screen.contains("open action items"))
        #expect(screen.contains("Questions") || screen.contains("question"), "the questions stay beside it")
        // The first selectable line is the first open item: x ticks it off and saves its review.
        let first = try #require(pane.brief.openItems.first)
        let effects = send("x", to: &state)
        guard case .saveReview(let saved, _)? = effects.first else {
            Issue.record("no save: \(effects)")
            return
        }
        #expect(saved.id == first.reviewId)
        #expect(saved.actionItems.first { $0.id == first.itemId }?.done == true)
        #expect(text(state).contains("[x] \(first.text.prefix(20))"))
        _ = send("Escape", to: &state)
        #expect(state.sessionBrief == nil)
        #expect(state.session != nil, "Esc closes the brief, not the session")
    }

    @Test func aSimilarDealOpensReadOnlyInThePane() throws {
        var state = app(width: 120, height: 40)
        _ = send("6 b", to: &state)
        let pane = try #require(state.archive.queue.brief)
        let similar = try #require((pane.brief.similarWon + pane.brief.similarLost).first)
        // Move to the first similar deal (after the open items).
        for _ in 0..<pane.brief.openItems.count { _ = send("j", to: &state) }
        _ = send("Enter", to: &state)
        #expect(state.archive.queue.brief?.reading != nil)
        #expect(text(state).contains("Read-only: \(similar.account)"))
        _ = send("Escape", to: &state)
        #expect(state.archive.queue.brief?.reading == nil)
        #expect(state.archive.queue.brief != nil)
    }

    @Test func patternsShowsARepsQuartersWhenNarrowedToTheRep() {
        var state = app(width: 120, height: 40)
        _ = send("5 r", to: &state)
        let rep = state.archive.patterns.filter.rep ?? "?"
        let screen = text(state)
        #expect(screen.contains("Progress of \(rep) by quarter"))
        #expect(screen.contains("Win rate"))
        #expect(state.archive.patterns.repProgress?.quarters.isEmpty == false)
    }
}
