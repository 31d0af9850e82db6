import DebriefCore
import Foundation
import Testing

@Suite struct RecordStoreTests {
    @Test func savedFileIsCanonicalJSONAndReadsBack() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saved = try store.save(StoreFixtures.deal())
        #expect(saved.revision == 1)
        let url = try store.fileURL(for: Deal.self, id: "deal-1")
        let bytes = try #require(StoreFixtures.fileBytes(url))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"account\" : \"Café Zürich AG\",\n  \"amount\" : {\n    \"amount\" : \"18250.5\",\n    \"currency\" : \"EUR\"\n  },"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(try store.load(Deal.self, id: "deal-1") == saved)
    }

    @Test func decodingThenEncodingGivesTheSameBytes() throws {
        let dir = TemporaryDirectory()
        try DemoTeam(.init(deals: 30, reviews: 12, seed: 7, asOf: Day(iso: "2026-11-01")!)).write(to: dir.url)
        let store = RecordStore(root: dir.url)
        var checked = 0
        for folder in ["deals", "reviews"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path(folder).path)
            for name in names {
                let original = try #require(StoreFixtures.fileBytes(dir.path(folder, name)))
                let again: Data
                if folder == "deals" {
                    again = try RecordCoding.encode(RecordCoding.decoder().decode(Deal.self, from: original))
                } else {
                    again = try RecordCoding.encode(RecordCoding.decoder().decode(Review.self, from: original))
                }
                #expect(again == original, "\(name) changed on a decode/encode round trip")
                checked += 1
            }
        }
        #expect(checked == 42)
        _ = store
    }

    @Test func savingAnUnchangedRecordWritesNothing() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saved = try store.save(StoreFixtures.deal(), now: Date(timeIntervalSince1970: 1_700_000_000))
        let url = try store.fileURL(for: Deal.self, id: saved.id)
        let before = try #require(StoreFixtures.fileBytes(url))
        let loaded = try #require(try store.load(Deal.self, id: saved.id))
        let again = try store.save(loaded, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(again.revision == 1)
        #expect(StoreFixtures.fileBytes(url) == before)
    }

    @Test func aRecordTooBigToReadBackIsRefusedAndTheOldFileKept() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saved = try store.save(StoreFixtures.deal())
        let url = try store.fileURL(for: Deal.self, id: saved.id)
        let before = try #require(StoreFixtures.fileBytes(url))
        var huge = saved
        huge.notes = String(repeating: "x", count: RecordDecoding.maximumFileSize)
        #expect {
            try store.save(huge)
        } throws: { error in
            "\(error)".contains("more than the 16 MB a record can be; nothing was saved")
        }
        #expect(StoreFixtures.fileBytes(url) == before)
        #expect(StoreFixtures.leftovers(in: url.deletingLastPathComponent()).isEmpty)
    }

    @Test func filesAre0600AndDirectories0700EvenUnderAWideUmask() throws {
        let dir = TemporaryDirectory()
        WideUmask.set()
        let store = RecordStore(root: dir.path("data"))
        try store.save(StoreFixtures.deal())
        #expect(StoreFixtures.mode(try store.fileURL(for: Deal.self, id: "deal-1")) == 0o600)
        #expect(StoreFixtures.mode(dir.path("data", "deals")) == 0o700)
        #expect(StoreFixtures.mode(dir.path("data")) == 0o700)
        #expect(StoreFixtures.leftovers(in: dir.path("data", "deals")).isEmpty)
    }

    @Test func aStaleSaveIsAConflictCarryingBothVersions() throws {
        let dir = TemporaryDirectory()
        let managerStore = RecordStore(root: dir.url)
        let repStore = RecordStore(root: dir.url)
        let original = try managerStore.save(StoreFixtures.deal())
        var managers = original
        managers.notes = "Manager's edit"
        var reps = original
        reps.notes = "Rep's edit"
        try managerStore.save(managers)
        #expect {
            try repStore.save(reps)
        } throws: { error in
            guard let conflict = error as? StaleRevision<Deal> else { return false }
            return conflict.yours.notes == "Rep's edit" && conflict.theirs?.notes == "Manager's edit" && conflict.theirs?.revision == 2
        }
        #expect(try managerStore.load(Deal.self, id: "deal-1")?.notes == "Manager's edit")
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    @Test func concurrentWritersFromOneBaseProduceExactlyOneWinner() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let base = try store.save(StoreFixtures.deal())
        let outcomes = Outcomes()
        DispatchQueue.concurrentPerform(iterations: 16) { n in
            var mine = base
            mine.notes = "writer \(n)"
            do {
                try store.save(mine)
                outcomes.record(success: true)
            } catch is StaleRevision<Deal> {
                outcomes.record(success: false)
            } catch {
                // Only a conflict is a lost race; anything else is a failure of its own.
                Issue.record("writer \(n) failed with something other than a conflict: \(error)")
            }
        }
        #expect(outcomes.successes == 1)
        #expect(outcomes.failures == 15)
        #expect(try store.load(Deal.self, id: "deal-1")?.revision == 2)
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    @Test func creatingARecordThatAppearedMeanwhileIsAConflict() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        try store.save(StoreFixtures.deal())
        #expect(throws: StaleRevision<Deal>.self) { try store.save(StoreFixtures.deal(account: "Someone else")) }
    }

    @Test func savingOverADeletedRecordIsAConflict() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saved = try store.save(StoreFixtures.deal())
        try store.delete(saved)
        var edited = saved
        edited.notes = "late edit"
        #expect(throws: StaleRevision<Deal>.self) { try store.save(edited) }
    }

    @Test func invalidIDsNeverBecomePaths() throws {
        let store = RecordStore(root: URL(fileURLWithPath: "/nonexistent"))
        for id in ["", "..", ".", "../etc/passwd", "a/b", ".hidden", "x\u{1B}[2J", "tab\there", "ünïcode", String(repeating: "a", count: 200)] {
            #expect(RecordID.problem(with: id) != nil, "\(id.debugDescription) should be refused")
            #expect(throws: StoreError.self) { _ = try store.fileURL(for: Deal.self, id: id) }
            let safe = RecordID.sanitized(id)
            #expect(RecordID.isValid(safe), "sanitized \(id.debugDescription) → \(safe.debugDescription)")
        }
        for id in ["deal-1", "0065g00000AbCdGAA1", "hubspot-18734529011", "a.b_c-D"] {
            #expect(RecordID.isValid(id))
        }
    }
}

/// Counts successes and failures from concurrent writers.
final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var successes = 0
    private(set) var failures = 0

    func record(success: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if success { successes += 1 } else { failures += 1 }
    }
}

@Suite struct RecordCodingTests {
    /// Empty lists and objects are written as "[]" and "{}", nested or not; text that merely
    /// looks like them inside strings is left alone.
    @Test func emptyContainersAreWrittenCompactly() throws {
        struct Sample: Encodable {
            var tags: [String] = []
            var nested: [[String]] = [[]]
            var map: [String: Int] = [:]
            var text = "[\n\n  ] and {\n\n}"
            var full = ["a"]
        }
        let text = String(decoding: try RecordCoding.encode(Sample()), as: UTF8.self)
        #expect(text == """
            {
              "full" : [
                "a"
              ],
              "map" : {},
              "nested" : [
                []
              ],
              "tags" : [],
              "text" : "[\\n\\n  ] and {\\n\\n}"
            }

            """)
    }
}
