import DebriefCore
import Foundation
import PropertyBased
import Testing

/// Crash journals after a crash, a full disk or a bad sector: recovery offers only text that was
/// really typed, and never crashes.
@Suite struct JournalFuzzTests {
    private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-fuzz-journal-\(UUID().uuidString)")
    private let texts = ["Buyer", "Buyer said the pilot", "Buyer said the pilot — not the price — decided it 決め手"]

    @Test func randomBytesAreIgnored() async throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let reader = InputReaders.journal(in: scratch)
        await propertyCheck(count: FuzzBudget.cases(200), input: Gen.uint64(), Gen.int(in: 0...256)) { seed, length in
            var random = ByteMutator(seed: seed)
            // Half of them start with the magic bytes, to get past the first check.
            let bytes = (random.below(2) == 0 ? JournalRecord.magic : []) + random.bytes(length)
            #expect(reader.read(Data(bytes)) == .ignored, "random bytes recovered as a journal: \(ClearRefusal.preview(bytes))")
        }
    }

    @Test func damagedJournalsRecoverOnlyTypedText() async throws {
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let dataDirectory = scratch.appendingPathComponent("journal-data", isDirectory: true)
        let valid = ValidInputs.journal(dataDirectory: dataDirectory, texts: texts)
        let file = scratch.appendingPathComponent("damaged.djournal")
        // Where the header and the first edit end in the valid journal.
        let firstEdit = ValidInputs.journal(dataDirectory: dataDirectory, texts: [texts[0]])
        let firstEditEnd = firstEdit.count
        #expect(valid.starts(with: firstEdit) && firstEditEnd < valid.count)
        #expect(JournalRecovery.read(try write(valid, to: file), dataDirectory: dataDirectory)?.edits.map(\.text) == [texts[2]])
        await propertyCheck(count: FuzzBudget.cases(300), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let damaged = random.mutate(valid)
            _ = try write(damaged, to: file)
            // Damage after the first typed text leaves the header and that text whole: they must come back.
            let firstEditIntact = damaged.starts(with: valid.prefix(firstEditEnd))
            guard let pending = JournalRecovery.read(file, dataDirectory: dataDirectory) else {
                #expect(!firstEditIntact, "a journal whose header and first edit are whole recovered nothing: \(ClearRefusal.preview(damaged))")
                return
            }
            #expect(!firstEditIntact || !pending.edits.isEmpty, "the whole first edit was not offered back: \(ClearRefusal.preview(damaged))")
            for edit in pending.edits {
                #expect(texts.contains(edit.text), "recovered text never typed: \"\(edit.text)\" from \(ClearRefusal.preview(damaged))")
                #expect(edit.reviewID == "acme-r1")
            }
            #expect(pending.hadDamagedTail || JournalRecord.readValidPrefix(damaged).validLength == damaged.count)
        }
    }

    private func write(_ bytes: [UInt8], to file: URL) throws -> URL {
        try Data(bytes).write(to: file)
        return file
    }
}
