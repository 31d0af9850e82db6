@testable import DebriefCore
import Foundation
import Testing

/// Deal and review files are read by a fast path at start-up; these hold it to the general
/// path's answers for every file Debrief writes, every way people edit them, and the forms it
/// leaves to the general path.
@Suite struct RecordFastDecodingTests {
    /// A deal as Debrief saves one: current schema, a save time in whole seconds.
    static func savedDeal(_ random: inout SeededRandom) -> Deal {
        var deal = RecordCodingDealTests.randomDeal(&random)
        deal.schemaVersion = Deal.currentSchemaVersion
        deal.revision = random.int(0...1_000_000)
        deal.updatedAt = random.chance(0.8) ? FastDecodingReviews.wholeSecond(&random) : nil
        return deal
    }

    @Test func everyGeneratedDealTakesTheFastPathAndDecodesAsJSONDecoderDoes() throws {
        var random = SeededRandom(seed: 0xFA57_DEA1)
        for _ in 0..<2000 {
            let deal = Self.savedDeal(&random)
            let file = try RecordCoding.encode(deal)
            #expect(FastDecodingContract.check(Deal.self, file), "not taken: \(FastDecodingContract.preview(file))")
            if case .success(let read) = RecordDecoding.decode(Deal.self, from: file, path: "d.json") {
                #expect(FastDecodingContract.same(read, deal))
            }
        }
    }

    @Test func everyGeneratedReviewTakesTheFastPathAndDecodesAsJSONDecoderDoes() throws {
        var random = SeededRandom(seed: 0xFA57_2E71)
        for _ in 0..<1000 {
            let review = FastDecodingReviews.randomReview(&random)
            let file = try RecordCoding.encode(review)
            #expect(FastDecodingContract.check(Review.self, file), "not taken: \(FastDecodingContract.preview(file))")
            guard case .success(let read) = RecordDecoding.decode(Review.self, from: file, path: "r.json") else {
                Issue.record("does not read back: \(FastDecodingContract.preview(file))")
                continue
            }
            #expect(FastDecodingContract.same(read, review))
        }
    }

    /// Other whitespace, other key order and escaped characters still take the fast path, to the same value.
    @Test func handEditedFilesDecodeAsJSONDecoderDoes() throws {
        var random = SeededRandom(seed: 0xED17)
        for round in 0..<400 {
            let deal = Self.savedDeal(&random)
            let review = FastDecodingReviews.randomReview(&random)
            let dealFile = try RecordCoding.encode(deal), reviewFile = try RecordCoding.encode(review)
            let variants: [(Data, Data)] = [
                (FastDecodingVariants.reflowed(dealFile, &random), FastDecodingVariants.reflowed(reviewFile, &random)),
                (FastDecodingVariants.escaped(dealFile, &random), FastDecodingVariants.escaped(reviewFile, &random)),
                (try FastDecodingVariants.unsorted(deal), try FastDecodingVariants.unsorted(review)),
            ]
            for (dealVariant, reviewVariant) in variants {
                #expect(FastDecodingContract.check(Deal.self, dealVariant), "round \(round) not taken: \(FastDecodingContract.preview(dealVariant))")
                #expect(FastDecodingContract.check(Review.self, reviewVariant), "round \(round) not taken: \(FastDecodingContract.preview(reviewVariant))")
            }
        }
    }

    /// Every prefix and many damaged copies: the fast path gives nil or the general path's value, never another.
    @Test func cutAndDamagedFilesNeverDecodeToAnotherValue() throws {
        var random = SeededRandom(seed: 0xC07)
        for round in 0..<30 {
            let deal = try RecordCoding.encode(Self.savedDeal(&random))
            let review = try RecordCoding.encode(FastDecodingReviews.randomReview(&random))
            for length in stride(from: 0, to: deal.count, by: round == 0 ? 1 : 13) {
                FastDecodingContract.check(Deal.self, deal.prefix(length))
            }
            for length in stride(from: 0, to: review.count, by: round == 0 ? 1 : 29) {
                FastDecodingContract.check(Review.self, review.prefix(length))
            }
            for _ in 0..<100 {
                FastDecodingContract.check(Deal.self, Self.damaged(deal, &random))
                FastDecodingContract.check(Review.self, Self.damaged(review, &random))
            }
        }
    }

    static func damaged(_ data: Data, _ random: inout SeededRandom) -> Data {
        var bytes = [UInt8](data)
        let hostile: [UInt8] = [0x00, 0x1F, 0x22, 0x5C, 0x2F, 0x75, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x30, 0x39, 0x2D, 0x2E,
                                0x65, 0x6E, 0x80, 0xBF, 0xC0, 0xE2, 0xED, 0xF0, 0xFF, 0x20, 0x0A]
        for _ in 0...random.int(0...2) where !bytes.isEmpty {
            let at = random.int(0...(bytes.count - 1))
            switch random.int(0...3) {
            case 0: bytes[at] = random.pick(hostile)
            case 1: bytes.insert(random.pick(hostile), at: at)
            case 2: bytes.remove(at: at)
            default: bytes[at] ^= UInt8(1) << UInt8(random.int(0...7))
            }
        }
        return Data(bytes)
    }

    // MARK: Forms left to the general path

    /// A minimal deal file with one field's value text replaced.
    static func dealFile(replacing field: String, with value: String) -> Data {
        var fields: [(String, String)] = [
            ("account", "\"A\""), ("amount", "{\"amount\" : \"48000\", \"currency\" : \"usd\"}"), ("closeDate", "\"2026-10-14\""),
            ("competitors", "[]"), ("id", "\"d\""), ("name", "\"N\""), ("notes", "\"\""), ("outcome", "\"won\""),
            ("owner", "\"O\""), ("reasons", "[]"), ("revision", "3"), ("schemaVersion", "1"), ("updatedAt", "\"2026-10-14T09:30:00Z\""),
        ]
        if let index = fields.firstIndex(where: { $0.0 == field }) { fields[index].1 = value } else { fields.append((field, value)) }
        return Data(("{" + fields.map { "\"\($0.0)\" : \($0.1)" }.joined(separator: ",\n") + "}\n").utf8)
    }

    @Test func amountsOfEveryFormDecodeAsMoneyReadsThem() {
        let amounts = ["0", "-0", "0.0", "00", "007", "1", "-1", "1.", ".5", "-.5", "1.50", "48000", "48000.00", "-12.25",
                       "0.01", " 5", "5 ", "+5", "1e3", "1,000", "--1", "1-", "1.2.3", "", "-", ".", "18446744073709551615",
                       "18446744073709551616", "99999999999999999999999999999999999999", "123456789012345678901234567890.12345678",
                       "0.0000000000000000000000000000000000001", "1000000000000000000000000000000000000000000000000000",
                       "9223372036854775807.5", "1\u{0}", "١٢", "0.1000", "100"]
        var taken = 0
        for amount in amounts {
            for currency in ["usd", "EUR", "", "€", "ü"] {
                let field = "{\"amount\" : \(Self.jsonString(amount)), \"currency\" : \(Self.jsonString(currency))}"
                if FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "amount", with: field)) { taken += 1 }
            }
        }
        #expect(taken > 0)
        #expect(FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "revision", with: "3")))
    }

    @Test func numbersDaysAndTimesOfOtherFormsAreLeftToTheGeneralPath() {
        let revisions = ["0", "-1", "1.0", "1e0", "1E2", "-0", "01", "999999999999999999", "9223372036854775807",
                         "9223372036854775808", "-9223372036854775808", "\"3\"", "true", "null", "3x", "[3]", "1.5"]
        for revision in revisions {
            FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "revision", with: revision))
            FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "schemaVersion", with: revision))
        }
        let days = ["2026-10-14", "2026-02-29", "2024-02-29", "0000-01-01", "9999-12-31", "10000-01-01", "+026-10-14",
                    "2026-1-14", "2026-10-14 ", "2026/10/14", "２０２６-10-14", "2026-13-01", "2026-00-10", ""]
        for day in days {
            FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "closeDate", with: Self.jsonString(day)))
            FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "createdDate", with: Self.jsonString(day)))
        }
        let times = ["2026-10-14T09:30:00Z", "2026-10-14T09:30:60Z", "2026-10-14T24:00:00Z", "2026-10-14T09:30:00.5Z",
                     "2026-10-14T09:30:00+02:00", "2026-10-14T09:30:00z", "2026-10-14 09:30:00Z", "0001-01-01T00:00:00Z",
                     "9999-12-31T23:59:59Z", "2026-10-14T9:30:00Z", ""]
        for time in times {
            FastDecodingContract.check(Deal.self, Self.dealFile(replacing: "updatedAt", with: Self.jsonString(time)))
        }
    }

    @Test func strangeStructureIsLeftToTheGeneralPathOrReadTheSame() {
        let files = [
            Self.dealFile(replacing: "segment", with: "null"),
            Self.dealFile(replacing: "updatedAt", with: "null"),
            Self.dealFile(replacing: "account", with: "null"),
            Self.dealFile(replacing: "unknownField", with: "1"),
            Self.dealFile(replacing: "competitors", with: "[\"a\",]"),
            Self.dealFile(replacing: "competitors", with: "[\"a\" \"b\"]"),
            Self.dealFile(replacing: "reasons", with: "[{\"category\" : \"price\", \"text\" : \"t\", \"extra\" : 1}]"),
            Self.dealFile(replacing: "reasons", with: "[{\"category\" : \"cheap\", \"text\" : \"t\"}]"),
            Self.dealFile(replacing: "outcome", with: "\"Won\""),
            Self.dealFile(replacing: "name", with: "\"a\\ud83d\\ude00b\""),
            Self.dealFile(replacing: "name", with: "\"\\ud83d\""),
            Self.dealFile(replacing: "name", with: "\"\\ude00\""),
            Self.dealFile(replacing: "name", with: "\"\\ud83d\\u0041\""),
            Self.dealFile(replacing: "name", with: "\"\\u0000\\u001f\\u2028\\uFFFF\\uFEFF\""),
            Self.dealFile(replacing: "name", with: "\"\\x41\""),
            Self.dealFile(replacing: "name", with: "\"\\u12\""),
            Self.dealFile(replacing: "name", with: "\"tab\there\""),
            Self.dealFile(replacing: "id", with: "\"d\", \"id\" : \"e\""),
            Data("\u{FEFF}".utf8) + Self.dealFile(replacing: "id", with: "\"d\""),
            Self.dealFile(replacing: "id", with: "\"d\"") + Data("x".utf8),
            Self.dealFile(replacing: "id", with: "\"d\"") + Data("{}".utf8),
            Data("[]".utf8), Data("{}".utf8), Data("null".utf8), Data(),
        ]
        for file in files { FastDecodingContract.check(Deal.self, file) }
        // Raw bytes that are not UTF-8 inside a string.
        for bad: [UInt8] in [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            var file = [UInt8](Self.dealFile(replacing: "name", with: "\"ab\""))
            let at = file.firstIndex(of: UInt8(ascii: "b"))!
            file.insert(contentsOf: bad, at: at)
            FastDecodingContract.check(Deal.self, Data(file))
        }
    }

    @Test func otherSchemaVersionsGiveTheSameProblemsAsBefore() throws {
        var random = SeededRandom(seed: 5)
        for version in [0, -1, 2, 99] {
            let file = Self.dealFile(replacing: "schemaVersion", with: String(version))
            #expect(RecordFastDecoding.decode(Deal.self, from: file) == nil)
            FastDecodingContract.check(Deal.self, file)
            guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: file, path: "d.json") else {
                Issue.record("schemaVersion \(version) was accepted")
                continue
            }
            #expect(problem.reason.contains("schemaVersion \(version)"))
            var review = FastDecodingReviews.randomReview(&random)
            review.schemaVersion = version
            FastDecodingContract.check(Review.self, try RecordCoding.encode(review))
        }
        let missing = Data(String(decoding: Self.dealFile(replacing: "schemaVersion", with: "1"), as: UTF8.self)
            .replacingOccurrences(of: "\"schemaVersion\" : 1,\n", with: "").utf8)
        FastDecodingContract.check(Deal.self, missing)
        guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: missing, path: "d.json") else {
            Issue.record("a deal without schemaVersion was accepted")
            return
        }
        #expect(problem.reason == "has no schemaVersion; it was not written by Debrief")
    }

    static func jsonString(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
