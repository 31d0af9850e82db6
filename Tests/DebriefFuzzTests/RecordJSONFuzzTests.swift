@testable import DebriefCore
import Foundation
import PropertyBased
import Testing

/// Deal, review and question-set files as a teammate's git merge or a bad disk may leave them.
@Suite struct RecordJSONFuzzTests {
    static let readers = [InputReaders.deal, InputReaders.review, InputReaders.questionSet, InputReaders.pendingConflicts]

    @Test func randomBytesGiveAClearError() async {
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64(), Gen.int(in: 0...512)) { seed, length in
            var random = ByteMutator(seed: seed)
            let bytes = random.bytes(length)
            for reader in Self.readers {
                ClearRefusal.check(reader.read(Data(bytes)), from: reader, input: bytes)
            }
        }
    }

    @Test func damagedRecordsNeverDecodeFromBrokenJSON() async {
        let valid = ValidInputs.deals.map { (InputReaders.deal, $0) } + ValidInputs.reviews.map { (InputReaders.review, $0) }
            + ValidInputs.questionSets.map { (InputReaders.questionSet, $0) }
            + ValidInputs.pendingConflicts.map { (InputReaders.pendingConflicts, $0) }
        #expect(valid.count >= 8, "the demo team gives deals and reviews to damage")
        #expect(ValidInputs.pendingConflicts.count == 2, "both pending-conflict files encode")
        await propertyCheck(count: FuzzBudget.cases(300), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let (reader, original) = valid[random.below(valid.count)]
            let damaged = random.mutate([UInt8](original))
            let outcome = reader.read(Data(damaged))
            ClearRefusal.check(outcome, from: reader, input: damaged)
            // What decodes must be JSON: a torn or garbled file is never taken as a record.
            if outcome == .accepted, let failure = JSONSyntaxCheck.firstError(in: Data(damaged)) {
                Issue.record("\(reader.name) decoded broken JSON (\(failure.message)); input \(ClearRefusal.preview(damaged))")
            }
        }
    }

    @Test func aRecordCutShortNeverDecodes() {
        for original in ValidInputs.deals.prefix(2) + ValidInputs.reviews.prefix(2) {
            let bytes = [UInt8](original)
            let reader = ValidInputs.deals.contains(original) ? InputReaders.deal : InputReaders.review
            // Every cut that removes more than trailing whitespace.
            let lastVisible = bytes.lastIndex { ![0x20, 0x0A, 0x0D, 0x09].contains($0) } ?? 0
            for length in stride(from: 0, through: lastVisible, by: FuzzBudget.isLong ? 1 : 7) {
                let cut = Array(bytes[..<length])
                let outcome = reader.read(Data(cut))
                #expect(outcome != .accepted, "a record cut at byte \(length) of \(bytes.count) decoded")
                ClearRefusal.check(outcome, from: reader, input: cut)
            }
        }
    }

    /// A damaged file that still decodes must round-trip: what the app would save is what it read.
    @Test func whatDecodesSurvivesASave() async {
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let original = ValidInputs.deals[random.below(ValidInputs.deals.count)]
            let damaged = random.mutate([UInt8](original))
            guard case .success(let deal) = RecordDecoding.decode(Deal.self, from: Data(damaged), path: "fuzz.json") else { return }
            let saved = try RecordCoding.encode(deal)
            // Deals have a hand-written encoder; whatever a damaged file decodes to, it writes what JSONEncoder would.
            #expect(saved == (try RecordCoding.encodeWithFoundation(deal)), "\(ClearRefusal.preview(damaged))")
            guard case .success(let reread) = RecordDecoding.decode(Deal.self, from: saved, path: "fuzz.json") else {
                Issue.record("a decoded deal does not read back after saving: \(ClearRefusal.preview(damaged))")
                return
            }
            // Timestamps are written to the whole second, so a hand-edited "…:05.5Z" reads back as "…:05Z".
            var wholeSeconds = deal
            wholeSeconds.updatedAt = deal.updatedAt.map { Date(timeIntervalSince1970: $0.timeIntervalSince1970.rounded(.down)) }
            #expect(reread == deal || reread == wholeSeconds, "\(ClearRefusal.preview(damaged))")
        }
    }
}
