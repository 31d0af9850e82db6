@testable import DebriefCore
import Foundation
import Testing

/// Reviews have an encoder of their own (`reviews --json` and the exports encode thousands). Files
/// and listings must not change by a byte because of it: the same review written by it and by
/// JSONEncoder with the record settings are the same bytes, for every shape and hostile text.
@Suite struct RecordCodingReviewTests {
    @Test func manyGeneratedReviewsEncodeToTheSameBytesAsJSONEncoder() throws {
        var random = SeededRandom(seed: 0x5E55_1011)
        for index in 0..<300 {
            let review = FastDecodingReviews.randomReview(&random)
            let fast = RecordCoding.encodeReview(review)
            let reference = try RecordCoding.encodeWithFoundation(review)
            #expect(fast == reference, "review \(index) differs:\n\(String(decoding: fast, as: UTF8.self))\nJSONEncoder:\n\(String(decoding: reference, as: UTF8.self))")
            if fast != reference { return }
        }
    }

    @Test func aReviewWithEverythingInItAndOneWithNothing() throws {
        let question = Question(id: "q1", theme: .story, wording: "What happened?", hint: "think", inPrep: true)
        let full = Review(
            id: "r1", dealId: "d1", kind: .win, status: .completed, manager: "M", rep: "R", questionSetId: "default",
            scheduledFor: Day(iso: "2026-10-01"), createdAt: Date(timeIntervalSince1970: 1_790_000_000),
            startedAt: Date(timeIntervalSince1970: 1_790_000_100), completedAt: Date(timeIntervalSince1970: 1_790_003_600),
            plannedMinutes: 45, answers: [Answer(question: question, prepAnswer: "p", notes: "n\nline", insight: true)],
            factors: [Factor(id: "f1", effect: .success, cause: .repAction, evidence: .buyerSaid, text: "t")],
            practices: [BestPractice(id: "p1", title: "T", detail: "D")], fineTuning: [FineTuningPoint(id: "ft", text: "x")],
            signals: [QualificationSignal(id: "s1", sign: .bad, text: "s", present: false)],
            actionItems: [ActionItem(id: "a1", text: "do", owner: "o", due: Day(iso: "2026-11-01"), done: true)],
            summary: "sum", updatedAt: Date(timeIntervalSince1970: 1_790_003_700), revision: 3, spentSeconds: 1800)
        let empty = Review(id: "r2", dealId: "d2", kind: .noDecision, manager: "", rep: "", questionSetId: "",
                           createdAt: Date(timeIntervalSince1970: 0))
        for review in [full, empty] {
            #expect(RecordCoding.encodeReview(review) == (try RecordCoding.encodeWithFoundation(review)))
        }
    }
}
