import DebriefCore
import Foundation
import Testing

/// What a save reports saved survives a power cut: the cut undoes every folder change that was not
/// fsynced and empties every file whose content was not, so a save that skips the file's fsync, the
/// batch's syncfs or the folder's fsync loses its record here (operation counts would not notice).
@Suite struct PowerCutTests {
    /// Deals by id, without the save time.
    static func deals(in root: URL) -> [String: Deal] {
        FaultImportTests.deals(in: root)
    }

    @Test func aSingleSaveOfANewAndAChangedRecordSurvivesACut() throws {
        let dir = TemporaryDirectory()
        let data = dir.url.appendingPathComponent("data")
        let first = try RecordStore(root: data).save(StoreFixtures.deal("kept-1"))
        let power = PowerCutFileSystem(keepingIn: dir.url.appendingPathComponent("kept"))
        let store = RecordStore(root: data, fileSystem: power)
        var changed = first
        changed.account = "Changed GmbH"
        let savedChange = try store.save(changed)
        let savedNew = try store.save(StoreFixtures.deal("new-1", account: "New Ltd"))
        power.cut(under: data)

        let after = RecordStore(root: data)
        #expect(after.loadAll(Deal.self).problems.isEmpty)
        #expect(try after.load(Deal.self, id: "kept-1") == savedChange)
        #expect(try after.load(Deal.self, id: "new-1") == savedNew)
    }

    @Test func theFirstSaveIntoAnEmptyDataFolderSurvivesACut() throws {
        let dir = TemporaryDirectory()
        let data = dir.url.appendingPathComponent("team").appendingPathComponent("data")
        let power = PowerCutFileSystem(keepingIn: dir.url.appendingPathComponent("kept"))
        let saved = try RecordStore(root: data, fileSystem: power).save(StoreFixtures.deal("first-1"))
        power.cut(under: dir.url)

        #expect(try RecordStore(root: data).load(Deal.self, id: "first-1") == saved)
    }

    @Test func aBatchedImportSurvivesACut() throws {
        let (_, new) = try FaultImportTests.expectations()
        let dir = TemporaryDirectory()
        let data = dir.url.appendingPathComponent("data")
        _ = try FaultImportTests.importText(FaultImportTests.first, into: data)
        let power = PowerCutFileSystem(keepingIn: dir.url.appendingPathComponent("kept"))
        let report = try FaultImportTests.importText(FaultImportTests.second, into: data, fileSystem: power)
        #expect(report.rejected.isEmpty)
        power.cut(under: data)

        #expect(RecordStore(root: data).loadAll(Deal.self).problems.isEmpty)
        #expect(Self.deals(in: data) == new)
    }

    /// A crash at every operation, then the power goes: each deal is old or new, every file parses,
    /// what was reported saved is new, and the next import finishes the job.
    @Test func aCrashAtEveryOperationThenACutKeepsWhatWasReportedSaved() throws {
        let (old, new) = try FaultImportTests.expectations()
        var crashPoints = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            let data = dir.url.appendingPathComponent("data")
            _ = try FaultImportTests.importText(FaultImportTests.first, into: data)
            let faults = FaultFileSystem(.crash(at: n))
            let power = PowerCutFileSystem(wrapping: faults, keepingIn: dir.url.appendingPathComponent("kept"))
            let report = try? FaultImportTests.importText(FaultImportTests.second, into: data, fileSystem: power)
            power.cut(under: data)

            let loaded = RecordStore(root: data).loadAll(Deal.self)
            #expect(loaded.problems.isEmpty, "crash at operation \(n), then a cut: \(loaded.problems)")
            let onDisk = Self.deals(in: data)
            for id in old.keys { #expect(onDisk[id] == old[id] || onDisk[id] == new[id], "crash at \(n), then a cut: \(id)") }
            for id in (report?.added ?? []) + (report?.updated ?? []) {
                #expect(onDisk[id] == new[id], "crash at \(n), then a cut: \(id) was reported saved and is not")
            }
            let again = try FaultImportTests.importText(FaultImportTests.second, into: data)
            #expect(again.rejected.isEmpty, "after a crash at \(n) and a cut: \(again.rejected)")
            #expect(Self.deals(in: data) == new, "after a crash at \(n) and a cut")
            if !faults.triggered { break }
            crashPoints += 1
        }
        #expect(crashPoints >= 15)
    }
}
