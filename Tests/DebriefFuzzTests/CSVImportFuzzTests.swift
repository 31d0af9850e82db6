import Foundation
import PropertyBased
import Testing

/// CRM exports as they arrive: re-saved by Excel in Windows-1252, cut off by a mail client, hand-edited.
@Suite struct CSVImportFuzzTests {
    private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-fuzz-csv-\(UUID().uuidString)")

    @Test func randomBytesGiveAReportOrAClearError() async {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let reader = InputReaders.csvImport(in: scratch)
        await propertyCheck(count: FuzzBudget.cases(150), input: Gen.uint64(), Gen.int(in: 0...512)) { seed, length in
            var random = ByteMutator(seed: seed)
            let bytes = random.bytes(length)
            ClearRefusal.check(reader.read(Data(bytes)), from: reader, input: bytes)
        }
    }

    @Test func damagedExportsGiveAReportOrAClearError() async {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let reader = InputReaders.csvImport(in: scratch)
        let exports = ValidInputs.csvFiles
        #expect(exports.count >= 10, "the CRM samples in Fixtures are found (Salesforce, HubSpot, Pipedrive, Bitrix24, Dynamics, sheets)")
        await propertyCheck(count: FuzzBudget.cases(150), input: Gen.uint64()) { seed in
            var random = ByteMutator(seed: seed)
            let damaged = random.mutate([UInt8](exports[random.below(exports.count)]))
            ClearRefusal.check(reader.read(Data(damaged)), from: reader, input: damaged)
        }
    }

    /// Cells of CSV syntax, Windows-1252 high bytes, quotes, odd line ends and hostile text, under a real header.
    @Test func csvShapedNoiseGivesAReportOrAClearError() async {
        defer { try? FileManager.default.removeItem(at: scratch) }
        let reader = InputReaders.csvImport(in: scratch)
        let header = Array("Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\r\n".utf8)
        let pieces: [[UInt8]] = [[0x2C], [0x3B], [0x09], [0x22], [0x22, 0x22], [0x0D], [0x0A], [0x0D, 0x0A], [0x80], [0x93], [0x94],
                                 [0xE9], [0xFF], [0xC3], Array("Closed Won".utf8), Array("Closed Lost".utf8), Array("-1e400".utf8),
                                 Array("NaN".utf8), Array("2026-02-30".utf8), Array("13/13/2026".utf8), Array("$1,000.50".utf8),
                                 Array("\u{1B}]0;pwned\u{07}".utf8), Array("=HYPERLINK(\"x\")".utf8), Array("é".utf8), Array("sep=;".utf8)]
        await propertyCheck(count: FuzzBudget.cases(150), input: Gen.uint64(), Gen.int(in: 0...120)) { seed, count in
            var random = ByteMutator(seed: seed)
            let body = (0..<count).flatMap { _ in pieces[random.below(pieces.count)] }
            let bytes = header + body
            ClearRefusal.check(reader.read(Data(bytes)), from: reader, input: bytes)
        }
    }
}
