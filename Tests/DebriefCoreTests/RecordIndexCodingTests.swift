@testable import DebriefCore
import Foundation
import Testing

/// A record read back from the index must equal the record decoded from its JSON file, field by field.
@Suite struct RecordIndexCodingTests {
    private func roundTrip(deals: [Deal], reviews: [Review]) throws -> RecordIndexFile {
        let stamp = RecordIndexFileStamp(size: 1234, modifiedNanoseconds: 1_790_000_000_123_456_789,
                                         changedNanoseconds: -5, inode: UInt64.max)
        let file = RecordIndexFile(dataDirectory: "/data/dir",
                                   deals: deals.map { RecordIndexEntry(name: $0.id + ".json", stamp: stamp, record: $0) },
                                   reviews: reviews.map { RecordIndexEntry(name: $0.id + ".json", stamp: stamp, record: $0) })
        let back = try RecordIndexFile.decode(file.encoded(), expectedDataDirectory: "/data/dir")
        #expect(back.deals.map(\.name) == file.deals.map(\.name))
        #expect(back.deals.allSatisfy { $0.stamp == stamp } && back.reviews.allSatisfy { $0.stamp == stamp })
        return back
    }

    @Test func demoDataRoundTripsExactly() throws {
        let dir = TemporaryDirectory()
        try DemoTeam(.init(deals: 300, reviews: 120, seed: 5, asOf: Day(iso: "2026-11-01")!)).write(to: dir.url)
        let store = RecordStore(root: dir.url)
        let deals = store.loadAll(Deal.self).records, reviews = store.loadAll(Review.self).records
        #expect(deals.count == 300 && reviews.count == 120)
        let back = try roundTrip(deals: deals, reviews: reviews)
        #expect(back.deals.map(\.record) == deals)
        #expect(back.reviews.map(\.record) == reviews)
        for (a, b) in zip(back.deals, deals) {
            #expect(RecordIndexTestFiles.sameBits(a.record.amount?.amount ?? 0, b.amount?.amount ?? 0), "\(b.id) amount \(b.amountDisplay)")
        }
    }

    @Test func everyOptionalFieldAndOddValueRoundTrips() throws {
        var bare = Deal(id: "bare", account: "", name: "", amount: Money(0, "USD"), outcome: .noDecision,
                        closeDate: Day(iso: "0001-01-01")!, owner: "")
        bare.schemaVersion = 0
        var full = StoreFixtures.deal("full", revision: 41)
        full.segment = "Enterprise"; full.dealType = "New"; full.leadSource = "Web"; full.stageReached = "Negotiation"
        full.updatedAt = Date(timeIntervalSince1970: 1_790_000_000.123_456)
        full.notes = "tab\there, nul \u{0}, escape \u{1B}[2J, bidi \u{202E}, emoji 👩🏽‍💻"
        var amounts: [Deal] = []
        for (index, text) in ["0.001", "-12.25", "48000.50", "123456789012345678901234567890", "0", "100000"].enumerated() {
            amounts.append(Deal(id: "amount-\(index)", account: "A", name: "N", amount: try #require(Money(plain: text, currency: "eur")),
                                outcome: .lost, closeDate: Day(iso: "9999-12-31")!, owner: "O"))
        }
        let question = Question(id: "q1", theme: .fineTuning, wording: "What would you do better?", hint: nil, inPrep: false)
        var review = Review(id: "r1", dealId: "full", kind: .loss, status: .inProgress, manager: "M", rep: "R", questionSetId: "loss",
                            scheduledFor: Day(iso: "2026-11-02"), createdAt: Date(timeIntervalSince1970: -1.5),
                            startedAt: Date(timeIntervalSince1970: 1_790_000_001), completedAt: nil, plannedMinutes: -3,
                            answers: [Answer(question: question, prepAnswer: "prep", notes: "notes", insight: true, skipped: true)],
                            factors: [Factor(id: "f", effect: .failure, cause: .repAction, evidence: .crmRecord, text: "t")],
                            practices: [BestPractice(id: "p", title: "T", detail: "")],
                            fineTuning: [FineTuningPoint(id: "ft", text: "x")],
                            signals: [QualificationSignal(id: "s", sign: .bad, text: "late legal", present: false)],
                            actionItems: [ActionItem(id: "a", text: "call", owner: "R", due: nil, done: true),
                                          ActionItem(id: "b", text: "mail", owner: "M", due: Day(iso: "2027-01-05"))],
                            summary: "", updatedAt: Date(timeIntervalSinceReferenceDate: 0.1), revision: Int.max)
        review.schemaVersion = 3
        let empty = Review(id: "r2", dealId: "bare", kind: .win, manager: "", rep: "", questionSetId: "", createdAt: Date(timeIntervalSince1970: 0))
        // The index keeps each folder's files in name order.
        let deals = ([bare, full] + amounts).sorted { $0.id < $1.id }
        let back = try roundTrip(deals: deals, reviews: [review, empty])
        #expect(back.deals.map(\.record) == deals)
        #expect(back.reviews.map(\.record) == [review, empty])
        for (a, b) in zip(back.deals, deals) {
            #expect(RecordIndexTestFiles.sameBits(a.record.amount?.amount ?? 0, b.amount?.amount ?? 0), "\(b.id)")
            #expect(a.record.amount?.currency == b.amount?.currency)
        }
        #expect(back.reviews[0].record.updatedAt?.timeIntervalSinceReferenceDate == 0.1)
    }

    /// A new field in Deal or Review must be added to the index coding (and the format version bumped).
    @Test func theCodingCoversEveryField() {
        let deal = StoreFixtures.deal()
        let review = Review(id: "r", dealId: "d", kind: .win, manager: "", rep: "", questionSetId: "", createdAt: Date())
        #expect(Mirror(reflecting: deal).children.compactMap(\.label) == RecordIndexRecordCoding.dealFields)
        #expect(Mirror(reflecting: review).children.compactMap(\.label) == RecordIndexRecordCoding.reviewFields)
        let answer = Answer(question: Question(id: "q", theme: .story, wording: "w"))
        #expect(Mirror(reflecting: answer).children.compactMap(\.label) ==
                ["questionId", "theme", "wording", "hint", "askedInPrep", "prepAnswer", "notes", "insight", "skipped"])
    }

    @Test func hostileBytesAreRefusedNeverTrusted() throws {
        let deals = (10..<30).map { StoreFixtures.deal("deal-\($0)") }
        let file = RecordIndexFile(dataDirectory: "/d", deals: deals.map {
            RecordIndexEntry(name: $0.id + ".json", stamp: RecordIndexFileStamp(size: 1, modifiedNanoseconds: 2, changedNanoseconds: 3, inode: 4), record: $0)
        }, reviews: [])
        let good = file.encoded()
        var random = SeededRandom(seed: 42)
        for round in 0..<400 {
            var bytes = good
            for _ in 0..<(1 + round % 4) {
                let offset = Int(random.next() % UInt64(bytes.count))
                bytes[offset] = UInt8(truncatingIfNeeded: random.next())
            }
            if round % 3 == 0 { bytes = Array(bytes.prefix(Int(random.next() % UInt64(bytes.count)))) }
            // Either refused, or (when a flip hit nothing that matters) exactly the original records.
            if let back = try? RecordIndexFile.decode(bytes, expectedDataDirectory: "/d") {
                #expect(back.deals.map(\.record) == deals)
            }
        }
        // A checksum that matches does not make hostile payloads safe: forge one over nonsense.
        for length in [0, 1, 7, 64, 1000] {
            var payload = RecordIndexWriter()
            payload.inlineString("/d")
            payload.unsigned(1); payload.unsigned(1)
            payload.unsigned(UInt64.max)
            payload.raw((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) })
            var forged = RecordIndexWriter()
            forged.raw(RecordIndexFile.magic)
            forged.fixed64(RecordIndexFile.formatVersion)
            forged.fixed64(UInt64(payload.bytes.count))
            forged.fixed64(RecordIndexFile.checksum(payload.bytes[...]))
            forged.raw(payload.bytes)
            #expect(throws: RecordIndexUnusable.self) { try RecordIndexFile.decode(forged.bytes, expectedDataDirectory: "/d") }
        }
    }
}
