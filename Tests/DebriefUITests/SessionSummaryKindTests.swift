import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The summary is headed for what the deal was (#17 item 7): a no-decision deal's review says so,
/// even when its file is an older one that filed it as a loss, and only a win is "even though we won".
@Suite("Session summary: headed for the deal's outcome")
struct SessionSummaryKindTests {
    private func summaryText(outcome: Outcome, storedKind: ReviewKind) -> String {
        var deal = SessionUIFixtures.deal
        deal.outcome = outcome
        var review = SessionUIFixtures.review()
        review.kind = storedKind
        var state = SessionState(review: review, deal: deal, saved: review, sessionTag: "t1", now: SessionUIFixtures.t0)
        state.resize(width: 120, height: 60)
        _ = state.handle(.alt("F"), at: SessionUIFixtures.t0)
        _ = state.handle(.char("y"), at: SessionUIFixtures.t0)
        #expect(state.screen == .summary)
        return SessionUIFixtures.draw(state, width: 120, height: 60).plainText
    }

    @Test("a no-decision deal filed as loss by an older file")
    func noDecision() {
        let text = summaryText(outcome: .noDecision, storedKind: .loss)
        #expect(text.contains("No-decision review ·"), "\(text)")
        #expect(!text.contains("Loss review") && !text.contains("EVEN THOUGH WE WON"), "\(text)")
        #expect(text.contains("FINE-TUNING: WHAT WE WOULD DO TO GET A DECISION NEXT TIME"), "\(text)")
    }

    @Test("a lost deal")
    func lost() {
        let text = summaryText(outcome: .lost, storedKind: .loss)
        #expect(text.contains("Loss review ·") && !text.contains("EVEN THOUGH WE WON"), "\(text)")
    }

    @Test("a won deal keeps the article's question")
    func won() {
        let text = summaryText(outcome: .won, storedKind: .win)
        #expect(text.contains("Win review ·") && text.contains("EVEN THOUGH WE WON"), "\(text)")
    }
}
