@testable import DebriefCore
import Foundation
import Testing

/// Holds the fast record decoder to its contract: whatever it returns is what the general path
/// (JSONDecoder plus the schema checks) gives for the same bytes, and `RecordDecoding.decode` as a
/// whole answers exactly as the general path does, value or problem.
enum FastDecodingContract {
    /// Checks the contract for one file; returns whether the fast path took it.
    @discardableResult
    static func check<R: StoredRecord & Equatable>(_ type: R.Type, _ bytes: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let general = RecordDecoding.decode(R.self, currentVersion: R.currentSchemaVersion, version: \.schemaVersion, from: bytes, path: "r.json")
        let whole = RecordDecoding.decode(R.self, from: bytes, path: "r.json")
        switch (whole, general) {
        case (.success(let a), .success(let b)): #expect(same(a, b), "decoded differently: \(preview(bytes))", sourceLocation: sourceLocation)
        case (.failure(let a), .failure(let b)): #expect(a == b, sourceLocation: sourceLocation)
        default: Issue.record("one path decoded, the other refused: \(whole) vs \(general) for \(preview(bytes))", sourceLocation: sourceLocation)
        }
        guard let fast = RecordFastDecoding.decode(R.self, from: bytes) else { return false }
        guard case .success(let reference) = general else {
            Issue.record("the fast path took a file the general path refuses (\(general)): \(preview(bytes))", sourceLocation: sourceLocation)
            return true
        }
        #expect(same(fast, reference), "fast path gave \(fast)\ngeneral path gave \(reference)\nfor \(preview(bytes))", sourceLocation: sourceLocation)
        return true
    }

    /// Equal, and more: the same bytes when written (String == ignores Unicode normalization) and,
    /// for deals, the same Decimal bits (== on Decimal ignores its representation).
    static func same<R: StoredRecord & Equatable>(_ a: R, _ b: R) -> Bool {
        guard a == b, let bytesA = try? RecordCoding.encodeWithFoundation(a), let bytesB = try? RecordCoding.encodeWithFoundation(b),
              bytesA == bytesB else { return false }
        if let dealA = a as? Deal, let dealB = b as? Deal {
            guard let amountA = dealA.amount, let amountB = dealB.amount else { return dealA.amount == nil && dealB.amount == nil }
            return decimalBits(amountA.amount) == decimalBits(amountB.amount) && amountA.currency.utf8.elementsEqual(amountB.currency.utf8)
        }
        return true
    }

    static func decimalBits(_ value: Decimal) -> [UInt8] {
        withUnsafeBytes(of: value) { Array($0) }
    }

    static func preview(_ bytes: Data) -> String {
        let text = String(decoding: bytes.prefix(600), as: UTF8.self)
        return text.debugDescription + (bytes.count > 600 ? "…" : "")
    }
}

/// Generated reviews with hostile text everywhere a review holds text, and every optional both ways.
enum FastDecodingReviews {
    static func randomReview(_ random: inout SeededRandom) -> Review {
        func text(_ random: inout SeededRandom) -> String { RecordCodingDealTests.hostileText(&random) }
        func day(_ random: inout SeededRandom) -> Day? { random.chance(0.5) ? Day(serial: random.int(-700_000...2_900_000)) : nil }
        func time(_ random: inout SeededRandom) -> Date? { random.chance(0.5) ? wholeSecond(&random) : nil }
        let question = Question(id: "q", theme: .story, wording: "w")
        var review = Review(
            id: text(&random), dealId: text(&random), kind: random.pick(ReviewKind.allCases), status: random.pick(ReviewStatus.allCases),
            manager: text(&random), rep: text(&random), questionSetId: text(&random), scheduledFor: day(&random),
            createdAt: wholeSecond(&random), startedAt: time(&random), completedAt: time(&random),
            plannedMinutes: random.pick([0, 30, 45, RecordNumberRange.plannedMinutes.upperBound]),
            answers: (0..<random.int(0...4)).map { _ in
                var answer = Answer(question: question, prepAnswer: text(&random), notes: text(&random),
                                    insight: random.chance(0.5), skipped: random.chance(0.5))
                answer.questionId = text(&random)
                answer.theme = random.pick(QuestionTheme.allCases)
                answer.wording = text(&random)
                answer.hint = random.chance(0.5) ? text(&random) : nil
                answer.askedInPrep = random.chance(0.5)
                return answer
            },
            factors: (0..<random.int(0...3)).map { _ in
                Factor(id: text(&random), effect: random.pick(Factor.Effect.allCases), cause: random.pick(FactorCause.allCases),
                       evidence: random.pick(FactorEvidence.allCases), text: text(&random))
            },
            practices: (0..<random.int(0...2)).map { _ in BestPractice(id: text(&random), title: text(&random), detail: text(&random)) },
            fineTuning: (0..<random.int(0...2)).map { _ in FineTuningPoint(id: text(&random), text: text(&random)) },
            signals: (0..<random.int(0...2)).map { _ in
                QualificationSignal(id: text(&random), sign: random.pick(QualificationSignal.Sign.allCases), text: text(&random), present: random.chance(0.5))
            },
            actionItems: (0..<random.int(0...2)).map { _ in
                ActionItem(id: text(&random), text: text(&random), owner: text(&random), due: day(&random), done: random.chance(0.5))
            },
            summary: text(&random), updatedAt: time(&random), revision: random.int(0...1000))
        review.schemaVersion = 1
        review.spentSeconds = random.pick([nil, 0, 2_533, RecordNumberRange.spentSeconds.upperBound])
        return review
    }

    /// A time a record can hold: whole seconds in years 1 to 9999.
    static func wholeSecond(_ random: inout SeededRandom) -> Date {
        Date(timeIntervalSince1970: Double(random.int(-62_135_596_800...253_402_300_799)))
    }
}

/// The same record file as people and other tools leave it: other whitespace, other key order,
/// characters written as \u escapes.
enum FastDecodingVariants {
    /// Every whitespace run outside strings replaced by a random one (possibly none).
    static func reflowed(_ data: Data, _ random: inout SeededRandom) -> Data {
        var out: [UInt8] = []
        var inString = false, escaped = false
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            index += 1
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if [0x20, 0x0A, 0x0D, 0x09].contains(byte) {
                while index < data.endIndex, [0x20, 0x0A, 0x0D, 0x09].contains(data[index]) { index += 1 }
                out += (0..<random.int(0...3)).map { _ in random.pick([0x20, 0x0A, 0x0D, 0x09] as [UInt8]) }
                continue
            }
            out.append(byte)
            if byte == UInt8(ascii: "\"") { inString = true }
            if Array("{}[],:".utf8).contains(byte), random.chance(0.2) { out.append(random.pick([0x20, 0x0A, 0x09] as [UInt8])) }
        }
        return Data(out)
    }

    /// Characters inside string values written as escapes: every non-ASCII one as \uXXXX (surrogate
    /// pairs above the BMP), and some ASCII ones too ("\/", "\u0041", upper- or lower-case hex).
    /// Keys stay as they are (the fast path leaves escaped keys to the general decoder).
    static func escaped(_ data: Data, _ random: inout SeededRandom) -> Data {
        let scalars = Array(String(decoding: data, as: UTF8.self).unicodeScalars)
        var out = String.UnicodeScalarView()
        var containers: [Unicode.Scalar] = []
        var lastStructural: Unicode.Scalar = " "
        func hex(_ unit: UInt16, _ random: inout SeededRandom) -> String {
            let digits = String(unit, radix: 16)
            let padded = String(repeating: "0", count: 4 - digits.count) + digits
            return "\\u" + (random.chance(0.5) ? padded.uppercased() : padded)
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\"" else {
                if scalar == "{" || scalar == "[" { containers.append(scalar) }
                if scalar == "}" || scalar == "]" { containers.removeLast() }
                if !scalar.properties.isWhitespace { lastStructural = scalar }
                out.append(scalar)
                continue
            }
            let isKey = containers.last == "{" && (lastStructural == "{" || lastStructural == ",")
            lastStructural = scalar
            out.append(scalar)
            // The string's contents, up to its closing quote.
            while index < scalars.count, scalars[index] != "\"" {
                let inner = scalars[index]
                index += 1
                if inner == "\\" {
                    // An escape already there is copied whole.
                    let length = index < scalars.count && scalars[index] == "u" ? 5 : 1
                    out.append(inner)
                    out.append(contentsOf: scalars[index..<min(scalars.count, index + length)])
                    index += length
                } else if isKey || (inner.isASCII && !random.chance(0.2)) {
                    out.append(inner)
                } else if inner == "/" {
                    out.append(contentsOf: "\\/".unicodeScalars)
                } else {
                    for unit in String(inner).utf16 { out.append(contentsOf: hex(unit, &random).unicodeScalars) }
                }
            }
            if index < scalars.count { out.append(scalars[index]); index += 1 }
        }
        return Data(String(out).utf8)
    }

    /// Compact JSON with keys in whatever order JSONEncoder gives without sorting.
    static func unsorted<R: StoredRecord>(_ record: R) throws -> Data {
        let encoder = RecordCoding.encoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return try encoder.encode(record)
    }
}
