import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// A review save that fails on the disk (full, or an I/O error) must not lose what was typed: the
/// text stays in the session, the manager is told why, and the next save tries again with it.
@Suite struct FaultReviewSaveFailureTests {
    let t0 = SessionUIFixtures.t0

    static func saves(_ requests: [SessionRequest]) -> [Review] {
        requests.compactMap { if case .save(let review, _) = $0 { review } else { nil } }
    }

    @Test func aFailedSaveKeepsTheTypedTextShowsWhyAndSavesItAgain() throws {
        let review = SessionUIFixtures.review()
        var state = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "m1", now: t0)
        state.resize(width: 100, height: 30)
        state.select(0)
        _ = state.handle(.enter, at: t0)
        for character in "Full disk" { _ = state.handle(.char(character), at: t0) }
        let leaving = state.handle(.escape, at: t0.addingTimeInterval(1))
        let attempted = try #require(Self.saves(leaving).first, "leaving the note should save it")
        #expect(attempted.answers[0].notes.hasSuffix("Full disk"))

        let failure = DurableFile.Failure.system(path: "/data/reviews/r.json.lock", operation: "write", code: ENOSPC)
        state.saveFailed(failure.description)

        #expect(state.review.answers[0].notes.hasSuffix("Full disk"))
        #expect(state.notice?.text.contains("Not saved") == true)
        #expect(state.notice?.text.contains("No space left on device") == true)
        let screen = SessionUIFixtures.draw(state, width: 100, height: 30).plainText
        // The screen says so: the notice (as wide as the terminal allows) and the unsaved marker.
        #expect(screen.contains("Not saved") || screen.contains("unsaved"), "\(screen)")

        // The autosave tries again with the same text.
        let retried = state.tick(t0.addingTimeInterval(10))
        let again = try #require(Self.saves(retried).first, "the text was not saved again")
        #expect(again.answers[0].notes.hasSuffix("Full disk"))
    }
}
