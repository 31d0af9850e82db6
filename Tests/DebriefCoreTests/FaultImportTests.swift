import DebriefCore
import Foundation
import Testing

/// A CSV import (batched under the folder's lock: new deals written to unnamed files and changed ones to
/// lock files, synced at once, linked or renamed into place, one folder sync) crashed
/// or failed at every file operation: each deal file is absent-or-old or new, never partial; what
/// the report calls saved is on disk, what it rejects is as it was; the next import finishes the job.
@Suite struct FaultImportTests {
    static let header = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
    static let first = header + """
        101,Acme - POS,Closed Won,"48,000",2026-09-01,Priya Raman
        102,Globex - Rollout,Closed Lost,"12,500",2026-09-12,Lena Vogt
        103,Initech - Pilot,Closed Won,"9,000",2026-10-02,Kenji Watanabe

        """
    /// 101 changes, 102 is unchanged, 103 changes, 104 and 105 are new.
    static let second = header + """
        101,Acme - POS,Closed Won,"52,000",2026-09-01,Priya Raman
        102,Globex - Rollout,Closed Lost,"12,500",2026-09-12,Lena Vogt
        103,Initech - Pilot and Expansion,Closed Won,"19,000",2026-10-02,Kenji Watanabe
        104,Umbrella - Labs,Closed Lost,"7,700",2026-10-20,Priya Raman
        105,Hooli - Search,Closed Won,"88,000",2026-11-01,Lena Vogt

        """
    static let options = ImportOptions(writerThreads: 2)

    /// Deals by id, without the save time (which differs from run to run).
    static func deals(in root: URL) -> [String: Deal] {
        var result: [String: Deal] = [:]
        for var deal in RecordStore(root: root).loadAll(Deal.self).records {
            deal.updatedAt = nil
            result[deal.id] = deal
        }
        return result
    }

    static func importText(_ text: String, into root: URL, fileSystem: any FileSystem = PosixFileSystem()) throws -> ImportReport {
        try DealImporter(store: RecordStore(root: root, fileSystem: fileSystem)).importData(Data(text.utf8), named: "crm.csv", options: options)
    }

    /// The deals before and after a complete second import.
    static func expectations() throws -> (old: [String: Deal], new: [String: Deal]) {
        let dir = TemporaryDirectory()
        _ = try importText(first, into: dir.url)
        let old = deals(in: dir.url)
        _ = try importText(second, into: dir.url)
        return (old, deals(in: dir.url))
    }

    @Test func crashAtEveryOperationLeavesEachDealOldOrNew() throws {
        let (old, new) = try Self.expectations()
        #expect(new.count == 5)
        var crashPoints = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            _ = try Self.importText(Self.first, into: dir.url)
            let faults = FaultFileSystem(.crash(at: n))
            _ = try? Self.importText(Self.second, into: dir.url, fileSystem: faults)

            // Restart: every file parses (loadAll reports any that does not) and is the old or the new deal.
            let loaded = RecordStore(root: dir.url).loadAll(Deal.self)
            #expect(loaded.problems.isEmpty, "crash at operation \(n): \(loaded.problems)")
            let onDisk = Self.deals(in: dir.url)
            for (id, deal) in onDisk {
                #expect(deal == old[id] || deal == new[id], "crash at operation \(n): \(id) is neither old nor new")
            }
            for id in old.keys { #expect(onDisk[id] != nil, "crash at operation \(n) removed \(id)") }
            // The next import is not blocked by the crash's lock files, removes them, and finishes the job.
            let report = try Self.importText(Self.second, into: dir.url)
            #expect(report.rejected.isEmpty, "after a crash at operation \(n): \(report.rejected)")
            #expect(Self.deals(in: dir.url) == new, "after a crash at operation \(n)")
            #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty, "after a crash at operation \(n)")
            if !faults.triggered { break }
            crashPoints += 1
        }
        // The folder opened to lock it; 4 deals to write: open and write each, one file-system sync,
        // rename the 2 changed and link the 2 new, then a folder sync.
        #expect(crashPoints >= 15)
    }

    @Test(arguments: [FaultFileSystem.Operation.write, .sync, .rename, .link, .open, .syncDirectory], [ENOSPC, EIO])
    func ioErrorsRejectOnlyTheDealsTheyHitWithTheReason(_ kind: FaultFileSystem.Operation, _ code: Int32) throws {
        let (old, new) = try Self.expectations()
        for n in 1... {
            let dir = TemporaryDirectory()
            _ = try Self.importText(Self.first, into: dir.url)
            let faults = FaultFileSystem(.fail(kind, at: n, code: code))
            let report = try Self.importText(Self.second, into: dir.url, fileSystem: faults)
            if !faults.triggered {
                #expect(report.rejected.isEmpty)
                break
            }
            #expect(!report.rejected.isEmpty, "a failed \(kind) #\(n) was not reported")
            for row in report.rejected {
                #expect(row.reason.contains(String(cString: strerror(code))), "\(row.reason)")
            }
            let onDisk = Self.deals(in: dir.url)
            // Said in full: this failed once under a loaded full run and never again in 70 runs alone or in pairs.
            for id in report.added + report.updated {
                #expect(onDisk[id] == new[id], "\(id) reported saved after a failed \(kind) #\(n): on disk \(String(describing: onDisk[id])), expected \(String(describing: new[id])); report added \(report.added), updated \(report.updated), rejected \(report.rejected.map(\.reason))")
            }
            for id in new.keys where !(report.added + report.updated).contains(id) {
                // Not reported saved: as it was, except after a failed folder sync (renamed, maybe not durable).
                if kind == .syncDirectory {
                    #expect(onDisk[id] == old[id] || onDisk[id] == new[id])
                } else {
                    #expect(onDisk[id] == old[id], "\(id) changed although a failed \(kind) #\(n) rejected it")
                }
            }
            #expect(StoreFixtures.leftovers(in: dir.path("deals")).isEmpty, "a failed \(kind) #\(n) left a lock file")
        }
    }
}
