import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The session clock shows this meeting against the planned length, not the days since the review
/// was first started.
@Suite("Session clock: time in this meeting")
struct SessionMeetingClockTests {
    let t0 = SessionUIFixtures.t0

    @Test func aReviewResumedDaysLaterCountsFromThisMeeting() {
        let review = SessionUIFixtures.review()  // started at t0
        let opened = t0.addingTimeInterval(15 * 86_400)
        var state = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "c1", now: opened)
        state.resize(width: 80, height: 24)
        #expect(state.clockText == "00:00 / 30:00")
        _ = state.tick(opened.addingTimeInterval(125))
        #expect(state.clockText == "02:05 / 30:00")
        #expect(!state.isOverPlannedTime)
        let header = SessionUIFixtures.draw(state, width: 80, height: 24).text(ofRow: 0)
        #expect(header.contains("02:05 / 30:00") && header.contains("Café Zürich AG — POS"), "got \(header)")
        _ = state.tick(opened.addingTimeInterval(31 * 60))
        #expect(state.isOverPlannedTime)
    }

    @Test func aNewReviewCountsFromItsFirstNote() {
        var review = SessionUIFixtures.review()
        review.startedAt = nil
        review.status = .scheduled
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: t0)
        _ = state.tick(t0.addingTimeInterval(60))
        #expect(state.clockText == "00:00 / 30:00")
        _ = state.handle(.enter, at: t0.addingTimeInterval(60))
        _ = state.handle(.char("x"), at: t0.addingTimeInterval(60))
        _ = state.tick(t0.addingTimeInterval(90))
        #expect(state.clockText == "00:30 / 30:00")
    }

    @Test func finishingStopsTheClockAndAnEarlierCompletedReviewShowsItsRecordedLength() {
        let review = SessionUIFixtures.review()
        let opened = t0.addingTimeInterval(86_400)
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: opened)
        _ = state.handle(.char("F"), at: opened.addingTimeInterval(600))
        _ = state.handle(.char("y"), at: opened.addingTimeInterval(600))
        _ = state.tick(opened.addingTimeInterval(900))
        #expect(state.clockText == "10:00 / 30:00")

        var completed = SessionUIFixtures.review()
        completed.finish(at: t0.addingTimeInterval(1_500))
        let later = SessionState(review: completed, deal: nil, saved: completed, sessionTag: "c2", now: t0.addingTimeInterval(30 * 86_400))
        #expect(later.clockText == "25:00 / 30:00")
    }
}
