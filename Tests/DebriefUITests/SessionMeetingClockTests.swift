import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The session clock shows the time actually spent in the review, added up over every sitting and
/// stored as `spentSeconds` (#17 item 4); never the wall time since the review was first started.
@Suite("Session clock: time spent, over every sitting")
struct SessionMeetingClockTests {
    let t0 = SessionUIFixtures.t0

    /// Ticks once a second from `start` for `seconds`, as the app does.
    private func run(_ state: inout SessionState, from start: Date, seconds: Int) -> [SessionRequest] {
        var requests: [SessionRequest] = []
        for second in stride(from: 1, through: seconds, by: 1) { requests += state.tick(start.addingTimeInterval(Double(second))) }
        return requests
    }

    @Test func aReviewResumedDaysLaterAddsThisSittingToWhatItRecorded() {
        var review = SessionUIFixtures.review()  // started at t0
        review.spentSeconds = 600
        let opened = t0.addingTimeInterval(15 * 86_400)
        var state = SessionState(review: review, deal: SessionUIFixtures.deal, saved: review, sessionTag: "c1", now: opened)
        state.resize(width: 80, height: 24)
        #expect(state.clockText == "10:00 / 30:00")
        _ = run(&state, from: opened, seconds: 125)
        #expect(state.clockText == "12:05 / 30:00")
        #expect(!state.isOverPlannedTime)
        let header = SessionUIFixtures.draw(state, width: 80, height: 24).text(ofRow: 0)
        #expect(header.contains("12:05 / 30:00") && header.contains("Café Zürich AG — POS"), "got \(header)")
        _ = run(&state, from: opened.addingTimeInterval(125), seconds: 20 * 60)
        #expect(state.isOverPlannedTime)
    }

    @Test func anOlderFileWithoutSpentTimeCountsOnlyThisSitting() {
        let review = SessionUIFixtures.review()  // started at t0, no spentSeconds
        let opened = t0.addingTimeInterval(28 * 86_400)
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: opened)
        _ = run(&state, from: opened, seconds: 3)
        #expect(state.clockText == "00:03 / 30:00")
    }

    @Test func aNewReviewCountsFromItsFirstNote() {
        var review = SessionUIFixtures.review()
        review.startedAt = nil
        review.status = .scheduled
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: t0)
        _ = run(&state, from: t0, seconds: 60)
        #expect(state.clockText == "00:00 / 30:00")
        _ = state.handle(.enter, at: t0.addingTimeInterval(60))
        _ = state.handle(.char("x"), at: t0.addingTimeInterval(60))
        _ = run(&state, from: t0.addingTimeInterval(60), seconds: 30)
        #expect(state.clockText == "00:30 / 30:00")
    }

    @Test func aClosedLidIsNotMeetingTime() {
        let review = SessionUIFixtures.review()
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: t0)
        _ = run(&state, from: t0, seconds: 10)
        // The laptop slept for two hours: the next tick comes long after the last.
        _ = state.tick(t0.addingTimeInterval(10 + 7200))
        _ = run(&state, from: t0.addingTimeInterval(10 + 7200), seconds: 5)
        #expect(state.clockText == "00:15 / 30:00")
    }

    @Test func savesCarryTheTimeSpentAndFinishingStopsTheClock() throws {
        var review = SessionUIFixtures.review()
        review.spentSeconds = 100
        let opened = t0.addingTimeInterval(86_400)
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: opened)
        // Talking without typing does not write the file every second...
        #expect(run(&state, from: opened, seconds: 590).isEmpty)
        _ = state.handle(.alt("F"), at: opened.addingTimeInterval(600))
        let requests = state.handle(.char("y"), at: opened.addingTimeInterval(600))
        // ...but the save that finishing makes carries it, added to what was recorded.
        let saved = try #require(requests.compactMap { request -> Review? in
            if case .save(let review, _) = request { return review } else { return nil }
        }.last)
        #expect(saved.spentSeconds == 700)
        _ = run(&state, from: opened.addingTimeInterval(600), seconds: 300)
        #expect(state.clockText == "11:40 / 30:00")

        var completed = SessionUIFixtures.review()
        completed.finish(at: t0.addingTimeInterval(30 * 86_400))  // wall time: a month
        completed.spentSeconds = 1_500
        let later = SessionState(review: completed, deal: nil, saved: completed, sessionTag: "c2", now: t0.addingTimeInterval(40 * 86_400))
        #expect(later.clockText == "25:00 / 30:00")
    }

    @Test func leavingWithoutTypingStillSavesTheTimeSpent() throws {
        let review = SessionUIFixtures.review()
        var state = SessionState(review: review, deal: nil, saved: review, sessionTag: "c1", now: t0)
        _ = run(&state, from: t0, seconds: 42)
        let requests = state.perform(.back)
        let saved = try #require(requests.compactMap { request -> Review? in
            if case .save(let review, _) = request { return review } else { return nil }
        }.first)
        #expect(saved.spentSeconds == 42)
    }
}
