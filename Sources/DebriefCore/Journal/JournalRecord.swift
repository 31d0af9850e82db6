import Foundation

/// One record of a review's edit journal. A journal file is the magic bytes `DBJ1`, then frames:
/// payload length (UInt32, little-endian), CRC-32 of the payload (UInt32, LE), payload. The first
/// record is a header naming the data directory, the review and (since the review may never have
/// been saved) the deal it is about; each later one says "set field F
/// of review R to TEXT at time T, based on revision N", or, once the journal holds a field's text,
/// only what changed in it ("replace N bytes at byte B with TEXT"), so a key typed into a long note
/// writes a few bytes, not the note. Strings are a UInt32 LE byte count and UTF-8.
public enum JournalRecord: Sendable, Hashable {
    /// `dealID` is nil in journals written before it was recorded.
    case header(dataDirectory: String, reviewID: String, dealID: String?)
    case edit(JournalEdit)
    case splice(JournalSplice)

    public static let magic: [UInt8] = Array("DBJ1".utf8)
    /// A length above this is damage, not a record: notes are never this long.
    public static let maxPayloadLength = 32 << 20
    static let frameHeaderLength = 8

    /// The framed bytes: length, checksum, payload.
    public func framed() -> [UInt8] {
        let body = payload()
        var out: [UInt8] = []
        out.reserveCapacity(body.count + Self.frameHeaderLength)
        out.appendLittleEndian(UInt32(body.count))
        out.appendLittleEndian(CRC32.checksum(body))
        out += body
        return out
    }

    func payload() -> [UInt8] {
        var out: [UInt8] = []
        switch self {
        case .header(let dataDirectory, let reviewID, let dealID):
            out.append(1)
            out.appendString(dataDirectory)
            out.appendString(reviewID)
            if let dealID { out.appendString(dealID) }
        case .edit(let edit):
            out.append(2)
            out.appendString(edit.reviewID)
            out.appendString(edit.field.key)
            out.appendString(edit.text)
            out.appendLittleEndian(UInt64(bitPattern: Int64((edit.time.timeIntervalSince1970 * 1000).rounded())))
            out.appendLittleEndian(UInt64(bitPattern: Int64(edit.baseRevision)))
            if let writer = edit.writer { out.appendLittleEndian(writer) }
        case .splice(let splice):
            out.append(3)
            out.appendString(splice.reviewID)
            out.appendString(splice.field.key)
            out.appendLittleEndian(UInt64(splice.offset))
            out.appendLittleEndian(UInt64(splice.removed))
            out.appendLittleEndian(UInt32(splice.inserted.count))
            out += splice.inserted
            out.appendLittleEndian(UInt64(bitPattern: Int64((splice.time.timeIntervalSince1970 * 1000).rounded())))
            out.appendLittleEndian(UInt64(bitPattern: Int64(splice.baseRevision)))
            out.appendLittleEndian(splice.writer)
        }
        return out
    }

    /// Reads a payload; nil when it is not a well-formed record.
    static func decode(payload: ArraySlice<UInt8>) -> JournalRecord? {
        var reader = ByteReader(bytes: payload)
        switch reader.byte() {
        case 1:
            guard let dataDirectory = reader.string(), let reviewID = reader.string() else { return nil }
            if reader.isAtEnd { return .header(dataDirectory: dataDirectory, reviewID: reviewID, dealID: nil) }
            guard let dealID = reader.string(), reader.isAtEnd else { return nil }
            return .header(dataDirectory: dataDirectory, reviewID: reviewID, dealID: dealID)
        case 2:
            guard let reviewID = reader.string(), let key = reader.string(), let field = ReviewTextField(key: key),
                  let text = reader.string(), let millis = reader.uint64(), let revision = reader.uint64()
            else { return nil }
            // Journals written before splices end here; later ones name the writer their splices build on.
            let writer = reader.isAtEnd ? nil : reader.uint64()
            guard reader.isAtEnd else { return nil }
            let time = Date(timeIntervalSince1970: Double(Int64(bitPattern: millis)) / 1000)
            return .edit(JournalEdit(reviewID: reviewID, field: field, text: text, baseRevision: Int(Int64(bitPattern: revision)), time: time,
                                     writer: writer))
        case 3:
            guard let reviewID = reader.string(), let key = reader.string(), let field = ReviewTextField(key: key),
                  let offset = reader.uint64(), let removed = reader.uint64(), offset <= UInt64(maxPayloadLength), removed <= UInt64(maxPayloadLength),
                  let inserted = reader.rawBytes(), let millis = reader.uint64(), let revision = reader.uint64(), let writer = reader.uint64(),
                  reader.isAtEnd
            else { return nil }
            let time = Date(timeIntervalSince1970: Double(Int64(bitPattern: millis)) / 1000)
            return .splice(JournalSplice(reviewID: reviewID, field: field, offset: Int(offset), removed: Int(removed), inserted: inserted,
                                         baseRevision: Int(Int64(bitPattern: revision)), time: time, writer: writer))
        default:
            return nil
        }
    }

    /// The valid records at the start of a journal's bytes, stopping at the first frame that is
    /// cut short, too long, fails its checksum or does not decode. `validLength` is where they end.
    public static func readValidPrefix(_ bytes: [UInt8]) -> (records: [JournalRecord], validLength: Int) {
        guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else { return ([], 0) }
        var records: [JournalRecord] = []
        var offset = magic.count
        while bytes.count - offset >= frameHeaderLength {
            var reader = ByteReader(bytes: bytes[offset..<offset + frameHeaderLength])
            guard let length32 = reader.uint32(), let expected = reader.uint32() else { break }
            let length = Int(length32)
            guard length <= maxPayloadLength, bytes.count - offset - frameHeaderLength >= length else { break }
            let payload = bytes[(offset + frameHeaderLength)..<(offset + frameHeaderLength + length)]
            guard CRC32.checksum(payload) == expected, let record = decode(payload: payload) else { break }
            records.append(record)
            offset += frameHeaderLength + length
        }
        return (records, offset)
    }
}

/// "Set field F of review R to TEXT at time T, based on revision N": one journaled edit.
public struct JournalEdit: Sendable, Hashable {
    public var reviewID: String
    /// The deal the review is about; written in the journal's header (not in each edit), so text
    /// typed into a review never saved can be restored into a review of the right deal.
    public var dealID: String?
    public var field: ReviewTextField
    public var text: String
    /// The review's revision the text was typed on top of.
    public var baseRevision: Int
    public var time: Date
    /// Which open journal wrote this text, so only its own splices build on it (two sessions on one
    /// review journal side by side); nil in journals written before splices.
    public var writer: UInt64?

    public init(reviewID: String, dealID: String? = nil, field: ReviewTextField, text: String, baseRevision: Int, time: Date, writer: UInt64? = nil) {
        self.reviewID = reviewID
        self.dealID = dealID
        self.field = field
        self.text = text
        self.baseRevision = baseRevision
        self.time = time
        self.writer = writer
    }
}

/// "In field F of review R, replace `removed` bytes at byte `offset` of its UTF-8 with `inserted`":
/// a change to text the journal already holds. Offsets are in bytes, so a splice replays exactly,
/// even where it cuts a character in two (the whole result is what must be UTF-8).
public struct JournalSplice: Sendable, Hashable {
    public var reviewID: String
    public var field: ReviewTextField
    public var offset: Int
    public var removed: Int
    public var inserted: [UInt8]
    public var baseRevision: Int
    public var time: Date
    /// The open journal whose text this splice changes.
    public var writer: UInt64

    public init(reviewID: String, field: ReviewTextField, offset: Int, removed: Int, inserted: [UInt8], baseRevision: Int, time: Date, writer: UInt64) {
        self.reviewID = reviewID
        self.field = field
        self.offset = offset
        self.removed = removed
        self.inserted = inserted
        self.baseRevision = baseRevision
        self.time = time
        self.writer = writer
    }

    /// The splice that turns `old` into `new`: what lies between their common start and end. One
    /// pass of byte compares over the text, far cheaper than writing it.
    public static func between(_ old: String, _ new: String, reviewID: String, field: ReviewTextField, baseRevision: Int, time: Date,
                               writer: UInt64) -> JournalSplice {
        var old = old, new = new
        return old.withUTF8 { a in
            new.withUTF8 { b in
                var prefix = 0
                let shorter = min(a.count, b.count)
                while prefix < shorter, a[prefix] == b[prefix] { prefix += 1 }
                var suffix = 0
                while suffix < shorter - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
                return JournalSplice(reviewID: reviewID, field: field, offset: prefix, removed: a.count - prefix - suffix,
                                     inserted: Array(b[prefix..<(b.count - suffix)]), baseRevision: baseRevision, time: time, writer: writer)
            }
        }
    }

    /// Applies this splice to `text` in place; false when it does not fit (damage: the journal stops there).
    public func apply(to text: inout [UInt8]) -> Bool {
        guard offset <= text.count, removed <= text.count - offset else { return false }
        text.replaceSubrange(offset..<(offset + removed), with: inserted)
        return true
    }
}

extension [UInt8] {
    mutating func appendLittleEndian(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func appendLittleEndian(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func appendString(_ text: String) {
        let bytes = Array(text.utf8)
        appendLittleEndian(UInt32(bytes.count))
        append(contentsOf: bytes)
    }
}

/// Reads little-endian numbers and strings from bytes, returning nil instead of running past the end.
struct ByteReader {
    let bytes: ArraySlice<UInt8>
    var position: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        position = bytes.startIndex
    }

    var isAtEnd: Bool { position == bytes.endIndex }

    mutating func byte() -> UInt8? {
        guard position < bytes.endIndex else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uint32() -> UInt32? {
        guard bytes.endIndex - position >= 4 else { return nil }
        var value: UInt32 = 0
        for index in 0..<4 { value |= UInt32(bytes[position + index]) << UInt32(8 * index) }
        position += 4
        return value
    }

    mutating func uint64() -> UInt64? {
        guard bytes.endIndex - position >= 8 else { return nil }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << UInt64(8 * index) }
        position += 8
        return value
    }

    /// A UInt32 LE byte count and that many bytes, unchecked.
    mutating func rawBytes() -> [UInt8]? {
        guard let count = uint32().map(Int.init), bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }

    mutating func string() -> String? {
        guard let count = uint32().map(Int.init), bytes.endIndex - position >= count else { return nil }
        defer { position += count }
        return String(validating: bytes[position..<position + count], as: UTF8.self)
    }
}
