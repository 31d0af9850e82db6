import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// A change to the data while an archive view shows: the view shown is brought up to date at once
/// (the queue by the reviews that changed, in place), the others when they are next shown, and
/// every screen then reads as if it had been built from the new data.
@Suite("Archive views after a data change")
struct ArchiveFreshnessTests {
    typealias F = ArchiveFixtures

    func app(_ reviews: [Review] = F.team.reviews) -> AppState {
        var state = AppState(width: 120, height: 40, theme: F.theme, dataLabel: "/data", today: F.asOf)
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: reviews, curation: .empty)))
        return state
    }

    func text(_ state: AppState) -> String { DebriefApp.render(state).plainText }

    /// The view drawn from an app that loaded `reviews` from the start.
    func freshScreen(_ reviews: [Review], keys: String) -> String {
        var state = app(reviews)
        for key in F.keys(keys) { _ = DebriefApp.update(&state, .key(key)) }
        return text(state)
    }

    /// The open review of the queue's first deal that has one, completed elsewhere.
    func completedElsewhere(_ state: AppState) throws -> (review: Review, account: String) {
        let entry = try #require(state.archive.queue.entries.first { $0.reviewId != nil })
        var review = try #require(state.data.reviews.first { $0.id == entry.reviewId })
        review.status = .completed
        review.completedAt = F.asOf.startDate
        review.revision += 1
        return (review, entry.account)
    }

    func replacing(_ review: Review, in reviews: [Review]) -> [Review] {
        reviews.map { $0.id == review.id ? review : $0 }
    }

    @Test func aReviewSavedElsewhereLeavesTheQueueOnScreenAtOnce() throws {
        var state = app()
        _ = DebriefApp.update(&state, .key(.char("6")))
        let (review, _) = try completedElsewhere(state)
        let before = text(state)
        #expect(before.contains("\(state.archive.queue.count) closed deals without a completed review"))
        _ = DebriefApp.update(&state, .reviewSaved(ReviewSaver.Outcome(saved: review, overlaps: [], mergedOtherSession: true)))
        let after = text(state)
        #expect(after != before)
        #expect(after.contains("\(state.archive.queue.count) closed deals without a completed review"))
        #expect(!state.archive.queue.entries.contains { $0.dealId == review.dealId }, "a reviewed deal leaves the queue")
        #expect(after == freshScreen(state.data.reviews, keys: "6"), "the queue reads as if built from the new data")
        #expect(state.archive.queue.desk.knowsTheSame(as: CoachDesk(deals: state.data.deals, reviews: state.data.reviews, today: F.asOf)))
        #expect(state.staleArchive.isSuperset(of: [.reviews, .actions, .playbook, .patterns]), "the views not shown wait until shown")
    }

    @Test func aReloadThatBringsAChangedReviewReachesTheQueueAndTheOtherViews() throws {
        var state = app()
        _ = DebriefApp.update(&state, .key(.char("6")))
        let (review, _) = try completedElsewhere(state)
        let reviews = replacing(review, in: state.data.reviews)
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: reviews, curation: .empty)))
        #expect(text(state) == freshScreen(reviews, keys: "6"))
        // The other views, shown after the change, are built from it.
        for view in ["2", "3", "4", "5"] {
            _ = DebriefApp.update(&state, .key(.char(Character(view))))
            #expect(text(state) == freshScreen(reviews, keys: view), "view \(view)")
        }
    }

    @Test func aChangeWhileTheReviewsShowRebuildsThemAndTheQueueWhenShown() throws {
        var state = app()
        _ = DebriefApp.update(&state, .key(.char("6")))
        let (review, _) = try completedElsewhere(state)
        _ = DebriefApp.update(&state, .key(.char("2")))
        _ = DebriefApp.update(&state, .reviewSaved(ReviewSaver.Outcome(saved: review, overlaps: [], mergedOtherSession: true)))
        let reviews = state.data.reviews
        // The completed review is now the newest, above the one selected, which stays selected.
        #expect(text(state) == freshScreen(reviews, keys: "2 j"))
        #expect(state.staleArchive.contains(.patterns) && !state.staleArchive.contains(.reviews))
        _ = DebriefApp.update(&state, .key(.char("6")))
        #expect(text(state) == freshScreen(reviews, keys: "6"), "the queue takes the review saved while it was not shown")
    }

    @Test func aReloadThatDropsAReviewBuildsTheQueueAgain() throws {
        var state = app()
        _ = DebriefApp.update(&state, .key(.char("6")))
        let fewer = Array(state.data.reviews.dropFirst(5))
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: fewer, curation: .empty)))
        #expect(text(state) == freshScreen(fewer, keys: "6"))
    }

    @Test func theBriefOverTheQueueShowsAnItemTickedElsewhere() throws {
        var state = app()
        _ = DebriefApp.update(&state, .key(.char("6")))
        // A deal whose brief lists open items, selected, its brief open.
        let row = try #require(state.archive.queue.entries.firstIndex { entry in
            !(CoachDesk(deals: F.team.deals, reviews: F.team.reviews, today: F.asOf).brief(dealID: entry.dealId)?.openItems.isEmpty ?? true)
        })
        for _ in 0..<row { _ = DebriefApp.update(&state, .key(.char("j"))) }
        _ = DebriefApp.update(&state, .key(.char("b")))
        let item = try #require(state.archive.queue.brief?.brief.openItems.first)
        let before = text(state)
        var review = try #require(state.data.reviews.first { $0.id == item.reviewId })
        let index = try #require(review.actionItems.firstIndex { $0.id == item.itemId })
        review.actionItems[index].setDone(true, on: F.asOf)
        review.revision += 1
        _ = DebriefApp.update(&state, .reviewSaved(ReviewSaver.Outcome(saved: review, overlaps: [], mergedOtherSession: true)))
        // The item is done: the brief, made again, no longer lists it among the open ones.
        let after = text(state)
        #expect(after.components(separatedBy: "[ ] ").count == before.components(separatedBy: "[ ] ").count - 1, "\(after)")
        #expect(state.archive.queue.brief?.brief.openItems.contains { $0.itemId == item.itemId && $0.reviewId == item.reviewId } == false)
    }
}
