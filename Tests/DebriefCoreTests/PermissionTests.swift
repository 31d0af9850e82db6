@testable import DebriefCore
import Foundation
import Testing

/// Under umask 022 (files 0644, folders 0755 by default), everything Debrief writes is 0600 and every
/// folder it creates 0700: records, lock files while held, imports, the record index, playbook.json.
/// Journals are checked in `JournalTests`, export files in the command-line tests.
@Suite(.serialized) struct PermissionTests {
    static func withUmask022<T>(_ body: () throws -> T) rethrows -> T {
        WideUmask.set()
        return try body()
    }

    @Test func aHeldLockFileIs0600InFolders0700() throws {
        let dir = TemporaryDirectory()
        let url = dir.path("a", "b", "record.json")
        try Self.withUmask022 {
            try DurableFile.withLock(on: url) { lock in
                try lock.prepare(Data("{}\n".utf8))
                #expect(StoreFixtures.mode(URL(fileURLWithPath: url.path + ".lock")) == 0o600)
                try lock.install()
            }
        }
        #expect(StoreFixtures.mode(url) == 0o600)
        #expect(StoreFixtures.mode(dir.path("a")) == 0o700)
        #expect(StoreFixtures.mode(dir.path("a", "b")) == 0o700)
    }

    @Test func importedDealsAre0600InA0700Folder() throws {
        let dir = TemporaryDirectory()
        let root = dir.path("data")
        let report = try Self.withUmask022 {
            try DealImporter(store: RecordStore(root: root)).importData(Data(FaultImportTests.second.utf8), named: "crm.csv")
        }
        #expect(report.added.count == 5)
        #expect(StoreFixtures.mode(root) == 0o700)
        #expect(StoreFixtures.mode(root.appendingPathComponent("deals")) == 0o700)
        for id in report.added {
            #expect(StoreFixtures.mode(root.appendingPathComponent("deals/\(id).json")) == 0o600)
        }
    }

    @Test func theRecordIndexCacheIs0600InA0700Folder() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.path("data"))
        try store.save(StoreFixtures.deal())
        var index = RecordIndex(dataDirectory: store.root, cacheDirectory: dir.path("cache", "debrief"))
        index.settleNanoseconds = 0
        _ = Self.withUmask022 { index.load(from: store) }
        #expect(StoreFixtures.fileBytes(index.file) != nil, "the index was not written")
        #expect(StoreFixtures.mode(index.file) == 0o600)
        #expect(StoreFixtures.mode(index.file.deletingLastPathComponent()) == 0o700)
        #expect(StoreFixtures.mode(dir.path("cache", "debrief")) == 0o700)
        #expect(StoreFixtures.mode(dir.path("cache")) == 0o700)
    }

    @Test func playbookJsonIs0600() throws {
        let dir = TemporaryDirectory()
        let playbook = PlaybookCurationStore(root: dir.path("data"))
        try Self.withUmask022 { _ = try playbook.save(PlaybookCuration(entryNames: ["a": "b"])) }
        #expect(StoreFixtures.mode(playbook.fileURL) == 0o600)
        #expect(StoreFixtures.mode(dir.path("data")) == 0o700)
    }

    @Test func aDataDirectoryOpenToOthersGetsOneWarningLine() throws {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let locations = DataLocations(dataDirectory: data, stateDirectory: dir.path("state"), configDirectory: dir.path("config"))
        chmod(data.path, 0o755)
        let warning = try #require(locations.permissionWarning)
        #expect(warning.contains("open to other users (mode 755)"))
        #expect(warning.contains("chmod 700"))
        #expect(!warning.contains("\n"))
        chmod(data.path, 0o700)
        #expect(locations.permissionWarning == nil)
    }
}
