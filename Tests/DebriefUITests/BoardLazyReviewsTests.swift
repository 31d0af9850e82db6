@testable import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The board's first frame is built from review summaries (deal, status, id) out of the record
/// index, without decoding whole reviews; it must be the very frame built from the whole reviews.
@Suite struct BoardLazyReviewsTests {
    static let today = Day(iso: "2026-11-28")!

    private func app(_ data: AppData) -> AppState {
        AppState(width: 120, height: 40, theme: .fallback, dataLabel: "test", data: data, today: Self.today)
    }

    @Test func theBoardFromReviewSummariesIsTheBoardFromWholeReviews() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-lazy-board-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = dir.appendingPathComponent("data")
        try DemoTeam(.init(deals: 300, reviews: 150, seed: 9, asOf: Self.today)).write(to: data)
        var index = RecordIndex(dataDirectory: data, cacheDirectory: dir.appendingPathComponent("cache"))
        index.settleNanoseconds = 0
        let store = RecordStore(root: data)
        _ = index.load(from: store)
        let warm = index.load(from: store)
        var summarised = AppData(deals: warm.deals)
        summarised.loadedReviews = warm.loadedReviews
        let whole = AppData(deals: store.loadAll(Deal.self).records, reviews: store.loadAll(Review.self).records)

        var lazy = app(summarised), eager = app(whole)
        #expect(DebriefApp.render(lazy).plainText == DebriefApp.render(eager).plainText)
        #expect(!lazy.data.loadedReviews.isDecoded, "the first frame needs no whole review")
        #expect(lazy.board.index.reviewStatus == eager.board.index.reviewStatus)
        #expect(lazy.board.index.openReviewID == eager.board.index.openReviewID)
        // Every period, then a deal's facts and reviews (which need the whole reviews).
        for key in ["p", "p", "p", "p", "p", "j", "j", "i"] {
            _ = DebriefApp.update(&lazy, .key(.char(Character(key))))
            _ = DebriefApp.update(&eager, .key(.char(Character(key))))
            #expect(DebriefApp.render(lazy).plainText == DebriefApp.render(eager).plainText, "after \(key)")
        }
        #expect(lazy.data.loadedReviews.isDecoded, "the deal's reviews were shown")
    }
}
