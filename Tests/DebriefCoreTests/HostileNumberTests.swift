@testable import DebriefCore
import Foundation
import Testing

/// Numbers and bytes in a record that no Debrief wrote: refused at decode by path, on the fast
/// decoder's road and JSONDecoder's alike, never trapped on in arithmetic.
@Suite struct HostileNumberTests {
    /// The same deal as Debrief writes it (fast path) and as another tool might (general path).
    static func deal(revision: Int) throws -> [Data] {
        var deal = StoreFixtures.deal()
        deal.revision = revision
        let canonical = try RecordCoding.encode(deal)
        let object = try #require(try JSONSerialization.jsonObject(with: canonical) as? [String: Any])
        return [canonical, try JSONSerialization.data(withJSONObject: object)]
    }

    @Test(arguments: [Int.max, Int.max - 1, 9_007_199_254_740_992, -1])
    func aRevisionOutOfRangeIsRefusedAtDecodeOnBothRoads(revision: Int) throws {
        for data in try Self.deal(revision: revision) {
            guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: data, path: "deals/deal-1.json") else {
                Issue.record("revision \(revision) was accepted")
                continue
            }
            #expect(problem.path == "deals/deal-1.json")
            #expect(problem.reason.contains("field 'revision' is \(revision)"))
        }
    }

    @Test func checkReportsItAndASaveNeitherTrapsNorWrites() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        try store.save(StoreFixtures.deal())
        let file = dir.path("data", "deals", "deal-1.json")
        let hostile = try #require(try Self.deal(revision: Int.max).first)
        try hostile.write(to: file)
        #expect(DataCheck.run(on: store).problems.contains { $0.path == file.path && $0.reason.contains("revision") })
        var edited = StoreFixtures.deal(revision: Int.max)
        edited.notes = "typed"
        #expect(throws: StoreError.self) { try store.save(edited) }
        #expect(StoreFixtures.fileBytes(file) == hostile)
        #expect(throws: StoreError.self) { try RecordStore.nextRevision(of: edited, now: Date()) }
    }

    @Test func aMergeAtTheTopRevisionDoesNotTrap() throws {
        var mine = SessionFixtures.review()
        mine.revision = RecordNumberRange.revision.upperBound
        var theirs = mine
        mine.summary = "mine"
        theirs.summary = "theirs"
        let outcome = RecordFileMerge.merge(path: "reviews/\(mine.id).json", base: nil,
                                            mine: try RecordCoding.encode(mine), theirs: try RecordCoding.encode(theirs))
        guard case .write(let data, _) = outcome else { Issue.record("not merged: \(outcome)"); return }
        let merged = try RecordDecoding.decode(Review.self, from: data, path: "merged").get()
        #expect(merged.revision == RecordNumberRange.revision.upperBound)
    }

    @Test func aPlannedLengthOfAgesIsRefused() throws {
        var review = SessionFixtures.review()
        review.plannedMinutes = Int.max
        let data = try RecordCoding.encode(review)
        guard case .failure(let problem) = RecordDecoding.decode(Review.self, from: data, path: "reviews/r.json") else {
            Issue.record("accepted"); return
        }
        #expect(problem.reason.contains("plannedMinutes"))
    }

    @Test func aHugeIntegerAndABadByteAreNamedWithLineAndColumn() throws {
        let canonical = String(decoding: try #require(try Self.deal(revision: 3).first), as: UTF8.self)
        let huge = canonical.replacingOccurrences(of: "\"revision\" : 3", with: "\"revision\" : 123456789012345678901234567890")
        #expect(huge != canonical)
        guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: Data(huge.utf8), path: "d.json") else {
            Issue.record("accepted"); return
        }
        #expect(problem.reason.contains("at line"))
        #expect(problem.reason.contains("too large"))

        var bytes = Array(canonical.utf8)
        let at = try #require(canonical.utf8.firstIndex(of: UInt8(ascii: "P")))  // in "POS Integration"
        bytes[canonical.utf8.distance(from: canonical.utf8.startIndex, to: at)] = 0xFF
        guard case .failure(let bad) = RecordDecoding.decode(Deal.self, from: Data(bytes), path: "d.json") else {
            Issue.record("accepted"); return
        }
        #expect(bad.reason.contains("at line"))
        #expect(bad.reason.contains("0xFF is not UTF-8"))
    }
}

/// A change on disk that kept the revision (a hand edit, `jq`, `git checkout`) is merged, as a
/// newer save would be, instead of being written over by the next autosave.
@Suite struct SameRevisionChangeTests {
    @Test func aHandEditAtTheSameRevisionIsMergedNotOverwritten() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        let loaded = try store.save(SessionFixtures.review())
        let file = dir.path("data", "reviews", loaded.id + ".json")
        // Someone edits the file by hand; the revision stays.
        var byHand = loaded
        byHand.summary = "Added by hand with jq."
        try RecordCoding.encode(byHand).write(to: file)

        var mine = loaded
        mine.answers[0].notes = "Typed in the session."
        let outcome = try ReviewSaver(store: store).save(mine, base: loaded)
        #expect(outcome.mergedOtherSession)
        let onDisk = try #require(try store.load(Review.self, id: loaded.id))
        #expect(onDisk.summary == "Added by hand with jq.")
        #expect(onDisk.answers[0].notes == "Typed in the session.")
        #expect(onDisk.revision == loaded.revision + 1)
    }

    @Test func anUnchangedFileIsSavedOverWithoutAMerge() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        let loaded = try store.save(SessionFixtures.review())
        var mine = loaded
        mine.summary = "Only mine."
        let outcome = try ReviewSaver(store: store).save(mine, base: loaded)
        #expect(!outcome.mergedOtherSession)
        #expect(outcome.saved.summary == "Only mine.")
    }
}

/// Amounts from a file, a form or a CSV past what any deal is: refused with the reason, never summed
/// into a header that overflows Decimal.
@Suite struct HostileAmountTests {
    static func deal(amount: String) throws -> [Data] {
        let canonical = String(decoding: try RecordCoding.encode(StoreFixtures.deal()), as: UTF8.self)
        let edited = canonical.replacingOccurrences(of: "\"18250.5\"", with: "\"\(amount)\"")
        #expect(edited != canonical)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(edited.utf8)) as? [String: Any])
        return [Data(edited.utf8), try JSONSerialization.data(withJSONObject: object)]
    }

    @Test(arguments: ["1000000000000000", "99999999999999999999999999999999999999", "-1000000000000000"])
    func anAmountPastAQuadrillionIsRefusedAtDecodeOnBothRoads(amount: String) throws {
        for data in try Self.deal(amount: amount) {
            guard case .failure(let problem) = RecordDecoding.decode(Deal.self, from: data, path: "deals/deal-1.json") else {
                Issue.record("amount \(amount) was accepted")
                continue
            }
            #expect(problem.reason.contains("field 'amount' is a quadrillion or more; Debrief takes amounts under 1,000,000,000,000,000"), "\(problem.reason)")
        }
    }

    @Test func theTopAmountIsKept() throws {
        for data in try Self.deal(amount: "999999999999999.99") {
            let deal = try RecordDecoding.decode(Deal.self, from: data, path: "d.json").get()
            #expect(deal.amount?.plain == "999999999999999.99")
        }
    }

    @Test func anImportedRowPastTheLimitIsRefusedWithItsLine() throws {
        let csv = "Opportunity ID,Account Name,Opportunity Name,Amount,Stage,Close Date,Opportunity Owner\n"
            + "0061,Acme,Big,\"12,000,000,000,000,000\",Closed Won,2026-09-01,Ana\n"
            + "0062,Beta,Fine,48000,Closed Won,2026-09-02,Ana\n"
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        let result = try DealImporter(store: store).importData(Data(csv.utf8), named: "export.csv")
        #expect(result.added.count == 1)
        #expect(result.rejected.contains { $0.line == 2 && $0.reason.contains("amount: is a quadrillion or more") }, "\(result.rejected)")
    }
}
