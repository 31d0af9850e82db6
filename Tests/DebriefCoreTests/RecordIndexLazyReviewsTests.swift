@testable import DebriefCore
import Foundation
import Testing

/// Reviews from the index are summarised at once (deal, status, id) and decoded whole only on first
/// use; both must always agree with the files.
@Suite struct RecordIndexLazyReviewsTests {
    private func demoDirectory() throws -> (TemporaryDirectory, RecordStore, RecordIndex) {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        try DemoTeam(.init(deals: 30, reviews: 12, seed: 5, asOf: Day(iso: "2026-11-01")!)).write(to: data)
        var index = RecordIndex(dataDirectory: data, cacheDirectory: dir.path("cache"))
        index.settleNanoseconds = 0
        return (dir, RecordStore(root: data), index)
    }

    private func expectMatchesTheFiles(_ reviews: LoadedReviews, _ store: RecordStore) {
        let files = store.loadAll(Review.self).records
        #expect(reviews.headlines == files.map(ReviewHeadline.init))
        #expect(reviews.all == files)
    }

    @Test func aWarmLoadSummarisesReviewsAndDecodesThemOnFirstUse() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        let cold = index.load(from: store)
        #expect(cold.loadedReviews.isDecoded, "read from the files, they are whole")
        let warm = index.load(from: store)
        #expect(warm.filesRead == 0)
        #expect(!warm.loadedReviews.isDecoded)
        #expect(warm.loadedReviews.headlines.count == 12)
        #expect(!warm.loadedReviews.isDecoded, "headlines decode no whole review")
        expectMatchesTheFiles(warm.loadedReviews, store)
        #expect(warm.loadedReviews.isDecoded)
    }

    @Test func aChangedAddedOrRemovedReviewFileIsSeen() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let reviews = store.loadAll(Review.self).records
        var changed = try #require(reviews.first { $0.status != .completed })
        changed.status = .completed
        try store.save(changed)
        var added = reviews[1]
        added.id = "zz-added-review"
        added.revision = 0
        added.status = .prepReady
        try store.save(added)
        let removed = try #require(reviews.last)
        try FileManager.default.removeItem(at: try store.fileURL(for: Review.self, id: removed.id))

        let load = index.load(from: store)
        #expect(load.filesRead == 2)
        let headlines = load.loadedReviews.headlines
        #expect(headlines.first { $0.id == changed.id }?.status == .completed)
        #expect(headlines.contains(ReviewHeadline(id: "zz-added-review", dealId: added.dealId, status: .prepReady)))
        #expect(!headlines.contains { $0.id == removed.id })
        expectMatchesTheFiles(load.loadedReviews, store)
        // And once more from the index written just now, summarised again.
        let again = index.load(from: store)
        #expect(again.filesRead == 0 && !again.loadedReviews.isDecoded)
        expectMatchesTheFiles(again.loadedReviews, store)
    }

    @Test func replacingTheReviewsDropsTheSummariesOfTheOldOnes() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        var loaded = index.load(from: store).loadedReviews
        loaded.all[0].status = .inProgress
        #expect(loaded.isDecoded)
        #expect(loaded.headlines[0].status == .inProgress)
        loaded.all = []
        #expect(loaded.headlines.isEmpty)
    }

    /// A review record whose start is sound but whose rest is not: the checksum is made to match,
    /// as only a forged or buggy index could have it.
    @Test func aReviewRecordTheIndexCannotDecodeIsReadFromItsFileAndTheIndexRebuilt() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        var bytes = [UInt8](try Data(contentsOf: index.file))
        let offset = try Self.offsetOfFirstReviewsScheduledFlag(bytes)
        // The flag of an optional field (scheduledFor), after what the summary reads: 7 is no flag at all.
        bytes[offset] = 7
        let sum = RecordIndexFile.checksum(bytes[RecordIndexFile.headerSize...])
        for shift in 0..<8 { bytes[24 + shift] = UInt8(truncatingIfNeeded: sum >> UInt64(shift * 8)) }
        try Data(bytes).write(to: index.file)

        let load = index.load(from: store)
        #expect(load.indexIgnored == nil && load.filesRead == 0)
        #expect(load.loadedReviews.headlines == store.loadAll(Review.self).records.map(ReviewHeadline.init))
        #expect(load.reviews == store.loadAll(Review.self).records)
        #expect(!FileManager.default.fileExists(atPath: index.file.path), "removed, to be rebuilt")
        let next = index.load(from: store)
        #expect(next.indexIgnored == "missing" && next.indexWritten)
        #expect(index.load(from: store).reviews == store.loadAll(Review.self).records)
    }

    /// Walks the payload as `RecordIndexFile.decode` does, past the first review's schema version,
    /// id, revision, deal id, kind, status, manager, rep and question set, to its scheduledFor flag.
    private static func offsetOfFirstReviewsScheduledFlag(_ bytes: [UInt8]) throws -> Int {
        var input = RecordIndexReader(bytes, from: RecordIndexFile.headerSize)
        _ = try input.inlineString()
        _ = try input.unsigned()
        _ = try input.unsigned()
        _ = try input.inlineString()
        for _ in 0..<(try input.count()) { _ = try input.inlineString() }
        func skipEntries() throws {
            for _ in 0..<(try input.count()) {
                _ = try input.unsigned()
                _ = try RecordIndexFileStamp.read(from: &input)
                try input.skip(try input.count())
            }
            _ = try input.list { try $0.unsigned() }
        }
        try skipEntries()
        #expect(try input.count() > 0)
        _ = try input.unsigned()
        _ = try RecordIndexFileStamp.read(from: &input)
        _ = try input.count()
        _ = try input.signed()
        _ = try input.unsigned()
        _ = try input.signed()
        for _ in 0..<5 { _ = try input.unsigned() }
        return input.position
    }
}
