import Foundation

/// Why a record index file was not used. Never shown as an error: the index is only a cache.
struct RecordIndexUnusable: Error, Equatable {
    var reason: String
}

/// Appends the index's primitive values: LEB128 varints, zigzag for signed numbers, and strings
/// as indices into a table, so the many repeated texts (question wordings, rep names) are stored
/// and decoded once.
struct RecordIndexWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var strings: [String] = []
    private var stringIndex: [String: Int] = [:]

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func signed(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func int(_ value: Int) { signed(Int64(value)) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func fixed64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        if let index = stringIndex[value] {
            unsigned(UInt64(index))
            return
        }
        let index = strings.count
        strings.append(value)
        stringIndex[value] = index
        unsigned(UInt64(index))
    }

    mutating func optional<T>(_ value: T?, _ write: (inout RecordIndexWriter, T) -> Void) {
        guard let value else { return bool(false) }
        bool(true)
        write(&self, value)
    }

    mutating func list<T>(_ values: [T], _ write: (inout RecordIndexWriter, T) -> Void) {
        unsigned(UInt64(values.count))
        for value in values { write(&self, value) }
    }

    mutating func raw(_ other: [UInt8]) { bytes.append(contentsOf: other) }

    /// Writes what `body` writes, preceded by its length in bytes.
    mutating func lengthPrefixed(_ body: (inout RecordIndexWriter) -> Void) {
        let start = bytes.count
        body(&self)
        let written = Array(bytes[start...])
        bytes.removeSubrange(start...)
        unsigned(UInt64(written.count))
        bytes.append(contentsOf: written)
    }

    /// Length-prefixed UTF-8, for the few strings stored outside the table (the table itself, paths).
    mutating func inlineString(_ value: String) {
        let utf8 = Array(value.utf8)
        unsigned(UInt64(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}

/// Reads what `RecordIndexWriter` wrote. The bytes come from a file anyone could have changed, so
/// every read is bounds-checked and every count is checked against the bytes left.
struct RecordIndexReader {
    let bytes: [UInt8]
    private(set) var position: Int
    let end: Int
    var strings: [String] = []

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        position = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { position >= end }

    private func corrupt(_ what: String) -> RecordIndexUnusable { RecordIndexUnusable(reason: "corrupt \(what) at byte \(position)") }

    mutating func byte() throws -> UInt8 {
        guard position < end else { throw corrupt("end") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func unsigned() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else { throw corrupt("number") }
            result |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return result }
            shift += 7
        }
    }

    mutating func signed() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func int() throws -> Int { Int(try signed()) }

    /// A count of things still to read, each at least one byte long, so a hostile count cannot
    /// make us reserve gigabytes.
    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(end - position) else { throw corrupt("count") }
        return Int(value)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw corrupt("flag")
        }
    }

    mutating func fixed64() throws -> UInt64 {
        guard end - position >= 8 else { throw corrupt("end") }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << UInt64(offset * 8) }
        position += 8
        return value
    }

    mutating func string() throws -> String {
        let index = try unsigned()
        guard index < UInt64(strings.count) else { throw corrupt("string reference") }
        return strings[Int(index)]
    }

    mutating func optional<T>(_ read: (inout RecordIndexReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }

    mutating func list<T>(_ read: (inout RecordIndexReader) throws -> T) throws -> [T] {
        let count = try count()
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func inlineString() throws -> String {
        let length = try count()
        defer { position += length }
        guard let text = String(validating: bytes[position..<position + length], as: UTF8.self) else { throw corrupt("text") }
        return text
    }

    /// Where the next length-prefixed string's UTF-8 is, skipping it (to decode it elsewhere).
    mutating func inlineStringPlace() throws -> Range<Int> {
        let length = try count()
        defer { position += length }
        return position..<position + length
    }

    mutating func skip(_ length: Int) throws {
        guard length >= 0, length <= end - position else { throw corrupt("length") }
        position += length
    }
}
