@testable import DebriefCore
import Foundation
import PropertyBased
import Testing

/// The fast record decoder on damaged deal and review files: it gives nil or exactly what the
/// general path (JSONDecoder) gives, never another value, and never crashes.
@Suite struct RecordFastDecodingFuzzTests {
    @Test func damagedDealsAndReviewsGiveNilOrTheGeneralPathsValue() async {
        let files = ValidInputs.deals.map { (true, $0) } + ValidInputs.reviews.map { (false, $0) }
        #expect(files.count >= 8, "the demo team gives deals and reviews to damage")
        await propertyCheck(count: FuzzBudget.cases(1000), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let (isDeal, original) = files[random.below(files.count)]
            let damaged = Data(random.mutate([UInt8](original)))
            if isDeal { Self.check(Deal.self, damaged) } else { Self.check(Review.self, damaged) }
        }
    }

    @Test func undamagedDemoFilesTakeTheFastPath() {
        for file in ValidInputs.deals { #expect(RecordFastDecoding.decode(Deal.self, from: file) != nil) }
        for file in ValidInputs.reviews { #expect(RecordFastDecoding.decode(Review.self, from: file) != nil) }
    }

    static func check<R: StoredRecord & Equatable>(_ type: R.Type, _ bytes: Data) {
        guard let fast = RecordFastDecoding.decode(R.self, from: bytes) else { return }
        let general = RecordDecoding.decode(R.self, currentVersion: R.currentSchemaVersion, version: \.schemaVersion, from: bytes, path: "fuzz.json")
        guard case .success(let reference) = general else {
            Issue.record("the fast path took a file the general path refuses (\(general)): \(ClearRefusal.preview([UInt8](bytes)))")
            return
        }
        let sameBytes = (try? RecordCoding.encodeWithFoundation(fast)) == (try? RecordCoding.encodeWithFoundation(reference))
        #expect(fast == reference && sameBytes, "\(ClearRefusal.preview([UInt8](bytes)))")
    }
}
