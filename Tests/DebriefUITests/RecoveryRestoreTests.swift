import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Restoring recovered text")
struct RecoveryRestoreTests {
    @Test func aReviewNeverSavedIsRecreatedForTheDealItsJournalNames() throws {
        let today = Day(iso: "2026-11-28") ?? Day.today()
        let team = DemoTeam(.init(deals: 4, reviews: 0, seed: 7, asOf: today))
        let deal = try #require(team.deals.last)
        var state = AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data",
                             data: AppData(deals: team.deals), today: today)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        state.lastTick = now
        let question = try #require(ReviewStarter.newReview(for: deal, existing: [], questions: state.data.questions, manager: "M", now: now).answers.first)
        // The review id does not name the deal (no "<deal>-r<n>" to take apart): only the journal does.
        let edit = JournalEdit(reviewID: "imported-42", dealID: deal.id, field: .notes(questionID: question.questionId),
                               text: "typed before the crash", baseRevision: 0, time: now)
        let pending = PendingReviewEdits(reviewID: "imported-42", dealID: deal.id, file: URL(fileURLWithPath: "/state/j.djournal"),
                                         edits: [edit], hadDamagedTail: false)
        state.recoveryOffers = RecoveryOffer.offers(from: [pending], reviews: [])
        state.overlay = .recovery

        let effects = KeyScript.parse("r").flatMap { DebriefApp.update(&state, .key($0)) }
        guard case .saveReview(let review, let base)? = effects.first else {
            Issue.record("expected the restored review to be saved, got \(effects)")
            return
        }
        #expect(base == nil)
        #expect(review.id == "imported-42" && review.dealId == deal.id)
        #expect(review.answers.first?.notes == "typed before the crash")
        #expect(DebriefApp.render(state).plainText.contains("Restored the text typed in imported-42"))
    }
}

/// At 80 columns the recovered text and the one on disk must not look the same when they differ
/// only past the width (#17 item 10): both are shown from a little before where they part.
@Suite("Recovery dialog at 80 columns")
struct RecoveryDialogWidthTests {
    @Test func textsThatDifferPastTheWidthLookDifferent() throws {
        let today = Day(iso: "2026-11-28") ?? Day.today()
        let team = DemoTeam(.init(deals: 4, reviews: 0, seed: 7, asOf: today))
        let deal = try #require(team.deals.last)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        var review = try ReviewStarter.newReview(for: deal, existing: [], questions: QuestionBank(), manager: "M", now: now)
        let saved = "The champion was the CFO; she pushed the pilot through legal in two weeks and asked for a reference call"
        review.answers[0].notes = saved
        review.revision = 1
        var state = AppState(width: 80, height: 24, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data",
                             data: AppData(deals: team.deals, reviews: [review]), today: today)
        let edit = JournalEdit(reviewID: review.id, dealID: deal.id, field: .notes(questionID: review.answers[0].questionId),
                               text: saved + " with Bäckerei Müller", baseRevision: 1, time: now)
        let pending = PendingReviewEdits(reviewID: review.id, dealID: deal.id, file: URL(fileURLWithPath: "/state/j.djournal"),
                                         edits: [edit], hadDamagedTail: false)
        state.recoveryOffers = RecoveryOffer.offers(from: [pending], reviews: [review])
        state.overlay = .recovery
        let rows = DebriefApp.render(state).plainText.split(separator: "\n").map(String.init)
        let recovered = try #require(rows.first { $0.contains("recovered:") })
        let onDisk = try #require(rows.first { $0.contains("on disk:") })
        let strip = { (row: String) in row.replacingOccurrences(of: "recovered:", with: "").replacingOccurrences(of: "on disk:", with: "")
            .trimmingCharacters(in: CharacterSet(charactersIn: " ┃│")) }
        #expect(strip(recovered) != strip(onDisk), "\(rows.joined(separator: "\n"))")
        #expect(recovered.contains("Bäckerei Müller"), "\(recovered)")
    }
}
