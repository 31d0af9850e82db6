import DebriefCore
import Foundation
import PropertyBased
import Testing

/// Crash journals after a crash, a full disk or a bad sector: recovery offers only text that was
/// really typed, and never crashes.
@Suite struct JournalFuzzTests {
    private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-fuzz-journal-\(UUID().uuidString)")
    private let texts = ["Buyer", "Buyer said the pilot", "Buyer said the pilot — not the price — decided it 決め手"]

    @Test func randomBytesAreIgnored() async {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let reader = InputReaders.journal(in: scratch)
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64(), Gen.int(in: 0...256)) { seed, length in
            var random = ByteMutator(seed: seed)
            // Half of them start with the magic bytes, to get past the first check.
            let bytes = (random.below(2) == 0 ? JournalRecord.magic : []) + random.bytes(length)
            #expect(reader.read(Data(bytes)) == .ignored, "random bytes recovered as a journal: \(ClearRefusal.preview(bytes))")
        }
    }

    @Test func damagedJournalsRecoverOnlyTypedText() async {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let dataDirectory = scratch.appendingPathComponent("journal-data", isDirectory: true)
        let valid = ValidInputs.journal(dataDirectory: dataDirectory, texts: texts)
        let file = scratch.appendingPathComponent("damaged.djournal")
        await propertyCheck(count: FuzzBudget.cases(300), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let damaged = random.mutate(valid)
            try Data(damaged).write(to: file)
            guard let pending = JournalRecovery.read(file, dataDirectory: dataDirectory) else { return }
            for edit in pending.edits {
                #expect(texts.contains(edit.text), "recovered text never typed: \"\(edit.text)\" from \(ClearRefusal.preview(damaged))")
                #expect(edit.reviewID == "acme-r1")
            }
            #expect(pending.hadDamagedTail || JournalRecord.readValidPrefix(damaged).validLength == damaged.count)
        }
    }
}
