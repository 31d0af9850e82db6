@testable import DebriefCore
import Foundation
import Testing

/// The index file's format: an older format is rebuilt, never misread; what the decoder relies on
/// (name order, sane amounts) is checked, never assumed.
@Suite struct RecordIndexFormatTests {
    private func demoDirectory() throws -> (TemporaryDirectory, RecordStore, RecordIndex) {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        try DemoTeam(.init(deals: 30, reviews: 10, seed: 3, asOf: Day(iso: "2026-11-01")!)).write(to: data)
        var index = RecordIndex(dataDirectory: data, cacheDirectory: dir.path("cache"))
        index.settleNanoseconds = 0
        return (dir, RecordStore(root: data), index)
    }

    private func formatVersion(of file: URL) throws -> UInt64 {
        let bytes = try [UInt8](Data(contentsOf: file))
        var header = RecordIndexReader(bytes, from: 8, to: 16)
        return try header.fixed64()
    }

    @Test func anIndexOfTheFormerFormatIsRebuiltNotMisread() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        #expect(try formatVersion(of: index.file) == RecordIndexFile.formatVersion)
        // Format 2 kept enum fields as text; the rest of the file is left as it is, checksum and all.
        var bytes = try Data(contentsOf: index.file)
        bytes[8] = 2
        try bytes.write(to: index.file)
        let load = index.load(from: store)
        #expect(load.indexIgnored == "format version 2, this build uses \(RecordIndexFile.formatVersion)")
        #expect(load.filesRead == 40)
        #expect(load.indexWritten)
        #expect(load.deals == store.loadAll(Deal.self).records)
        #expect(load.reviews == store.loadAll(Review.self).records)
        #expect(try formatVersion(of: index.file) == RecordIndexFile.formatVersion)
        #expect(index.load(from: store).filesRead == 0)
    }

    @Test func anIndexMadeWhenAnEnumHadOtherCasesIsRebuilt() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        var bytes = [UInt8](try Data(contentsOf: index.file))
        var input = RecordIndexReader(bytes, from: RecordIndexFile.headerSize)
        _ = try input.inlineString()
        _ = try input.unsigned()
        _ = try input.unsigned()
        let fingerprintLength = try input.count()
        #expect(String(decoding: bytes[input.position..<input.position + fingerprintLength], as: UTF8.self) == RecordIndexEnumCodes.fingerprint)
        // Another fingerprint, as an index written by a build whose enums had other cases has.
        bytes[input.position] = bytes[input.position] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        let sum = RecordIndexFile.checksum(bytes[RecordIndexFile.headerSize...])
        for shift in 0..<8 { bytes[24 + shift] = UInt8(truncatingIfNeeded: sum >> UInt64(shift * 8)) }
        try Data(bytes).write(to: index.file)
        let load = index.load(from: store)
        #expect(load.indexIgnored == "made for other enum cases")
        #expect(load.filesRead == 40)
        #expect(load.deals == store.loadAll(Deal.self).records)
        #expect(load.reviews == store.loadAll(Review.self).records)
        #expect(index.load(from: store).filesRead == 0)
    }

    @Test func aFileSwappedForAnotherOfTheSameCountIsSeen() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let gone = try #require(store.loadAll(Deal.self).records.first)
        try FileManager.default.removeItem(at: try store.fileURL(for: Deal.self, id: gone.id))
        try store.save(StoreFixtures.deal("zz-swapped-in"))
        let load = index.load(from: store)
        #expect(load.filesRead == 1)
        #expect(!load.deals.contains { $0.id == gone.id })
        #expect(load.deals.last?.id == "zz-swapped-in")
        #expect(load.deals == store.loadAll(Deal.self).records)
        #expect(index.load(from: store).deals == load.deals)
    }

    @Test func aWrongListingOrderIsNeverTrusted() throws {
        let (dir, store, index) = try demoDirectory()
        defer { withExtendedLifetime(dir) {} }
        _ = index.load(from: store)
        let directory = RecordIndex.identity(of: store.root)
        let good = try RecordIndexFile.decode([UInt8](Data(contentsOf: index.file)), expectedDataDirectory: directory)
        #expect(good.deals.listing.count == 30, "the listing order is remembered")
        let count = Int32(good.deals.count)
        let listings: [[Int32]] = [good.deals.listing.reversed(), Array(repeating: 0, count: Int(count)), good.deals.listing.map { $0 + count },
                                   Array(good.deals.listing.dropLast()), []]
        for listing in listings {
            var forged = good
            forged.deals.listing = listing
            try Data(forged.encoded()).write(to: index.file)
            let load = index.load(from: store)
            #expect(load.indexIgnored == nil)
            #expect(load.filesRead == 0)
            #expect(load.deals == store.loadAll(Deal.self).records)
            #expect(load.indexWritten, "the listing order is put right")
            #expect(!index.load(from: store).indexWritten)
        }
    }

    @Test func namesOutOfOrderAreRefused() throws {
        let stamp = RecordIndexFileStamp(size: 1, modifiedNanoseconds: 2, changedNanoseconds: 3, inode: 4)
        let deals = ["b", "a"].map { StoreFixtures.deal($0) }
        for names in [["b.json", "a.json"], ["a.json", "a.json"]] {
            let file = RecordIndexFile(dataDirectory: "/d", deals: zip(names, deals).map { RecordIndexEntry(name: $0, stamp: stamp, record: $1) }, reviews: [])
            #expect(throws: RecordIndexUnusable(reason: "names out of order")) {
                try RecordIndexFile.decode(file.encoded(), expectedDataDirectory: "/d")
            }
        }
    }

    @Test func amountsKeepTheirExactDecimal() throws {
        for text in ["0", "1", "-1", "48000.5", "0.001", "-12.25", "18446744073709551616", "123456789012345678901234567890.12"] {
            let money = try #require(Money(plain: text, currency: "EUR"))
            var out = RecordIndexWriter()
            RecordIndexRecordCoding.write(money, to: &out)
            var input = RecordIndexReader(out.bytes)
            input.strings = out.strings
            let back = try RecordIndexRecordCoding.readMoney(from: &input)
            #expect(RecordIndexTestFiles.sameBits(back.amount, money.amount), "\(text)")
            #expect(back.plain == money.plain && back.currency == "EUR")
            #expect(input.isAtEnd)
        }
    }

    @Test func impossibleAmountsAreRefused() {
        // (exponent, negative, words): nine words, an exponent outside 8 bits, a negative zero (NaN), a word over 16 bits.
        let hostile: [(Int, Bool, [UInt64])] = [(0, false, Array(repeating: 1, count: 9)), (200, false, [1]), (-129, false, [1]),
                                                 (0, true, []), (0, false, [70_000])]
        for (exponent, negative, words) in hostile {
            var out = RecordIndexWriter()
            out.int(exponent)
            out.bool(negative)
            out.bool(true)
            out.list(words) { $0.unsigned($1) }
            out.string("USD")
            var input = RecordIndexReader(out.bytes)
            input.strings = out.strings
            #expect(throws: RecordIndexUnusable.self, "\(exponent) \(negative) \(words)") { try RecordIndexRecordCoding.readMoney(from: &input) }
        }
    }
}
