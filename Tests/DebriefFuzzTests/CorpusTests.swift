import Foundation
import Testing

/// Every nasty case in Corpus/ (and a few too big to check in, made here) through every reader:
/// each one takes the file or refuses it with a message that names the problem, and none crashes.
@Suite struct CorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus", isDirectory: true)

    static var checkedIn: [(name: String, bytes: [UInt8])] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return names.compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, [UInt8]($0)) }
        }
    }

    /// Too big for git: a 1 MB line, a 50 MB record, nesting a million deep.
    static let generated: [(name: String, bytes: [UInt8])] = {
        let header = Array("Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\r\n".utf8)
        let longCell = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        let bigNotes = Array(#"{"schemaVersion":1,"id":"big","notes":""#.utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20) + Array(#""}"#.utf8)
        return [
            ("generated: 1 MB CSV line", header + longCell + Array(",B,Closed Won,5,2026-09-30,C\r\n".utf8)),
            // One byte over the settings files' 1 MB, so their size limit is what refuses it.
            ("generated: 1 MB line without a line end", longCell + [UInt8(ascii: "x")]),
            ("generated: 50 MB JSON record", bigNotes),
            ("generated: JSON nested a million deep", [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)),
        ]
    }()

    @Test func theCorpusIsThere() {
        let names = Self.checkedIn.map(\.name)
        #expect(names.count >= 50)
        for expected in ["escape-sequences.txt", "overlong-utf8.bin", "nul-bytes.bin", "bom-utf16le.csv", "deep-nesting.json",
                         "huge-number-amount.json", "nan-amount.json", "invalid-date-feb-30.json"] {
            #expect(names.contains(expected))
        }
    }

    @Test func everyCorpusFileThroughEveryReader() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let readers = InputReaders.all(in: scratch)
        for (name, bytes) in Self.checkedIn {
            for reader in readers {
                ClearRefusal.check(reader.read(Data(bytes)), from: reader, input: bytes)
            }
        }
    }

    @Test func hugeInputsAreRefusedNotSwallowed() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-corpus-big-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for (name, bytes) in Self.generated {
            // The 50 MB case is about records' memory; the other readers have it in the long run only.
            let readers = name.contains("50 MB") && !FuzzBudget.isLong ? RecordJSONFuzzTests.readers : InputReaders.all(in: scratch)
            for reader in readers {
                let outcome = reader.read(Data(bytes))
                ClearRefusal.check(outcome, from: reader, input: Array(bytes.prefix(200)))
                // Only the CSV line is a file someone could mean (a deal with a very long name); the rest
                // are no record, setting or journal of any kind, and none may be taken as one.
                if !name.contains("CSV line") {
                    #expect(outcome != .accepted, "\(reader.name) took \(name)")
                }
            }
        }
    }

    /// Records have a size cap, so a 50 MB file is refused by size before it is parsed.
    @Test func aFiftyMegabyteRecordIsRefusedBySize() throws {
        let big = try #require(Self.generated.first { $0.name.contains("50 MB") })
        for reader in RecordJSONFuzzTests.readers {
            guard case .refused(let message) = reader.read(Data(big.bytes)) else {
                Issue.record("\(reader.name) accepted a 50 MB record")
                continue
            }
            #expect(message.contains("MB"), "\(reader.name): \(message)")
        }
    }
}
