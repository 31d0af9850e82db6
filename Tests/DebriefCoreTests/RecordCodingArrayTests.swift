@testable import DebriefCore
import Foundation
import Testing

/// Lists of records (`deals --json`, `reviews --json`, the JSON exports) are encoded record by
/// record and indented; the bytes must be exactly JSONEncoder's for the whole array.
@Suite struct RecordCodingArrayTests {
    @Test func generatedDealListsAreJSONEncodersBytes() throws {
        var random = SeededRandom(seed: 0xA77A7)
        for count in [0, 1, 2, 7, 300] {
            let deals = (0..<count).map { _ in RecordCodingDealTests.randomDeal(&random) }
            let fast = try RecordCoding.encode(deals)
            let reference = try RecordCoding.encodeWithFoundation(deals)
            #expect(fast == reference, "\(count) deals differ")
        }
    }

    @Test func generatedReviewListsAreJSONEncodersBytes() throws {
        var random = SeededRandom(seed: 0x4E71E)
        for count in [0, 1, 3, 120] {
            let reviews = (0..<count).map { _ in FastDecodingReviews.randomReview(&random) }
            let fast = try RecordCoding.encode(reviews)
            let reference = try RecordCoding.encodeWithFoundation(reviews)
            #expect(fast == reference, "\(count) reviews differ")
        }
    }
}
