import DebriefCore
import DebriefUI
import Foundation
import Testing

/// A factor added in a hurry is recorded as the rep's belief, never as fact (#17 item 8).
@Suite("Factor form, headless")
struct FactorFormHeadlessTests {
    @Test("Enter on a new factor records the rep's belief, so it does not count as backed by fact")
    func evidenceDefaultsToTheWeakest() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter")
        var screen = app.type("M-f")
        #expect(screen.contains("Add a factor") && screen.contains("rep's belief"), "\(screen)")
        app.typeText("Champion said the pilot sold it")
        screen = app.type("Enter")
        #expect(!screen.contains("Add a factor"), "\(screen)")
        app.type("M-q")

        let review = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(review.factors.map(\.evidence) == [.repBelief])
        #expect(ReviewSummary(review).factorsBackedByFact == 0)
    }
}
