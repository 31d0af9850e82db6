@testable import DebriefCore
import Foundation
import Synchronization
import Testing

/// `RecordStore.saveAll`: new records are linked into place without lock files, under the folder's
/// exclusive lock, and a single save at the same time is still ordered against them.
@Suite struct RecordStoreBatchTests {
    static func deals(_ count: Int, prefix: String = "deal", notes: String = "") -> [Deal] {
        (0..<count).map { n in
            var deal = StoreFixtures.deal("\(prefix)-\(n)")
            deal.notes = notes
            return deal
        }
    }

    @Test func newRecordsAreSavedAt0600WithNothingElseLeftInTheFolder() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let results = store.saveAll(Self.deals(30), chunkSize: 7)
        #expect(results.allSatisfy { if case .success(let deal) = $0 { deal.revision == 1 } else { false } })
        let loaded = store.loadAll(Deal.self)
        #expect(loaded.problems.isEmpty)
        #expect(loaded.records.map(\.id).sorted() == Self.deals(30).map(\.id).sorted())
        for deal in loaded.records {
            #expect(deal.revision == 1)
            #expect(StoreFixtures.mode(dir.path("deals", "\(deal.id).json")) == 0o600)
        }
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    @Test func aNewRecordWhoseFileExistsIsAConflictAndTheFileIsKept() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let theirs = try store.save(StoreFixtures.deal("deal-1", account: "Theirs"))
        let before = StoreFixtures.fileBytes(dir.path("deals", "deal-1.json"))
        let results = store.saveAll([StoreFixtures.deal("deal-1", account: "Mine"), StoreFixtures.deal("deal-2")])
        guard case .failure(let error) = results[0], let conflict = error as? StaleRevision<Deal> else {
            Issue.record("expected a conflict, got \(results[0])")
            return
        }
        #expect(conflict.theirs == theirs)
        #expect(conflict.yours.account == "Mine")
        #expect(StoreFixtures.fileBytes(dir.path("deals", "deal-1.json")) == before)
        #expect(try store.load(Deal.self, id: "deal-2")?.revision == 1)
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    @Test func changedRecordsInABatchAreStillComparedAndSaved() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let first = store.saveAll(Self.deals(5)).compactMap { try? $0.get() }
        var changed = first.map { deal in var deal = deal; deal.notes = "changed"; return deal }
        changed[0].revision = 0  // a stale base: must be refused, not written over
        let results = store.saveAll(changed)
        #expect(results[0].keptBoth)
        for result in results.dropFirst() { #expect((try? result.get())?.revision == 2) }
        #expect(try store.load(Deal.self, id: "deal-0")?.notes == "")
        #expect(try store.load(Deal.self, id: "deal-4")?.notes == "changed")
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
    }

    /// The race the folder lock exists for: a single save creating a record while a batch creates the
    /// same one. Whoever comes second must see the first one's file and report a conflict.
    @Test func aBatchAndASingleSaveCreatingTheSameRecordHaveExactlyOneWinner() throws {
        for round in 0..<40 {
            let dir = TemporaryDirectory()
            let store = RecordStore(root: dir.url)
            let batch = Self.deals(20, notes: "batch")
            let single = Mutex<Result<Deal, any Error>?>(nil)
            let batchResults = Mutex<[Result<Deal, any Error>]>([])
            DispatchQueue.concurrentPerform(iterations: 2) { side in
                if side == 0 {
                    let results = store.saveAll(batch, writerThreads: 2, chunkSize: 4)
                    batchResults.withLock { $0 = results }
                } else {
                    var mine = StoreFixtures.deal("deal-\(round % 20)")
                    mine.notes = "single"
                    let result = Result<Deal, any Error> { try store.save(mine) }
                    single.withLock { $0 = result }
                }
            }
            let contested = round % 20
            let batchWon = batchResults.withLock { (try? $0[contested].get()) != nil }
            let singleWon = single.withLock { (try? $0?.get()) != nil }
            #expect(batchWon != singleWon, "round \(round): batch \(batchWon), single \(singleWon)")
            let onDisk = try store.load(Deal.self, id: "deal-\(contested)")
            #expect(onDisk?.notes == (batchWon ? "batch" : "single"), "round \(round)")
            #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)
        }
    }

    @Test func aSingleSaveWaitingForABatchGetsInWhenTheFolderIsLetGo() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let folder = try DurableFile.FolderLock.exclusive(dir.path("deals"), wait: 0, fileSystem: PosixFileSystem())
        let saved = Mutex<Result<Deal, any Error>?>(nil)
        let thread = Thread {
            let result = Result<Deal, any Error> { try store.save(StoreFixtures.deal()) }
            saved.withLock { $0 = result }
        }
        thread.start()
        usleep(20_000)
        #expect(saved.withLock { $0 } == nil, "the save did not wait for the folder")
        folder.release()
        let deadline = Date().addingTimeInterval(30)
        while saved.withLock({ $0 }) == nil, Date() < deadline { usleep(1_000) }
        #expect(saved.withLock { $0 } != nil, "the save still waits 30 s after the folder was let go")
        #expect(try store.load(Deal.self, id: "deal-1")?.revision == 1)
    }
}

extension Result where Failure == any Error {
    var keptBoth: Bool {
        if case .failure(let error) = self { return error is StaleRevision<Deal> }
        return false
    }
}
