import DebriefCore
import DebriefUI
import Foundation
import Testing

/// Text typed and never saved comes back when the app starts again on the same folders: the
/// journal holds it, the recovery offer shows it, `r` saves it. (The kill -9 itself stays a tmux
/// test; here the first app simply never gets to save.)
@Suite("Crash recovery, headless")
struct RecoveryHeadlessTests {
    @Test func textTypedIntoAReviewNeverSavedIsOfferedBackAndRestored() throws {
        let text = "Buyer said the pilot — not the price — decided it: 決め手はパイロット"
        let first = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        var screen = first.type("Enter Enter")
        #expect(screen.contains("Question 1 of"))
        screen = first.typeText(text)
        #expect(screen.contains("パイロット"))
        // No tick came, so no save: the text is only in the journal.
        #expect(first.store.loadAll(Review.self).records.isEmpty)

        let second = HeadlessApp(reopening: first)
        screen = second.type("")
        #expect(screen.contains("Unsaved text recovered") && screen.contains("recovered: "), "\(screen)")
        screen = second.type("r")
        #expect(!screen.contains("Unsaved text recovered"))
        second.type("q")
        #expect(second.quit)
        let reviews = second.store.loadAll(Review.self)
        #expect(reviews.problems.isEmpty)
        let review = try #require(reviews.records.first)
        #expect(review.answers.first?.notes == text)
        #expect(second.state.data.deals.contains { $0.id == review.dealId })
    }
}
