@testable import DebriefCore
import Foundation
import Testing

/// Files a teammate's push, a hand or a broken disk can put in the data folder: links, folders,
/// pipes, dangling lock links and huge files. None may make Debrief change a mode outside the data
/// folder, hang, or read more than a record can be; `check` names each one.
@Suite struct HostileFileTests {
    static func problems(_ root: URL) -> [LoadProblem] { DataCheck.run(on: RecordStore(root: root)).problems }

    @Test func modesAreNeverChangedThroughALinkAndSubfoldersKeepTheirExecuteBit() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        let store = RecordStore(root: root)
        try store.save(StoreFixtures.deal())
        let victim = dir.path("victim")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        chmod(victim.path, 0o755)
        let victimFile = dir.path("victim.txt")
        try Data("x".utf8).write(to: victimFile)
        chmod(victimFile.path, 0o644)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/deals/x.json", withDestinationPath: victim.path)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/deals/y.json", withDestinationPath: victimFile.path)
        try FileManager.default.createSymbolicLink(atPath: root.path + "/playbook.json", withDestinationPath: victimFile.path)
        let sub = root.appendingPathComponent("deals/sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        chmod(sub.path, 0o755)
        chmod(root.path + "/deals/deal-1.json", 0o644)

        RecordFileModes.tighten(root: root)

        #expect(StoreFixtures.mode(victim) == 0o755)
        #expect(StoreFixtures.mode(victimFile) == 0o644)
        #expect(StoreFixtures.mode(sub) == 0o700)
        #expect(StoreFixtures.mode(root.appendingPathComponent("deals/deal-1.json")) == 0o600)

        let found = Self.problems(root)
        let x = try #require(found.first { $0.path.hasSuffix("/deals/x.json") })
        #expect(x.reason.contains("symbolic link"))
        #expect(!x.reason.contains("chmod"))
        #expect(found.contains { $0.path.hasSuffix("/deals/y.json") && $0.reason.contains("symbolic link") })
        #expect(found.contains { $0.path.hasSuffix("/deals/sub") && $0.reason.contains("folder inside a record folder") })
        #expect(!found.contains { $0.reason.contains("mode 777") })
        // The link's target is not read as a record, and the real record still loads.
        #expect(store.loadAll(Deal.self).records.map(\.id) == ["deal-1"])
    }

    @Test func aPipeInARecordFolderIsReportedNotWaitedOn() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        try RecordStore(root: root).save(StoreFixtures.deal())
        #expect(mkfifo(root.path + "/deals/pipe.json", 0o600) == 0)
        #expect(mkfifo(root.path + "/deals/other", 0o600) == 0)
        let found = Self.problems(root)
        #expect(found.contains { $0.path.hasSuffix("/deals/pipe.json") && $0.reason.contains("named pipe") })
        #expect(found.contains { $0.path.hasSuffix("/deals/other") && $0.reason.contains("named pipe") })
    }

    @Test func aSymlinkedDataFolderIsReportedByItsTargetsMode() throws {
        let dir = TemporaryDirectory()
        let real = dir.path("real")
        try RecordStore(root: real).save(StoreFixtures.deal())
        chmod(real.path, 0o700)
        let link = dir.path("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: real.path)
        #expect(Self.problems(link).isEmpty)
        chmod(real.path, 0o755)
        #expect(Self.problems(link).map(\.reason).contains { $0.contains("mode 755") })
    }

    @Test func aDanglingLockLinkNeitherHangsASaveNorPassesCheck() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        let store = RecordStore(root: root)
        let saved = try store.save(StoreFixtures.deal())
        let lock = root.path + "/deals/deal-1.json.lock"
        try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: dir.path("nowhere").path)
        #expect(Self.problems(root).contains { $0.path == lock && $0.reason.contains("symbolic link") })
        var edited = saved
        edited.notes = "after the link"
        let again = try store.save(edited)
        #expect(again.revision == saved.revision + 1)
        #expect(!FileManager.default.fileExists(atPath: dir.path("nowhere").path))
    }

    @Test func aLockThatIsAFolderEndsAtTheDeadline() throws {
        let dir = TemporaryDirectory()
        let url = dir.path("data", "deals", "deal-1.json")
        try FileManager.default.createDirectory(atPath: url.path + ".lock", withIntermediateDirectories: true)
        #expect(throws: DurableFile.Failure.self) {
            try DurableFile.Lock.acquire(on: url, wait: 0.05, fileSystem: PosixFileSystem())
        }
    }

    @Test func aHugeSparseFileIsRefusedUnread() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        let store = RecordStore(root: root)
        try store.save(StoreFixtures.deal())
        let huge = root.path + "/deals/huge.json"
        let fd = open(huge, O_WRONLY | O_CREAT, 0o600)
        #expect(fd >= 0)
        #expect(ftruncate(fd, 2 << 30) == 0)
        close(fd)
        let check = DataCheck.run(on: store)
        #expect(check.problems.contains { $0.path == huge && $0.reason.contains("2048 MB") })
        #expect(check.dealCount == 1)
        #expect(throws: StoreError.self) { try store.load(Deal.self, id: "huge") }
        #expect(!SyncLeftover.hasConflictMarkers(atPath: huge))
    }

    /// A well-formed record past the 16 MB a record can be is refused by every reader and named by
    /// `check`, while one just under the limit loads: the limit is what refuses it, not a parse error.
    @Test func aValidRecordOverTheLimitIsRefusedAndOneUnderItLoads() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        let store = RecordStore(root: root)
        try store.save(StoreFixtures.deal())
        let limit = 16 << 20  // the README's promise, spelled out so a changed constant fails here
        var big = StoreFixtures.deal("big")
        big.notes = String(repeating: "n", count: limit)
        var fits = StoreFixtures.deal("fits")
        fits.notes = String(repeating: "n", count: limit - 4096)
        fits.revision = 1
        let bigPath = root.path + "/deals/big.json"
        try RecordCoding.encode(big).write(to: URL(fileURLWithPath: bigPath))
        try RecordCoding.encode(fits).write(to: URL(fileURLWithPath: root.path + "/deals/fits.json"))
        for name in ["big", "fits"] { chmod(root.path + "/deals/\(name).json", 0o600) }

        #expect(throws: StoreError.self) { try store.load(Deal.self, id: "big") }
        let all = store.loadAll(Deal.self)
        #expect(all.records.map(\.id).sorted() == ["deal-1", "fits"])
        #expect(all.problems.map(\.path) == [bigPath])
        #expect(all.problems.first?.reason.contains("more than the 16 MB") == true, "\(all.problems)")
        #expect(try store.load(Deal.self, id: "fits")?.notes.count == fits.notes.count)
        let check = DataCheck.run(on: store)
        #expect(check.problems.map(\.path) == [bigPath])
        #expect(check.dealCount == 2)
    }
}
