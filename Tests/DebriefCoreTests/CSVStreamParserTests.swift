import CSV
import Foundation
import Testing
@testable import DebriefCore

/// The importer reads files a piece at a time with its own parser; CSV.swift's reader, which it used
/// on whole files before, is the reference: the same records, cell for cell, however the text is cut.
@Suite struct CSVStreamParserTests {
    /// Deterministic, so a failure names a seed that reproduces it.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let alphabet = ["a", "b", ",", ";", "\"", "\"", "\r", "\n", "\r\n", "é", "€", "😀", " ", "\t", "\"\""]

    static func reference(_ text: String, delimiter: Unicode.Scalar) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        var records: [[String]] = []
        while let record = reader.next() { records.append(record) }
        return records
    }

    /// Feeds `text` cut before the given characters.
    static func streamed(_ text: String, delimiter: Unicode.Scalar, cuts: Set<Int>) -> [[String]] {
        var parser = CSVStreamParser(delimiter: delimiter)
        var records: [[String]] = []
        var piece: [UInt8] = []
        func flush() {
            piece.withUnsafeBufferPointer { parser.feed($0) { records.append($0.strings) } }
            piece = []
        }
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if cuts.contains(index) { flush() }
            piece.append(contentsOf: String(scalar).utf8)
        }
        flush()
        parser.finish { records.append($0.strings) }
        return records
    }

    @Test func sameRecordsAsCSVSwiftOnRandomTextCutAnywhere() throws {
        var random = SplitMix(state: 21_012)
        for round in 0..<3_000 {
            let length = Int.random(in: 0...40, using: &random)
            let text = (0..<length).map { _ in Self.alphabet.randomElement(using: &random) ?? "a" }.joined()
            let delimiter: Unicode.Scalar = [",", ";", "\t", "\"", "é", "😀"].randomElement(using: &random) ?? ","
            let scalars = text.unicodeScalars.count
            let cuts = Set((0..<Int.random(in: 0...6, using: &random)).map { _ in Int.random(in: 0...max(0, scalars), using: &random) })
            let expected = try Self.reference(text, delimiter: delimiter)
            let got = Self.streamed(text, delimiter: delimiter, cuts: cuts)
            #expect(got == expected, "round \(round): \(text.debugDescription) delimiter \(delimiter.escaped(asASCII: true)) cuts \(cuts.sorted())")
            if got != expected { return }
        }
    }

    @Test func everyCutOfAQuotedMultiLineCellGivesTheSameRecords() throws {
        let text = "id,note\r\n1,\"line one\r\nline \"\"two\"\", café\nthree\"\r\n2,plain\r\n3,\"\"\r\n"
        let expected = try Self.reference(text, delimiter: ",")
        #expect(expected.count == 4)
        for cut in 0...text.unicodeScalars.count {
            #expect(Self.streamed(text, delimiter: ",", cuts: [cut]) == expected, "cut before character \(cut)")
        }
    }

    @Test func lineBreaksInsideCellsAreCountedPerCell() {
        var parser = CSVStreamParser(delimiter: ",")
        var counts: [Int] = []
        let bytes = Array("\"a\r\nb\",\"c\rd\ne\"\nx\n".utf8)
        bytes.withUnsafeBufferPointer { parser.feed($0) { counts.append($0.lineBreaks) } }
        parser.finish { counts.append($0.lineBreaks) }
        #expect(counts == [3, 0])
    }
}
