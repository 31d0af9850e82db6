import Foundation
import Testing
@testable import DebriefCore

/// Single values a sync could not merge: produced by the merge, stored under conflicts/, chosen
/// through the store.
@Suite struct SyncPendingConflictTests {
    static let savedAt = Date(timeIntervalSince1970: 1_790_000_000)

    func deal() -> Deal {
        Deal(id: "acme", account: "Acme", name: "Pilot", amount: Money(1000, "EUR"), outcome: .won,
             closeDate: Day(iso: "2026-10-01")!, owner: "Jo", segment: "SMB", notes: "Met the CFO.", updatedAt: Self.savedAt, revision: 2)
    }

    func side(_ text: String, _ value: JSONValue, by: String) -> ConflictSide {
        ConflictSide(text: text, value: value, by: by, commit: "abc1234")
    }

    /// The deal saved with amount 1200 (this machine's), the other machine's 1500.50 pending.
    func pendingAmount(in dir: TemporaryDirectory) throws -> (RecordStore, Deal) {
        let store = RecordStore(root: dir.url)
        var deal = deal()
        deal.revision = 0
        deal.amount = Money(1200, "EUR")
        let saved = try store.save(deal)
        let fields = try JSONValue.fields(of: saved)
        var other = saved
        other.amount = Money(Decimal(string: "1500.50")!, "EUR")
        let otherFields = try JSONValue.fields(of: other)
        try PendingConflictStore(root: dir.url).add(PendingConflicts(recordPath: "deals/acme.json", record: "deal “Acme — Pilot”", fields: [
            FieldConflict(field: "amount", label: "amount", kept: side("EUR 1,200", try #require(fields["amount"]), by: "Mia"),
                          other: side("EUR 1,500.50", try #require(otherFields["amount"]), by: "Jo"), foundAt: Self.savedAt),
            FieldConflict(field: "segment", label: "segment", kept: side("SMB", .string("SMB"), by: "Mia"),
                          other: side("(none)", .null, by: "Jo"), foundAt: Self.savedAt),
        ]))
        return (store, saved)
    }

    @Test func aDealMergeReportsEachSingleValueByItsJSONKey() {
        let base = deal()
        var mine = base, theirs = base
        mine.amount = Money(1200, "EUR"); theirs.amount = Money(1500, "EUR")
        mine.outcome = .lost; theirs.outcome = .won
        mine.segment = "Mid"; theirs.segment = nil
        theirs.owner = "Sam"  // one side only: taken, no conflict
        let (merged, conflicts) = DealSyncMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(merged.amount == Money(1200, "EUR"))
        #expect(merged.owner == "Sam")
        let singles = conflicts.filter { $0.resolution == .keptMine }
        #expect(singles.map(\.place) == [.field("amount"), .field("segment")])
        #expect(singles.last?.theirs == "(none)")
    }

    @Test func jsonNumbersAreKeptAsDecimals() throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(#"{"minutes": 45, "share": 0.1, "on": true, "none": null}"#.utf8))
        #expect(value == .object(["minutes": .number(45), "share": .number(Decimal(string: "0.1")!), "on": .bool(true), "none": .null]))
        #expect(String(decoding: try JSONEncoder().encode(JSONValue.number(Decimal(string: "0.1")!)), as: UTF8.self) == "0.1")
    }

    @Test func aReviewMergeReportsPlannedLengthAndRepByTheirJSONKeys() {
        let base = Review(id: "acme-r1", dealId: "acme", kind: .win, manager: "Mia", rep: "Jo", questionSetId: "win",
                          createdAt: Self.savedAt, answers: [], updatedAt: Self.savedAt, revision: 3)
        var mine = base, theirs = base
        mine.plannedMinutes = 45; theirs.plannedMinutes = 60
        mine.rep = "Jo B."; theirs.rep = "Joanna"
        let result = ReviewMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.merged.plannedMinutes == 45)
        #expect(result.overlaps.filter { $0.resolution == .keptMine }.map(\.place) == [.field("plannedMinutes"), .field("rep")])
    }

    @Test func aPendingFileIsWrittenDurablyAndReadsBackExactly() throws {
        let dir = TemporaryDirectory()
        _ = try pendingAmount(in: dir)
        let file = dir.path("conflicts", "deals", "acme.json")
        var info = stat()
        #expect(stat(file.path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let loaded = try #require(try PendingConflictStore(root: dir.url).load(recordPath: "deals/acme.json"))
        #expect(loaded.fields.first?.other.value == .object(["amount": .string("1500.5"), "currency": .string("EUR")]))
        #expect(loaded.fields.first?.other.text == "EUR 1,500.50")
        #expect(PendingConflictStore(root: dir.url).loadAll().conflicts == [loaded])
    }

    @Test func takingTheOtherValueWritesItIntoTheRecordAndRemovesTheEntry() throws {
        let dir = TemporaryDirectory()
        let (store, saved) = try pendingAmount(in: dir)
        let resolver = ConflictResolver(store: store)
        let outcome = try resolver.resolve(recordPath: "deals/acme.json", field: "amount", choice: .other, recordRevision: saved.revision)
        let onDisk = try #require(try store.load(Deal.self, id: "acme"))
        #expect(onDisk.amount == Money(Decimal(string: "1500.50")!, "EUR"))
        #expect(onDisk.revision == saved.revision + 1)
        #expect(outcome.saved == .deal(onDisk))
        #expect(outcome.remaining?.fields.map(\.field) == ["segment"])
        // An absent value chosen removes the field; the last choice removes the file.
        _ = try resolver.resolve(recordPath: "deals/acme.json", field: "segment", choice: .other)
        #expect(try store.load(Deal.self, id: "acme")?.segment == nil)
        #expect(!FileManager.default.fileExists(atPath: dir.path("conflicts", "deals", "acme.json").path))
    }

    @Test func aChoiceThatShowsOneValueButHoldsAnotherIsRefused() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        var deal = deal()
        deal.revision = 0
        let saved = try store.save(deal)
        let fields = try JSONValue.fields(of: saved)
        // Edited by hand (or pushed so): the chooser would show 45 and write 99999.
        try PendingConflictStore(root: dir.url).add(PendingConflicts(recordPath: "deals/acme.json", record: "deal “Acme — Pilot”", fields: [
            FieldConflict(field: "segment", label: "segment", kept: side("SMB", try #require(fields["segment"]), by: "Mia"),
                          other: side("Mid", .string("Enterprise"), by: "Jo"), foundAt: Self.savedAt),
        ]))
        do {
            _ = try ConflictResolver(store: store).resolve(recordPath: "deals/acme.json", field: "segment", choice: .other)
            Issue.record("written")
        } catch let refusal as ConflictResolver.Refusal {
            #expect(refusal.description.contains("shows “Mid” but holds “Enterprise”"))
        }
        #expect(try store.load(Deal.self, id: "acme")?.segment == "SMB")
    }

    @Test func keepingTheRecordsValueWritesNothingToTheRecord() throws {
        let dir = TemporaryDirectory()
        let (store, saved) = try pendingAmount(in: dir)
        let outcome = try ConflictResolver(store: store).resolve(recordPath: "deals/acme.json", field: "amount", choice: .kept)
        #expect(outcome.saved == nil)
        #expect(try store.load(Deal.self, id: "acme") == saved)
        #expect(try PendingConflictStore(root: dir.url).load(recordPath: "deals/acme.json")?.fields.map(\.field) == ["segment"])
    }

    @Test func aChoiceOnARecordChangedSinceIsRefusedAndLeavesEverything() throws {
        let dir = TemporaryDirectory()
        let (store, saved) = try pendingAmount(in: dir)
        var edited = saved
        edited.amount = Money(999, "EUR")
        let newer = try store.save(edited)
        let resolver = ConflictResolver(store: store)
        // A screen that loaded the older revision is refused whatever it chose…
        #expect(throws: ConflictResolver.Refusal.self) {
            try resolver.resolve(recordPath: "deals/acme.json", field: "amount", choice: .other, recordRevision: saved.revision)
        }
        // …and so is taking the other value over a value someone typed since the sync.
        do {
            _ = try resolver.resolve(recordPath: "deals/acme.json", field: "amount", choice: .other, recordRevision: newer.revision)
            Issue.record("a stale choice was accepted")
        } catch let refusal as ConflictResolver.Refusal {
            #expect(refusal.description.contains("the amount of deal “Acme — Pilot” was changed since the sync"))
            #expect(refusal.description.contains("nothing was written"))
        }
        #expect(try store.load(Deal.self, id: "acme") == newer)
        #expect(try PendingConflictStore(root: dir.url).load(recordPath: "deals/acme.json")?.fields.count == 2)
    }

    @Test func commitMessagesNameTheRecordOfAPendingFile() throws {
        let dir = TemporaryDirectory()
        _ = try pendingAmount(in: dir)
        let data = try Data(contentsOf: dir.path("conflicts", "deals", "acme.json"))
        let describer = SyncChangeDescriber(current: { _ in nil }, previous: { _ in data })
        #expect(describer.describe(SyncChange(kind: .removed, path: "conflicts/deals/acme.json")) == "chose between the conflicting values of deal “Acme — Pilot”")
        let added = SyncChangeDescriber(current: { _ in data }, previous: { _ in nil })
        #expect(added.describe(SyncChange(kind: .added, path: "conflicts/deals/acme.json")) == "kept both values of deal “Acme — Pilot” for someone to choose")
    }

    @Test func pendingFilesChangedOnBothMachinesKeepAdditionsAndDropChoices() {
        func field(_ name: String) -> FieldConflict {
            FieldConflict(field: name, label: name, kept: side("a", .string("a"), by: "Mia"), other: side("b", .string("b"), by: "Jo"), foundAt: Self.savedAt)
        }
        func file(_ names: [String]) -> PendingConflicts { PendingConflicts(recordPath: "deals/acme.json", record: "deal", fields: names.map(field)) }
        // Base had amount and owner; here owner was chosen and segment found; there amount was chosen and outcome found.
        let merged = PendingConflictStore.merge(base: file(["amount", "owner"]), mine: file(["amount", "segment"]), theirs: file(["owner", "outcome"]))
        #expect(merged?.fields.map(\.field) == ["segment", "outcome"])
        #expect(PendingConflictStore.merge(base: file(["amount"]), mine: nil, theirs: file(["amount"])) == nil)
    }
}
