import Foundation
import Testing
@testable import DebriefCore

/// An import reads its file a piece at a time (issue 21 item 12): wherever the pieces are cut, and
/// however many batches the rows fill, the deals on disk and the report are the ones a whole read gives.
@Suite struct ImportStreamingTests {
    static let header = "Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Stage,Amount,Close Date,Description"
    /// A quoted note with CRLF and LF inside, "" escapes, two- three- and four-byte characters,
    /// CRLF line ends, a bad row, a repeated row, a footer.
    static let text = header + "\r\n"
        + "A1,Café - POS,Café Zürich,Ann,Closed Won,\"1,200\",10/14/2026,\"first line\r\nsecond \"\"quoted\"\"\nthird €\"\r\n"
        + "A2,Two,Acme,Bo,Closed Lost,50,10/03/2026,😀 plain\r\n"
        + "A3,Three,Acme,Bo,Closed Won,oops,10/04/2026,\r\n"
        + "A2,Two,Acme,Bo,Closed Lost,50,10/03/2026,😀 plain\r\n"
        + "A4,Четыре,ООО Ромашка,Ann,Closed Lost,70,10/05/2026,\"многострочная\r\nзаметка\"\r\n"
        + "\r\n\"Confidential Information - Do Not Distribute\"\r\n\"Copyright (c) 2000-2026 salesforce.com, inc.\"\r\n"

    struct Result: Equatable {
        var report: ImportReport
        var deals: [String: Deal]
    }

    static func imported(_ data: Data, pieceSize: Int, batchRows: Int = 16_384) throws -> Result {
        let dir = try TemporaryDataDirectory()
        var options = ImportOptions()
        options.pieceSize = pieceSize
        options.batchRows = batchRows
        let report = try dir.importer.importData(data, named: "pieces.csv", options: options)
        // Saved deals carry the time they were saved; the rest is what the file said.
        let deals = dir.deals().mapValues { deal in
            var deal = deal
            deal.updatedAt = Date(timeIntervalSince1970: 0)
            return deal
        }
        return Result(report: report, deals: deals)
    }

    @Test func everyPieceSizeGivesWhatAWholeReadGives() throws {
        let whole = try Self.imported(Data(Self.text.utf8), pieceSize: 1 << 20)
        #expect(whole.report.added == ["salesforce-A1", "salesforce-A2", "salesforce-A4"])
        #expect(whole.report.duplicates == [7])
        #expect(whole.report.rejected.map(\.line) == [6])
        #expect(whole.report.footerLines == 3)
        #expect(whole.deals["salesforce-A1"]?.notes == "first line\nsecond \"quoted\"\nthird €")
        #expect(whole.deals["salesforce-A4"]?.account == "ООО Ромашка")
        // Pieces of 1–13 bytes cut every quoted line break, CRLF and multi-byte character somewhere.
        for pieceSize in [1, 2, 3, 4, 5, 6, 7, 11, 13] {
            for batchRows in [1, 2, 16_384] {
                let streamed = try Self.imported(Data(Self.text.utf8), pieceSize: pieceSize, batchRows: batchRows)
                #expect(streamed == whole, "pieces of \(pieceSize) bytes, batches of \(batchRows) rows")
            }
        }
    }

    @Test func utf16AndWindows1252CutIntoPiecesDecodeAsAWhole() throws {
        let text = Self.header + "\r\nA1,Café 😀,Acme,Ann,Closed Won,10,10/14/2026,\"two\r\nlines\"\r\n"
        var utf16 = Data([0xFF, 0xFE])
        for unit in text.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        let latin = Data(Array((Self.header + "\r\nA1,Caf").utf8) + [0xE9] + Array(",Acme,Ren".utf8) + [0xE9]
                         + Array(",Closed Won,10,10/14/2026,\"".utf8) + [0x80] + Array("\r\n\"\r\n".utf8))
        for data in [utf16, latin] {
            let whole = try Self.imported(data, pieceSize: 1 << 20)
            #expect(whole.report.added == ["salesforce-A1"])
            for pieceSize in [1, 2, 3, 5] {
                #expect(try Self.imported(data, pieceSize: pieceSize) == whole, "pieces of \(pieceSize) bytes")
            }
        }
    }

    @Test func aStrayByteAfterTheFirstPieceStillMakesTheFileWindows1252() throws {
        var bytes = Array((Self.header + "\r\n").utf8)
        for index in 0..<200 { bytes += Array("B\(index),Deal \(index),Café,Ann,Closed Won,10,10/14/2026,\r\n".utf8) }
        bytes += Array("Z1,Last,Caf".utf8) + [0xE9] + Array(",Ann,Closed Won,10,10/14/2026,\r\n".utf8)
        let result = try Self.imported(Data(bytes), pieceSize: 64)
        #expect(result.report.encoding == .windows1252)
        // The UTF-8 "é" of the early rows is read as two Windows-1252 characters, as a whole read did.
        #expect(result.deals["salesforce-B0"]?.account == "CafÃ©")
        #expect(result.deals["salesforce-Z1"]?.account == "Café")
    }

    @Test func aFileThatChangesBetweenPassesIsRefusedBeforeAnythingIsWritten() throws {
        let dir = try TemporaryDataDirectory()
        let path = try dir.write(Data((Self.header + "\r\nA1,One,Acme,Ann,Closed Won,10,10/14/2026,\r\n").utf8), as: "moving.csv")
        let source = try ImportFileSource(path: path)
        _ = try source.read(upTo: 10)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("A2,Two,Acme,Ann,Closed Won,10,10/15/2026,\r\n".utf8))
        try handle.close()
        #expect(throws: ImportRefusal.self) { try source.rewind() }
    }

    /// Many batches and many pieces: 10,000 rows with a bad row, a repeat and a contradiction that sit
    /// in other batches than the rows they repeat. Counts and a few deals are checked on disk.
    @Test func tenThousandRowsInManyBatches() throws {
        let dir = try TemporaryDataDirectory()
        var text = Self.header + "\r\n"
        for index in 0..<10_000 {
            let note = index % 10 == 0 ? "\"call \(index)\r\nnext: \"\"demo\"\"\"" : ""
            text += "X\(index),Deal \(index),Account \(index % 300),Rep \(index % 7),\(index % 3 == 0 ? "Closed Lost" : "Closed Won"),"
            text += "\(1_000 + index),\(1 + index % 12)/\(1 + index % 28)/2026,\(note)\r\n"
        }
        text += "X5,Deal 5,Account 5,Rep 5,Closed Won,1005,6/6/2026,\r\n"  // same as row 5: a repeat
        text += "X7,Deal 7 renamed,Account 7,Rep 0,Closed Won,1007,8/8/2026,\r\n"  // same id, other values
        text += "X99999,Bad,Acme,Ann,Closed Won,ten,1/2/2026,\r\n"
        let path = try dir.write(Data(text.utf8), as: "big.csv")
        var options = ImportOptions()
        options.pieceSize = 4_096
        options.batchRows = 700
        let report = try dir.importer.importFile(atPath: path, options: options)
        // Every tenth row's note spans two lines: row n starts on line 2 + n + n / 10 (rounded up).
        let lastLine = 2 + 10_000 + 1_000
        #expect(report.rows == 10_003)
        #expect(report.added.count == 10_000)
        #expect(report.duplicates == [lastLine])
        #expect(report.rejected.map(\.line) == [lastLine + 1, lastLine + 2])
        #expect(report.rejected.first?.reason.contains("line \(2 + 7 + 1) has the same deal") == true)
        #expect(report.dateOrder == .us)
        let deals = dir.deals()
        #expect(deals.count == 10_000)
        #expect(deals["salesforce-X0"]?.notes == "call 0\nnext: \"demo\"")
        #expect(deals["salesforce-X9999"]?.closeDate == Day.on("2026-04-04"))
        #expect(deals["salesforce-X7"]?.name == "Deal 7")
        #expect(deals["salesforce-X6000"]?.outcome == .lost)
        // Importing again changes nothing, batch by batch against what is on disk.
        let again = try dir.importer.importFile(atPath: path, options: options)
        #expect(again.unchanged.count == 10_000 && again.added.isEmpty && again.updated.isEmpty)
    }
}
