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

/// Restoring while the disk refuses the save: the reason is on screen, quitting asks, and the
/// restored text is saved by the retry once the disk is back.
@Suite("Crash recovery onto a failing disk, headless")
struct RecoveryOntoAFailingDiskHeadlessTests {
    @Test func aRestoreWhoseSaveFailsIsRetriedAndQuitAsksMeanwhile() throws {
        let first = try RecoveryChoiceHeadlessTests.crashedWithText("Typed before the crash")
        let second = HeadlessApp(reopening: first)
        let start = Date()
        #expect(second.events([.tick(start)]).contains("Unsaved text recovered"))
        let repair = try second.breakReviewsFolder()
        var screen = second.type("r")
        #expect(screen.contains("Review not saved"), "the failure is on screen:\n\(screen)")
        screen = second.type("q")
        #expect(!second.quit, "quit without asking:\n\(screen)")
        #expect(screen.contains("1 review is not saved"), "\(screen)")
        second.type("Escape")
        try repair()
        second.events([.tick(start.addingTimeInterval(6))])
        #expect(second.store.loadAll(Review.self).records.first?.answers.first?.notes == "Typed before the crash")
        second.type("q")
        #expect(second.quit)
    }
}

/// The two other answers to the recovery offer: `d` throws the text away for good, Esc asks again
/// at the next start; neither touches the saved review.
@Suite("Crash recovery, discard and later, headless")
struct RecoveryChoiceHeadlessTests {
    static func crashedWithText(_ text: String) throws -> HeadlessApp {
        let first = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        first.type("Enter Enter")
        first.typeText(text)
        return first
    }

    @Test func discardThrowsTheTextAwayForGood() throws {
        let first = try Self.crashedWithText("Typed, then thrown away")
        let second = HeadlessApp(reopening: first)
        #expect(second.type("").contains("Unsaved text recovered"))
        let screen = second.type("d")
        #expect(!screen.contains("Unsaved text recovered"))
        second.type("q")
        #expect(second.store.loadAll(Review.self).records.isEmpty, "discarding wrote the review")
        let third = HeadlessApp(reopening: second)
        #expect(!third.type("").contains("Unsaved text recovered"), "discarded text was offered again")
    }

    @Test func laterAsksAgainAtTheNextStart() throws {
        let first = try Self.crashedWithText("Typed, decided later")
        let second = HeadlessApp(reopening: first)
        #expect(second.type("").contains("Unsaved text recovered"))
        var screen = second.type("Escape")
        #expect(!screen.contains("Unsaved text recovered") && screen.contains("WON ("), "\(screen)")
        second.type("q")
        #expect(second.store.loadAll(Review.self).records.isEmpty, "deciding later wrote the review")
        let third = HeadlessApp(reopening: second)
        screen = third.type("")
        #expect(screen.contains("Unsaved text recovered") && screen.contains("decided later"), "\(screen)")
    }
}
