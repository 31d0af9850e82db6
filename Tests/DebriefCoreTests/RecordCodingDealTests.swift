@testable import DebriefCore
import Foundation
import Testing

/// Deals have an encoder of their own (JSONEncoder was most of an import's CPU time). Files must not
/// change by a byte because of it: a deal written by the new encoder and the same deal written by
/// JSONEncoder with the record settings are the same bytes, for every shape of deal and every
/// hostile string a CRM export can hold.
@Suite struct RecordCodingDealTests {
    /// Pieces of text that need care in JSON or in UTF-8.
    static let hostilePieces: [String] = [
        "", "a", "Acme", " ", "\"", "\\", "\\\"", "/", "</script>", "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\u{B}",
        "\u{C}", "\r", "\r\n", "\u{1B}[31m", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{AD}", "\u{2028}", "\u{2029}",
        "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "é", "e\u{301}", "a\u{308}\u{332}", "Tomás", "日本語",
        "👍", "👩🏽‍💻", "🇳🇴", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "{", "}", "[", "]", ":", ",", "\"a\" : 1", "null", "true", "1e400", "  ",
    ]

    static func hostileText(_ random: inout SeededRandom) -> String {
        (0..<random.int(0...6)).map { _ in random.pick(hostilePieces) }.joined()
    }

    static let amounts: [String] = [
        // Up to the largest amount a deal may have (under a quadrillion; larger ones are refused,
        // see HostileAmountTests), with every digit Decimal keeps.
        "0", "1", "-1", "48000", "48000.5", "0.01", "-12.25", "999999999999999.99999999999999999999999",
        "-999999999999999", "0.0000000000000000000000000000000000001",
        "123456789012345.12345678901234567890123", "100000000000000",
    ]

    static let timestamps: [Date?] = [
        nil, Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_790_000_000),
        Date(timeIntervalSince1970: 1_790_000_000.75), Date(timeIntervalSince1970: 86_399.999),
        Date(timeIntervalSince1970: -1), Date(timeIntervalSince1970: -62_135_596_800),
        Date(timeIntervalSince1970: 253_402_300_799), Date(timeIntervalSince1970: 253_402_300_800),
        Date(timeIntervalSince1970: 4_102_444_800),
    ]

    static func randomDeal(_ random: inout SeededRandom) -> Deal {
        func optional(_ random: inout SeededRandom) -> String? { random.chance(0.5) ? hostileText(&random) : nil }
        func day(_ random: inout SeededRandom) -> Day {
            random.chance(0.2) ? random.pick([Day(year: 1, month: 1, day: 1)!, Day(year: 9999, month: 12, day: 31)!])
                : Day(serial: random.int(-700_000...2_900_000))
        }
        var deal = Deal(
            id: hostileText(&random), crmId: optional(&random), source: optional(&random), account: hostileText(&random),
            name: hostileText(&random),
            // An unknown amount (the CRM gave none) is a deal without the key.
            amount: random.chance(0.15) ? nil : Money(Decimal(string: random.pick(amounts), locale: Locale(identifier: "en_US_POSIX"))!,
                          random.chance(0.8) ? random.pick(["USD", "EUR", "NOK", "usd"]) : hostileText(&random)),
            outcome: random.pick(Outcome.allCases), closeDate: day(&random), createdDate: random.chance(0.5) ? day(&random) : nil,
            owner: hostileText(&random), segment: optional(&random), dealType: optional(&random), leadSource: optional(&random),
            stageReached: optional(&random),
            competitors: (0..<random.int(0...3)).map { _ in hostileText(&random) },
            reasons: (0..<random.int(0...3)).map { _ in DealReason(random.pick(ReasonCategory.allCases), hostileText(&random)) },
            notes: hostileText(&random), updatedAt: random.pick(timestamps),
            revision: random.pick([0, 1, 2, 41, RecordNumberRange.revision.upperBound])
        )
        deal.schemaVersion = random.pick([1, 0, 2, Int.max])
        return deal
    }

    @Test func manyGeneratedDealsEncodeToTheSameBytesAsJSONEncoder() throws {
        var random = SeededRandom(seed: 0xDEB_71EF)
        for index in 0..<3000 {
            let deal = Self.randomDeal(&random)
            let fast = RecordCoding.encodeDeal(deal)
            let reference = try RecordCoding.encodeWithFoundation(deal)
            #expect(fast == reference, "deal \(index) differs:\n\(String(decoding: fast, as: UTF8.self))\nJSONEncoder:\n\(String(decoding: reference, as: UTF8.self))")
            if fast != reference { return }
        }
    }

    @Test func everyOptionalFieldAbsentAndEveryOnePresent() throws {
        let bare = Deal(id: "d", account: "A", name: "N", amount: Money(0, "USD"), outcome: .won,
                        closeDate: Day(year: 2026, month: 10, day: 14)!, owner: "O")
        var full = bare
        full.crmId = "c"; full.source = "s"; full.createdDate = Day(year: 2026, month: 1, day: 2)!; full.segment = "g"
        full.dealType = "t"; full.leadSource = "l"; full.stageReached = "r"; full.competitors = ["x", "y"]
        full.reasons = [DealReason(.price, "p"), DealReason(.noDecision, "q")]; full.notes = "n\nm"
        full.updatedAt = Date(timeIntervalSince1970: 1_790_000_000)
        for deal in [bare, full] {
            #expect(RecordCoding.encodeDeal(deal) == (try RecordCoding.encodeWithFoundation(deal)))
        }
        // What the file looks like, so a change in Foundation's own pretty printing is noticed too.
        #expect(String(decoding: try RecordCoding.encode(bare), as: UTF8.self) == """
            {
              "account" : "A",
              "amount" : {
                "amount" : "0",
                "currency" : "USD"
              },
              "closeDate" : "2026-10-14",
              "competitors" : [],
              "id" : "d",
              "name" : "N",
              "notes" : "",
              "outcome" : "won",
              "owner" : "O",
              "reasons" : [],
              "revision" : 0,
              "schemaVersion" : 1
            }

            """)
    }

    /// A deal whose CRM gave no amount has no "amount" key; a file written before amounts could be
    /// unknown still reads with its amount, and an explicit null reads as unknown on both paths.
    @Test func anUnknownAmountIsAnAbsentKeyAndOldFilesStillRead() throws {
        var deal = Deal(id: "d", account: "A", name: "N", amount: nil, outcome: .lost,
                        closeDate: Day(year: 2026, month: 10, day: 14)!, owner: "O")
        let file = try RecordCoding.encode(deal)
        #expect(RecordCoding.encodeDeal(deal) == (try RecordCoding.encodeWithFoundation(deal)))
        #expect(!String(decoding: file, as: UTF8.self).contains("amount"))
        guard case .success(let reread) = RecordDecoding.decode(Deal.self, from: file, path: "d.json") else {
            Issue.record("does not read back"); return
        }
        #expect(reread.amount == nil && reread == deal)
        let old = Data("""
            {"account":"A","amount":{"amount":"48000","currency":"EUR"},"closeDate":"2026-10-14","competitors":[],"id":"d",
             "name":"N","notes":"","outcome":"lost","owner":"O","reasons":[],"revision":0,"schemaVersion":1}
            """.utf8)
        guard case .success(let oldDeal) = RecordDecoding.decode(Deal.self, from: old, path: "d.json") else {
            Issue.record("an old file no longer reads"); return
        }
        #expect(oldDeal.amount == Money(48000, "EUR"))
        let explicitNull = Data(String(decoding: old, as: UTF8.self)
            .replacingOccurrences(of: #"{"amount":"48000","currency":"EUR"}"#, with: "null").utf8)
        deal.amount = nil
        #expect(FastDecodingContract.check(Deal.self, explicitNull))
        guard case .success(let nullDeal) = RecordDecoding.decode(Deal.self, from: explicitNull, path: "d.json") else {
            Issue.record("null amount does not read"); return
        }
        #expect(nullDeal.amount == nil)
    }

    @Test func aDealWrittenByTheNewEncoderReadsBackEqual() throws {
        var random = SeededRandom(seed: 7)
        for _ in 0..<300 {
            var deal = Self.randomDeal(&random)
            deal.schemaVersion = 1
            // Times outside years 1–9999 have no ISO-8601 form to read back; whole seconds are what is kept.
            deal.updatedAt = deal.updatedAt.flatMap { date in
                (-62_135_596_800..<253_402_300_800).contains(date.timeIntervalSince1970)
                    ? Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)) : nil
            }
            guard case .success(let reread) = RecordDecoding.decode(Deal.self, from: RecordCoding.encodeDeal(deal), path: "t.json") else {
                Issue.record("does not read back: \(deal)")
                continue
            }
            #expect(reread == deal)
        }
    }
}
