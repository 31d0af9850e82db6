@testable import DebriefCore
import Foundation
import Testing

/// The record index must give exactly what reading every file gives, whatever happened to the files
/// or to the index file in between.
@Suite struct RecordIndexTests {
    /// A demo data directory and its index. The index trusts stamps at once here (in use it waits a few
    /// seconds, as files may change again within one clock tick; one test covers that).
    private func demoDirectory(deals: Int = 40, reviews: Int = 15) throws -> (TemporaryDirectory, RecordStore, RecordIndex) {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        try DemoTeam(.init(deals: deals, reviews: reviews, seed: 11, asOf: Day(iso: "2026-11-01")!)).write(to: data)
        var index = RecordIndex(dataDirectory: data, cacheDirectory: dir.path("cache"))
        index.settleNanoseconds = 0
        return (dir, RecordStore(root: data), index)
    }

    private func expectSameAsReadingEveryFile(_ load: RecordIndex.Load, _ store: RecordStore) {
        let deals = store.loadAll(Deal.self), reviews = store.loadAll(Review.self)
        #expect(load.deals == deals.records)
        #expect(load.reviews == reviews.records)
        #expect(load.problems == deals.problems + reviews.problems)
        #expect(zip(load.deals, deals.records).allSatisfy { RecordIndexTestFiles.sameBits($0.amount?.amount ?? 0, $1.amount?.amount ?? 0) && ($0.amount == nil) == ($1.amount == nil) })
    }

    @Test func aWarmLoadReadsNoFilesAndEqualsAColdOne() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        let cold = index.load(from: store)
        #expect(cold.indexIgnored == "missing")
        #expect(cold.indexWritten)
        #expect(cold.filesRead == 55)
        let warm = index.load(from: store)
        #expect(warm.indexIgnored == nil)
        #expect(warm.filesRead == 0)
        #expect(!warm.indexWritten)
        expectSameAsReadingEveryFile(warm, store)
        #expect(warm.deals == cold.deals && warm.reviews == cold.reviews)
    }

    @Test func theIndexFileIsPrivateAndOutsideTheDataDirectory() throws {
        let (dir, store, index) = try demoDirectory(deals: 3, reviews: 1)
        _ = index.load(from: store)
        #expect(StoreFixtures.mode(index.file) == 0o600)
        #expect(StoreFixtures.mode(index.file.deletingLastPathComponent()) == 0o700)
        #expect(index.file.path.hasPrefix(dir.path("cache", "index").path + "/"))
        #expect(!index.file.path.hasPrefix(store.root.path))
        #expect(index.file.lastPathComponent.count == 20)
    }

    @Test func changedAddedAndDeletedFilesAreSeen() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        var deal = try #require(store.loadAll(Deal.self).records.first)
        deal.notes = "Edited in another terminal"
        try store.save(deal)
        try store.save(StoreFixtures.deal("brand-new"))
        let gone = try #require(store.loadAll(Review.self).records.last)
        try FileManager.default.removeItem(at: try store.fileURL(for: Review.self, id: gone.id))
        let load = index.load(from: store)
        #expect(load.filesRead == 2)
        #expect(load.deals.first { $0.id == deal.id }?.notes == "Edited in another terminal")
        #expect(load.deals.contains { $0.id == "brand-new" })
        #expect(!load.reviews.contains { $0.id == gone.id })
        expectSameAsReadingEveryFile(load, store)
    }

    @Test func aFileChangedWithItsSizeAndMtimeKeptIsStillSeen() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let url = try store.fileURL(for: Deal.self, id: try #require(store.loadAll(Deal.self).records.first).id)
        let before = try #require(RecordIndexTestFiles.modified(url))
        let text = try String(contentsOf: url, encoding: .utf8)
        // Same length, in place, then the mtime set back: only the ctime tells.
        let edited = text.replacingOccurrences(of: "\"revision\" : 1", with: "\"revision\" : 7")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try RecordIndexTestFiles.setModified(url, to: before)
        let load = index.load(from: store)
        #expect(load.filesRead == 1)
        expectSameAsReadingEveryFile(load, store)
    }

    @Test func aBrokenFileIsNeverServedFromTheIndex() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let victim = try #require(store.loadAll(Deal.self).records.first)
        let url = try store.fileURL(for: Deal.self, id: victim.id)
        let good = try #require(StoreFixtures.fileBytes(url))
        try good.prefix(good.count / 2).write(to: url)
        for _ in 0..<2 {
            let load = index.load(from: store)
            #expect(!load.deals.contains { $0.id == victim.id })
            #expect(load.problems.count == 1)
            #expect(load.problems.first?.path == url.path)
            #expect(load.problems.first?.reason.hasPrefix("is not valid JSON (at line ") == true)
            expectSameAsReadingEveryFile(load, store)
        }
        try good.write(to: url)
        let repaired = index.load(from: store)
        #expect(repaired.problems.isEmpty)
        #expect(repaired.deals.contains { $0.id == victim.id })
    }

    @Test func aRecentlyChangedFileIsKeptOutOfTheIndexUntilItSettles() throws {
        let (dir, store, instant) = try demoDirectory(deals: 5, reviews: 0)
        defer { withExtendedLifetime(dir) {} }
        // No sleeps: "recent" is set by the settle time, an hour while the new file must count as
        // still changing and none once it has settled, so a slow machine cannot move the window.
        var index = instant
        #expect(index.load(from: store).filesRead == 5)
        #expect(index.load(from: store).filesRead == 0)
        try store.save(StoreFixtures.deal("just-saved"))
        index.settleNanoseconds = 3_600_000_000_000
        #expect(index.load(from: store).filesRead == 1)
        let again = index.load(from: store)
        #expect(again.filesRead == 1, "read again while it may still change within one clock tick")
        #expect(!again.indexWritten)
        index.settleNanoseconds = 0
        #expect(index.load(from: store).indexWritten)
        #expect(index.load(from: store).filesRead == 0)
    }

    @Test func aCorruptIndexIsIgnoredAndRebuilt() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let original = try Data(contentsOf: index.file)
        var corruptions: [(String, Data)] = [
            ("truncated", original.prefix(original.count / 2)),
            ("empty", Data()),
            ("garbage", Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })),
            ("another format", { var d = original; d[8] = 99; return d }()),
        ]
        for offset in stride(from: 40, to: original.count, by: max(1, original.count / 40)) {
            var flipped = original
            flipped[offset] ^= 0x5A
            corruptions.append(("byte \(offset) flipped", flipped))
        }
        for (label, bytes) in corruptions {
            try bytes.write(to: index.file)
            let load = index.load(from: store)
            #expect(load.indexIgnored != nil, "\(label)")
            #expect(load.filesRead == 55, "\(label)")
            #expect(load.indexWritten, "\(label)")
            expectSameAsReadingEveryFile(load, store)
        }
        #expect(index.load(from: store).filesRead == 0)
    }

    @Test func anIndexFromAnotherDataDirectoryIsIgnored() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let other = dir.path("other")
        try DemoTeam(.init(deals: 7, reviews: 2, seed: 99, asOf: Day(iso: "2026-11-01")!)).write(to: other)
        let otherIndex = RecordIndex(dataDirectory: other, cacheDirectory: dir.path("cache"))
        #expect(otherIndex.file != index.file)
        try FileManager.default.copyItem(at: index.file, to: otherIndex.file)
        let otherStore = RecordStore(root: other)
        let load = otherIndex.load(from: otherStore)
        #expect(load.indexIgnored == "made for another data directory")
        #expect(load.deals == otherStore.loadAll(Deal.self).records)
        #expect(load.reviews == otherStore.loadAll(Review.self).records)
    }

    @Test func anUnwritableCacheDirectoryStillLoads() throws {
        let (dir, store, _) = try demoDirectory(deals: 4, reviews: 1)
        try Data("a file where the cache folder should be".utf8).write(to: dir.path("blocked"))
        let index = RecordIndex(dataDirectory: store.root, cacheDirectory: dir.path("blocked"))
        let load = index.load(from: store)
        #expect(!load.indexWritten)
        expectSameAsReadingEveryFile(load, store)
    }

    @Test func workspaceLoadWithAnIndexEqualsWithout() throws {
        let (dir, store, _) = try demoDirectory()
        let locations = DataLocations(dataDirectory: store.root, stateDirectory: dir.path("state"), configDirectory: dir.path("config"),
                                      cacheDirectory: dir.path("cache"))
        let plain = Workspace.load(from: store)
        for _ in 0..<2 {
            let indexed = Workspace.load(from: store, locations: locations)
            #expect(indexed.deals == plain.deals)
            #expect(indexed.reviews == plain.reviews)
            #expect(indexed.problems == plain.problems)
        }
    }
}
