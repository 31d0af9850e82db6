import Foundation

/// The bytes of a record index file.
///
/// Layout (integers little-endian, `varint` = LEB128, `zigzag` for signed):
///   magic "DBRFIDX\n" · format version (u64) · payload length (u64) · payload checksum (u64) · payload
/// payload:
///   data directory path (varint length + UTF-8) · deal and review schema versions (varints) ·
///   fingerprint of the enum cases (see `RecordIndexEnumCodes`, varint length + UTF-8)
///   string table: count, then each string as varint length + UTF-8
///   deals, then reviews: count, then per file, in strictly increasing name order: name (string ref),
///   size, mtime ns, ctime ns (zigzag), inode (varint), record length (varint), record (see
///   `RecordIndexRecordCoding`); then the folder's listing order (count, then entry positions)
/// Strings inside records are table references, so repeated text is stored and decoded once.
struct RecordIndexFile: Sendable {
    static let magic = Array("DBRFIDX\n".utf8)
    /// Bump on any change to the layout or to the record coding.
    /// 2: amounts as sign, significand and exponent instead of text; names in strictly increasing
    /// order; each folder's listing order.
    /// 3: enum fields as case numbers, with the fingerprint of every enum's cases in the payload.
    /// 4: a deal's amount is optional (unknown when the CRM gave none).
    static let formatVersion: UInt64 = 6
    static let headerSize = 32

    var dataDirectory: String
    var deals: RecordIndexSection<Deal>
    /// Read from a file, its records are decoded on first use (see `reviewHeadlines`).
    var reviews: RecordIndexSection<Review>
    /// Read from a file: each review's id, deal and status, in the order of `reviews`.
    var reviewHeadlines: [ReviewHeadline]?

    init(dataDirectory: String, deals: RecordIndexSection<Deal>, reviews: RecordIndexSection<Review>) {
        self.dataDirectory = dataDirectory
        self.deals = deals
        self.reviews = reviews
    }

    init(dataDirectory: String, deals: [RecordIndexEntry<Deal>], reviews: [RecordIndexEntry<Review>]) {
        self.init(dataDirectory: dataDirectory, deals: RecordIndexSection(deals), reviews: RecordIndexSection(reviews))
    }

    func encoded() -> [UInt8] {
        var body = RecordIndexWriter()
        Self.writeSection(deals, into: &body) { RecordIndexRecordCoding.write($1, to: &$0) }
        Self.writeSection(reviews, into: &body) { RecordIndexRecordCoding.write($1, to: &$0) }

        var payload = RecordIndexWriter()
        payload.inlineString(dataDirectory)
        payload.unsigned(UInt64(Deal.currentSchemaVersion))
        payload.unsigned(UInt64(Review.currentSchemaVersion))
        payload.inlineString(RecordIndexEnumCodes.fingerprint)
        payload.unsigned(UInt64(body.strings.count))
        for text in body.strings { payload.inlineString(text) }
        payload.raw(body.bytes)

        var file = RecordIndexWriter()
        file.raw(Self.magic)
        file.fixed64(Self.formatVersion)
        file.fixed64(UInt64(payload.bytes.count))
        file.fixed64(Self.checksum(payload.bytes[...]))
        file.raw(payload.bytes)
        return file.bytes
    }

    private static func writeSection<R>(_ section: RecordIndexSection<R>, into out: inout RecordIndexWriter,
                                        _ write: (inout RecordIndexWriter, R) -> Void) {
        // Deferred records found corrupt are left out: the next load reads those files again.
        guard let records = section.records else {
            out.unsigned(0)
            out.unsigned(0)
            return
        }
        out.unsigned(UInt64(section.count))
        for position in section.indices {
            out.string(section.names[position])
            section.stamps[position].write(to: &out)
            // Records are length-prefixed so they can be decoded in parallel.
            out.lengthPrefixed { write(&$0, records[position]) }
        }
        out.list(section.listing) { $0.unsigned(UInt64($1)) }
    }

    /// Reads an index file, or says why it cannot be used: wrong magic, another format version, a bad
    /// checksum, another data directory, or any malformed byte. Nothing here trusts the input.
    static func decode(_ bytes: [UInt8], expectedDataDirectory: String) throws -> RecordIndexFile {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else { throw RecordIndexUnusable(reason: "not a Debrief index") }
        var header = RecordIndexReader(bytes, from: 8, to: headerSize)
        let version = try header.fixed64()
        guard version == formatVersion else { throw RecordIndexUnusable(reason: "format version \(version), this build uses \(formatVersion)") }
        let length = try header.fixed64()
        let sum = try header.fixed64()
        guard length == UInt64(bytes.count - headerSize) else { throw RecordIndexUnusable(reason: "truncated or extended") }
        guard checksum(bytes[headerSize...]) == sum else { throw RecordIndexUnusable(reason: "checksum mismatch") }

        var input = RecordIndexReader(bytes, from: headerSize)
        let directory = try input.inlineString()
        guard directory == expectedDataDirectory else { throw RecordIndexUnusable(reason: "made for another data directory") }
        guard try input.unsigned() == UInt64(Deal.currentSchemaVersion), try input.unsigned() == UInt64(Review.currentSchemaVersion) else {
            throw RecordIndexUnusable(reason: "made for other record schemas")
        }
        guard try input.inlineString() == RecordIndexEnumCodes.fingerprint else { throw RecordIndexUnusable(reason: "made for other enum cases") }
        // Where each string is, then the strings themselves (checked UTF-8) on all cores.
        let stringCount = try input.count()
        var places: [Range<Int>] = []
        places.reserveCapacity(stringCount)
        for _ in 0..<stringCount { places.append(try input.inlineStringPlace()) }
        let payload = input.bytes
        guard let strings = ParallelMap.mapAll(places, { String(validating: payload[$0], as: UTF8.self) }) else {
            throw RecordIndexUnusable(reason: "corrupt text in the string table")
        }
        input.strings = strings

        let deals = try readSection(&input, RecordIndexRecordCoding.readDeal)
        // The board's first frame needs only each review's deal and status.
        let (reviews, headlines) = try readDeferredSection(&input, RecordIndexRecordCoding.readReview,
                                                           summarise: RecordIndexRecordCoding.readReviewHeadline)
        guard input.isAtEnd else { throw RecordIndexUnusable(reason: "trailing bytes") }
        var file = RecordIndexFile(dataDirectory: directory, deals: deals, reviews: reviews)
        file.reviewHeadlines = headlines
        return file
    }

    private struct Located: Sendable {
        var start: Int
        var end: Int
    }

    /// The names, stamps and record locations of a section, checked for name order.
    private static func readEntries(_ input: inout RecordIndexReader) throws -> (names: [String], stamps: [RecordIndexFileStamp], located: [Located]) {
        let count = try input.count()
        var names: [String] = []
        var stamps: [RecordIndexFileStamp] = []
        var located: [Located] = []
        names.reserveCapacity(count)
        stamps.reserveCapacity(count)
        located.reserveCapacity(count)
        for _ in 0..<count {
            let name = try input.string()
            // Name order is what lets a load pair files with entries without sorting, and rules out duplicates.
            if let previous = names.last, !(previous < name) { throw RecordIndexUnusable(reason: "names out of order") }
            names.append(name)
            stamps.append(try RecordIndexFileStamp.read(from: &input))
            let length = try input.count()
            let start = input.position
            try input.skip(length)
            located.append(Located(start: start, end: start + length))
        }
        return (names, stamps, located)
    }

    private static func readListing(_ input: inout RecordIndexReader) throws -> [Int32] {
        // Positions are checked where they are used (`isListing`); here only that they are numbers.
        try input.list { input -> Int32 in
            guard let position = Int32(exactly: try input.unsigned()) else { throw RecordIndexUnusable(reason: "corrupt listing") }
            return position
        }
    }

    /// Decodes every record of `located` in `bytes`, on all cores; nil if any is corrupt.
    private static func decodeRecords<R: Sendable>(_ located: [Located], in bytes: [UInt8], strings: [String],
                                                   _ read: @escaping @Sendable (inout RecordIndexReader) throws -> R) -> [R]? {
        ParallelMap.mapAll(located) { place -> R? in
            var reader = RecordIndexReader(bytes, from: place.start, to: place.end)
            reader.strings = strings
            guard let record = try? read(&reader), reader.isAtEnd else { return nil }
            return record
        }
    }

    private static func readSection<R: Sendable>(_ input: inout RecordIndexReader,
                                                 _ read: @escaping @Sendable (inout RecordIndexReader) throws -> R) throws -> RecordIndexSection<R> {
        let (names, stamps, located) = try readEntries(&input)
        // Decoding the records is the bulk of the work; spread it over the cores.
        guard let records = decodeRecords(located, in: input.bytes, strings: input.strings, read) else {
            throw RecordIndexUnusable(reason: "corrupt record")
        }
        return RecordIndexSection(names: names, stamps: stamps, records: records, listing: try readListing(&input))
    }

    /// A section whose records are summarised now (`summarise` reads the start of each record) and
    /// decoded in full only on first use, from a copy of their bytes, so the whole index file need
    /// not stay in memory.
    private static func readDeferredSection<R: Sendable, S>(_ input: inout RecordIndexReader,
                                                            _ read: @escaping @Sendable (inout RecordIndexReader) throws -> R,
                                                            summarise: (inout RecordIndexReader) throws -> S) throws -> (RecordIndexSection<R>, [S]) {
        let (names, stamps, located) = try readEntries(&input)
        var headlines: [S] = []
        headlines.reserveCapacity(located.count)
        for place in located {
            var reader = RecordIndexReader(input.bytes, from: place.start, to: place.end)
            reader.strings = input.strings
            headlines.append(try summarise(&reader))
        }
        let base = located.first?.start ?? 0
        let bytes = Array(input.bytes[base..<(located.last?.end ?? base)])
        let shifted = located.map { Located(start: $0.start - base, end: $0.end - base) }
        let strings = input.strings
        let decode = DecodeOnce<[R]?> { decodeRecords(shifted, in: bytes, strings: strings, read) }
        return (RecordIndexSection(names: names, stamps: stamps, deferred: decode, listing: try readListing(&input)), headlines)
    }

    /// A fast 64-bit checksum over whole words, to notice truncation and stray bytes (not an attacker).
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x1000_0000_01B3
                offset += 1
            }
            return hash ^ (hash >> 29)
        }
    }
}
