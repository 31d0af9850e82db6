import Foundation
import Testing
@testable import DebriefCore

/// Importing again, or importing a newer export, updates by CRM id, never duplicates, never touches reviews.
@Suite struct ImportReimportTests {
    static let header = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Closed Lost Reason,Next Step"

    @Test func sameFileTwiceIsAllUnchangedAndWritesNothing() throws {
        let dir = try TemporaryDataDirectory()
        let path = ImportFixture.path("salesforce-opportunities.csv")
        let first = try dir.importer.importFile(atPath: path)
        let before = try snapshot(dir.url)
        let second = try dir.importer.importFile(atPath: path)
        #expect(second.added.isEmpty && second.updated.isEmpty && second.rejected.isEmpty)
        #expect(second.unchanged.sorted() == first.added.sorted())
        #expect(try snapshot(dir.url) == before)
    }

    @Test func newerExportUpdatesChangedDealsAndKeepsReviewsByteIdentical() throws {
        let dir = try TemporaryDataDirectory()
        let v1 = [Self.header,
                  "1,Acme - One,Closed Won,100,2026-01-05,Ann,,",
                  "2,Beta - Two,Closed Lost,200,2026-01-06,Bob,Price,Call back in March",
                  "3,Gamma - Three,Negotiation,300,,Cy,,"].joined(separator: "\r\n")
        let first = try dir.importText(v1)
        #expect(first.added == ["hubspot-1", "hubspot-2"])
        #expect(first.skippedCount == 1)

        // A manager edits notes in Debrief and holds a review of deal 1.
        var beta = try #require(dir.deals()["hubspot-2"])
        beta.notes = "Manager's own note"
        beta = try dir.store.save(beta)
        let review = Review(id: "r-1", dealId: "hubspot-1", kind: .win, manager: "Mia", rep: "Ann", questionSetId: "win",
                            createdAt: Date(timeIntervalSince1970: 1_790_000_000), summary: "Kept as is")
        try dir.store.save(review)
        let reviewPath = dir.url.appendingPathComponent("reviews/r-1.json").path
        let reviewBytes = try Data(contentsOf: URL(fileURLWithPath: reviewPath))

        let v2 = [Self.header,
                  "1,Acme - One,Closed Won,150,2026-01-05,Ann,,",
                  "2,Beta - Two,Closed Lost,200,2026-01-06,Bob,Price,",
                  "3,Gamma - Three,Closed Won,300,2026-02-01,Cy,,",
                  "1,Acme - One,Closed Won,150,2026-01-05,Ann,,"].joined(separator: "\r\n")
        let second = try dir.importText(v2)
        #expect(second.added == ["hubspot-3"])
        #expect(second.updated == ["hubspot-1"])
        #expect(second.unchanged == ["hubspot-2"])
        #expect(second.duplicates == [5])
        #expect(second.rejected.isEmpty)

        let deals = dir.deals()
        #expect(deals.count == 3)
        #expect(deals["hubspot-1"]?.amount == Money(150, "USD"))
        #expect(deals["hubspot-1"]?.revision == 2)
        #expect(deals["hubspot-2"]?.notes == "Manager's own note")  // an empty notes cell keeps Debrief's notes
        #expect(deals["hubspot-2"]?.revision == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: reviewPath)) == reviewBytes)

        let third = try dir.importText(v2)
        #expect(third.unchanged.sorted() == ["hubspot-1", "hubspot-2", "hubspot-3"])
    }

    @Test func dryRunReportsTheSameAndWritesNothing() throws {
        let dir = try TemporaryDataDirectory()
        let path = ImportFixture.path("pipedrive-deals.csv")
        let dry = try dir.importer.importFile(atPath: path, options: ImportOptions(dryRun: true))
        #expect(dry.dryRun)
        #expect(dry.added.count == 5)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("deals").path))
        let real = try dir.importer.importFile(atPath: path)
        #expect(real.added == dry.added)
        #expect(real.skippedOpen == dry.skippedOpen)
        let dryAgain = try dir.importer.importFile(atPath: path, options: ImportOptions(dryRun: true))
        #expect(dryAgain.unchanged.count == 5)
    }

    @Test func aDealFileThatDoesNotParseIsReportedAndLeftAlone() throws {
        let dir = try TemporaryDataDirectory()
        try DurableFile.makeDirectory(dir.url.appendingPathComponent("deals"))
        let broken = dir.url.appendingPathComponent("deals/hubspot-1.json")
        try Data("{ not json".utf8).write(to: broken)
        let report = try dir.importText(Self.header + "\n1,Acme - One,Closed Won,100,2026-01-05,Ann,,\n2,B - Two,Closed Won,1,2026-01-05,Ann,,\n")
        #expect(report.added == ["hubspot-2"])
        #expect(report.rejected.map(\.line) == [2])
        #expect(try Data(contentsOf: broken) == Data("{ not json".utf8))
    }

    /// Every file under the directory with its bytes.
    private func snapshot(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }
}
