import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Enter on a board deal: a completed review opens on its summary, a second review is an explicit
/// `n` there, and a review nothing was typed into is never written.
@Suite("Board Enter: completed reviews and untouched new ones")
struct BoardEnterReviewTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 1, asOf: today))

    func state() -> AppState {
        AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                 data: AppData(deals: Self.team.deals, reviews: Self.team.reviews), today: Self.today)
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    /// A deal on the board whose only reviews are completed, selected.
    func selectDealWithOnlyCompletedReviews(_ s: inout AppState) throws -> (Deal, Review) {
        let reviews = s.data.reviews
        let deal = try #require(s.board.won.map { s.board.index.deals[$0] }.first { deal in
            let mine = reviews.filter { $0.dealId == deal.id }
            return !mine.isEmpty && mine.allSatisfy { $0.status == .completed }
        })
        s.board.select(dealID: deal.id)
        let completed = try #require(reviews.first { $0.dealId == deal.id })
        return (deal, completed)
    }

    func saves(_ effects: [Effect]) -> [Review] {
        effects.compactMap { if case .saveReview(let review, _) = $0 { review } else { nil } }
    }

    @Test func enterOnACompletedReviewOpensItsSummaryAndQWritesNothing() throws {
        var s = state()
        let (_, completed) = try selectDealWithOnlyCompletedReviews(&s)
        #expect(send("Enter", to: &s).isEmpty)
        let session = try #require(s.session)
        #expect(session.review.id == completed.id)
        #expect(session.screen == .summary)
        let screen = DebriefApp.render(s).plainText
        #expect(screen.contains("Summary — review completed"))
        #expect(screen.contains("[n] new review"))
        #expect(saves(send("q", to: &s)).isEmpty)
        #expect(s.session == nil)
        #expect(s.data.reviews == Self.team.reviews, "nothing new in the app's data")
        _ = send("Enter", to: &s)
        #expect(s.session?.review.id == completed.id, "the completed review is still what Enter opens")
    }

    @Test func nInTheSummaryStartsASecondReviewWrittenOnlyOnceTyped() throws {
        var s = state()
        let (deal, completed) = try selectDealWithOnlyCompletedReviews(&s)
        _ = send("Enter", to: &s)
        #expect(send("n", to: &s).isEmpty)
        let fresh = try #require(s.session)
        #expect(fresh.review.id != completed.id && fresh.review.dealId == deal.id)
        #expect(fresh.review.status == .scheduled && fresh.screen == .questions)
        #expect(fresh.saveStatus == .new)
        #expect(DebriefApp.render(s).plainText.contains("○ new"))
        // Leaving without typing writes nothing and leaves the board as it was.
        #expect(saves(send("M-q", to: &s)).isEmpty)
        #expect(!s.data.reviews.contains { $0.id == fresh.review.id })
        // Typing something is what makes the review real.
        _ = send("Enter n Enter N o t e Escape", to: &s)
        let written = saves(send("M-q", to: &s))
        #expect(written.count == 1 && written.first?.answers[0].notes == "Note")
        #expect(written.first?.dealId == deal.id && written.first?.id != completed.id)
    }

    @Test func nOnAnOpenReviewIsRefusedWithAReason() throws {
        var s = state()
        _ = send("Enter", to: &s)
        let session = try #require(s.session)
        #expect(session.review.status.isOpen)
        _ = send("M-S n", to: &s)
        #expect(s.session?.review.id == session.review.id)
        #expect(s.notice?.text.contains("still open") == true)
        #expect(!DebriefApp.render(s).plainText.contains("[n] new review"))
    }

    @Test func aNewReviewLeftUntouchedIsNotWritten() throws {
        var s = state()
        let deal = try #require(s.board.selectedDeal)
        #expect(!s.data.reviews.contains { $0.dealId == deal.id })
        _ = send("Enter", to: &s)
        #expect(s.session?.saveStatus == .new)
        let effects = send("Down Down Up M-q", to: &s)
        #expect(saves(effects).isEmpty, "got \(effects)")
        #expect(!s.data.reviews.contains { $0.dealId == deal.id })
        #expect(saves(send("Enter C-c", to: &s)).isEmpty, "nor on Ctrl-C")
    }
}
