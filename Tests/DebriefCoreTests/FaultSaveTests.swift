import DebriefCore
import Foundation
import Testing

/// Saves of deals and reviews, crashed or failed at every file operation in turn (N = 1, 2, … until
/// the save completes): the file on disk is always the old record or the new one, never a mix, and
/// the next save after a "restart" works and leaves no lock file behind.
@Suite struct FaultSaveTests {
    static let then = Date(timeIntervalSince1970: 1_800_000_000)
    static let errors: [(FaultFileSystem.Operation, Int32)] = [
        (.write, ENOSPC), (.write, EIO), (.sync, EIO), (.sync, ENOSPC), (.rename, EIO), (.open, ENOSPC), (.syncDirectory, EIO),
        (.rename, EROFS),
    ]

    /// One record, saved once for real, then changed and saved through a faulty file system.
    struct Scenario<R: StoredRecord & Equatable> {
        var old: R
        var change: (R) -> R
        /// Another change, for the save after the restart.
        var changeAgain: (R) -> R
    }

    static func dealScenario() -> Scenario<Deal> {
        Scenario(old: StoreFixtures.deal()) { deal in
            var changed = deal
            changed.account = "Nouveau Compte SA"
            changed.notes = String(repeating: "Longer notes so the write is bigger than before. ", count: 40)
            return changed
        } changeAgain: { deal in
            var changed = deal
            changed.account = "After the restart"
            return changed
        }
    }

    static func reviewScenario() -> Scenario<Review> {
        Scenario(old: SessionFixtures.review()) { review in
            var changed = review
            changed.summary = "Won on the reference call; price was never the issue. 東京 ✓"
            if !changed.answers.isEmpty { changed.answers[0].notes = "She said the pilot convinced the CFO." }
            return changed
        } changeAgain: { review in
            var changed = review
            changed.summary = "After the restart"
            return changed
        }
    }

    @Test func crashedDealSaveLeavesOldOrNewDeal() throws {
        try crashAtEveryOperation(Self.dealScenario())
    }

    @Test func crashedReviewSaveLeavesOldOrNewReview() throws {
        try crashAtEveryOperation(Self.reviewScenario())
    }

    @Test func crashedFirstSaveLeavesNoFileOrTheNewOne() throws {
        var crashPoints = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            let faults = FaultFileSystem(.crash(at: n))
            let deal = StoreFixtures.deal()
            do { try RecordStore(root: dir.url, fileSystem: faults).save(deal, now: Self.then) } catch {}
            let store = RecordStore(root: dir.url)
            let onDisk = try store.load(Deal.self, id: deal.id)
            var expected = deal
            expected.revision = 1
            expected.updatedAt = Self.then
            #expect(onDisk == nil || onDisk == expected, "crash at operation \(n)")
            // Restart: the next save goes through and cleans up.
            try store.save(onDisk ?? deal)
            #expect(StoreFixtures.leftovers(in: store.folder(for: Deal.self)).isEmpty, "crash at operation \(n)")
            if !faults.triggered { break }
            crashPoints += 1
        }
        #expect(crashPoints >= 6)
    }

    @Test(arguments: 0..<errors.count)
    func ioErrorsLeaveTheOldDealAndSayWhy(_ index: Int) throws {
        try failEveryOperation(Self.dealScenario(), kind: Self.errors[index].0, code: Self.errors[index].1)
    }

    @Test(arguments: 0..<errors.count)
    func ioErrorsLeaveTheOldReviewAndSayWhy(_ index: Int) throws {
        try failEveryOperation(Self.reviewScenario(), kind: Self.errors[index].0, code: Self.errors[index].1)
    }

    /// The first save into a new data directory creates its folders: a folder that cannot be made
    /// is named with the reason, and nothing is left half made that blocks the next save.
    @Test(arguments: [EACCES, ENOSPC, EROFS])
    func aFolderThatCannotBeMadeIsNamedWithTheReason(_ code: Int32) throws {
        var failures = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            let faults = FaultFileSystem(.fail(.makeDirectory, at: n, code: code))
            var thrown: (any Error)?
            do { try RecordStore(root: dir.path("data"), fileSystem: faults).save(StoreFixtures.deal()) } catch { thrown = error }
            guard faults.triggered else {
                #expect(thrown == nil)
                break
            }
            failures += 1
            let message = "\(try #require(thrown, "a failed mkdir #\(n) reported a saved deal"))"
            #expect(message.contains(String(cString: strerror(code))), "\(message)")
            #expect(message.contains(dir.url.lastPathComponent), "the message names the folder: \(message)")
            let store = RecordStore(root: dir.path("data"))
            #expect(try store.load(Deal.self, id: "deal-1") == nil)
            #expect(try store.save(StoreFixtures.deal()).revision == 1, "the next save after a failed mkdir #\(n)")
        }
        // The data folder and its deals folder.
        #expect(failures >= 2)
    }

    /// A killed save leaves its lock file; the next save removes it. When that removal fails, the save
    /// says so and the record stays as it was; when the removal after a failed write fails, the
    /// write's reason is the one reported and the next save still gets through.
    @Test func aLockFileThatCannotBeRemovedIsReported() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let old = try store.save(StoreFixtures.deal())
        var changed = old
        changed.account = "Changed"
        // A kill between creating the lock file and writing it: an empty lock stays, held by nobody.
        for n in 1...8 where StoreFixtures.leftovers(in: dir.path("deals")).isEmpty {
            let killed = FaultFileSystem(.crash(at: n, tornWrite: false))
            _ = try? RecordStore(root: dir.url, fileSystem: killed).save(changed)
            #expect(try store.load(Deal.self, id: old.id) == old, "a kill at operation \(n) changed the deal")
        }
        #expect(!StoreFixtures.leftovers(in: dir.path("deals")).isEmpty, "no kill left a lock file to clear")
        let stuck = FaultFileSystem(.fail(.unlink, at: 1, code: EACCES))
        #expect(throws: (any Error).self) { try RecordStore(root: dir.url, fileSystem: stuck).save(changed) }
        #expect(stuck.triggered, "the stale lock was not removed through unlink")
        #expect(try store.load(Deal.self, id: old.id) == old)
        // The disk is fine again: the stale lock goes and the save lands.
        #expect(try store.save(changed).revision == old.revision + 1)
        #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty)

        let full = FaultFileSystem(.fail(.write, at: 1, code: ENOSPC))
        var again = try #require(try store.load(Deal.self, id: old.id))
        again.account = "Again"
        do {
            try RecordStore(root: dir.url, fileSystem: full).save(again)
            Issue.record("a failed write was reported as a save")
        } catch {
            #expect("\(error)".contains(String(cString: strerror(ENOSPC))), "\(error)")
        }
        #expect(try store.save(again).account == "Again")
    }

    @Test func aFailedFsyncIsNeverRetried() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let old = try store.save(StoreFixtures.deal())
        let faults = FaultFileSystem(.fail(.sync, at: 1, code: EIO))
        var changed = old
        changed.account = "Changed"
        #expect(throws: DurableFile.Failure.self) { try RecordStore(root: dir.url, fileSystem: faults).save(changed) }
        #expect(faults.count(.sync) == 1)
        #expect(faults.count(.rename) == 0)
        #expect(try store.load(Deal.self, id: old.id) == old)
    }

    // MARK: Loops

    private func crashAtEveryOperation<R: StoredRecord & Equatable>(_ scenario: Scenario<R>) throws {
        for tornWrite in [true, false] { try crashAtEveryOperation(scenario, tornWrite: tornWrite) }
    }

    private func crashAtEveryOperation<R: StoredRecord & Equatable>(_ scenario: Scenario<R>, tornWrite: Bool) throws {
        var crashPoints = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            let store = RecordStore(root: dir.url)
            let old = try store.save(scenario.old, now: Self.then.addingTimeInterval(-60))
            let url = try store.fileURL(for: R.self, id: old.id)
            let oldBytes = try #require(StoreFixtures.fileBytes(url))
            var new = scenario.change(old)
            let faults = FaultFileSystem(.crash(at: n, tornWrite: tornWrite))
            do { try RecordStore(root: dir.url, fileSystem: faults).save(new, now: Self.then) } catch {}
            new.revision = old.revision + 1
            new.updatedAt = Self.then

            // Restart: the record parses and is the old or the new one, byte for byte.
            let bytes = try #require(StoreFixtures.fileBytes(url), "crash at operation \(n) removed the record")
            let onDisk = try #require(try store.load(R.self, id: old.id))
            let newBytes = try RecordCoding.encode(new)
            #expect(bytes == oldBytes || bytes == newBytes, "crash at operation \(n)")
            #expect(onDisk == old || onDisk == new, "crash at operation \(n)")
            // The next save is not blocked by what the crash left, and cleans it up.
            var again = onDisk
            again.schemaVersion = R.currentSchemaVersion
            let resaved = try store.save(scenario.changeAgain(again), now: Self.then.addingTimeInterval(60))
            #expect(resaved.revision == onDisk.revision + 1, "crash at operation \(n)")
            #expect(StoreFixtures.leftovers(in: url.deletingLastPathComponent()).isEmpty, "crash at operation \(n)")
            if !faults.triggered { break }
            crashPoints += 1
        }
        // open the lock, write, fsync, rename, fsync the folder: a crash before, between and after each.
        #expect(crashPoints >= 5)
    }

    private func failEveryOperation<R: StoredRecord & Equatable>(_ scenario: Scenario<R>, kind: FaultFileSystem.Operation, code: Int32) throws {
        for n in 1... {
            let dir = TemporaryDirectory()
            let store = RecordStore(root: dir.url)
            let old = try store.save(scenario.old, now: Self.then.addingTimeInterval(-60))
            let url = try store.fileURL(for: R.self, id: old.id)
            let oldBytes = try #require(StoreFixtures.fileBytes(url))
            let faults = FaultFileSystem(.fail(kind, at: n, code: code))
            var thrown: (any Error)?
            do { try RecordStore(root: dir.url, fileSystem: faults).save(scenario.change(old), now: Self.then) } catch { thrown = error }
            if !faults.triggered {
                #expect(thrown == nil)
                #expect(n > 1, "the save never performed a \(kind) operation")
                break
            }
            let error = try #require(thrown, "a failed \(kind) must not be reported as a successful save")
            let message = "\(error)"
            #expect(message.contains(String(cString: strerror(code))), "\(message)")
            #expect(message.contains(dir.url.lastPathComponent), "the message names the file: \(message)")
            if kind == .syncDirectory {
                // The rename happened before the folder sync failed: the new file is in place, but the
                // save was still reported as failed because it may not survive a power cut.
                #expect(try store.load(R.self, id: old.id)?.revision == old.revision + 1)
            } else {
                #expect(StoreFixtures.fileBytes(url) == oldBytes, "a failed \(kind) changed the file")
            }
            #expect(StoreFixtures.leftovers(in: url.deletingLastPathComponent()).isEmpty, "a failed \(kind) left a lock file")
        }
    }
}
