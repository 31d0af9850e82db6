import Foundation

/// The fast path gives up: the bytes are not in a form it fully understands, so `JSONDecoder`
/// decides (and words any error) instead.
struct RecordFastPathMiss: Error {}

/// The keys an object may hold, in the sorted order Debrief writes them.
struct RecordFastKeys: Sendable {
    let names: [[UInt8]]

    init(_ names: [String]) {
        precondition(names.count <= 64, "a key set is tracked in 64 bits")
        self.names = names.map { Array($0.utf8) }
    }
}

/// Reads JSON values from a record file's bytes, strictly: anything unusual (a duplicate or
/// unknown key, a trailing comma, a number with a fraction or exponent, a lone surrogate, bytes
/// that are not UTF-8) throws `RecordFastPathMiss` rather than being interpreted. Whitespace and
/// key order are free, so hand-edited files still take the fast path.
struct RecordFastJSONReader {
    private let bytes: UnsafeRawBufferPointer
    private var index = 0
    /// Reused for strings with escapes, the only ones whose bytes are not copied from the file as they are.
    private var unescaped: [UInt8] = []

    /// Where an object's members are read from: whether one was read, and which keys were seen.
    struct ObjectCursor {
        fileprivate var started = false
        fileprivate var seen: UInt64 = 0
        fileprivate var lastKey = -1
    }

    /// Where an array's elements are read from.
    struct ArrayCursor {
        fileprivate var started = false
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    // MARK: Structure

    mutating func beginObject() throws(RecordFastPathMiss) -> ObjectCursor {
        try expect(UInt8(ascii: "{"))
        return ObjectCursor()
    }

    /// The index in `keys` of the next member's key, its ':' read; nil at the object's end.
    mutating func nextKey(_ cursor: inout ObjectCursor, in keys: RecordFastKeys) throws(RecordFastPathMiss) -> Int? {
        skipWhitespace()
        if consumeByte(UInt8(ascii: "}")) { return nil }
        if cursor.started { try expect(UInt8(ascii: ",")) }
        cursor.started = true
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            // Keys are plain ASCII names; an escape in one is left to the general decoder.
            guard bytes[index] != UInt8(ascii: "\\") else { throw RecordFastPathMiss() }
            index += 1
        }
        guard index < bytes.count else { throw RecordFastPathMiss() }
        let key = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
        index += 1
        // Keys come in sorted order in files Debrief wrote: try the one after the last first.
        let expected = cursor.lastKey + 1
        var found = expected < keys.names.count && Self.equal(key, keys.names[expected]) ? expected : nil
        if found == nil { found = keys.names.firstIndex { Self.equal(key, $0) } }
        guard let found, cursor.seen & (1 << UInt64(found)) == 0 else { throw RecordFastPathMiss() }
        cursor.seen |= 1 << UInt64(found)
        cursor.lastKey = found
        try expect(UInt8(ascii: ":"))
        return found
    }

    mutating func beginArray() throws(RecordFastPathMiss) -> ArrayCursor {
        try expect(UInt8(ascii: "["))
        return ArrayCursor()
    }

    /// Whether another element follows (its ',' read); false at the array's end.
    mutating func nextElement(_ cursor: inout ArrayCursor) throws(RecordFastPathMiss) -> Bool {
        skipWhitespace()
        if consumeByte(UInt8(ascii: "]")) { return false }
        if cursor.started { try expect(UInt8(ascii: ",")) }
        cursor.started = true
        return true
    }

    /// Only whitespace may follow the record.
    mutating func end() throws(RecordFastPathMiss) {
        skipWhitespace()
        guard index == bytes.count else { throw RecordFastPathMiss() }
    }

    // MARK: Values

    mutating func string() throws(RecordFastPathMiss) -> String {
        try expect(UInt8(ascii: "\""))
        let start = index
        var ascii = true
        // Eight bytes at a time while none of them ends the string, starts an escape or is a control.
        while index + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            guard !Self.hasSpecialByte(word) else { break }
            if word & Self.highBits != 0 { ascii = false }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let raw = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if ascii { return String(decoding: raw, as: UTF8.self) }
                guard let text = String(validating: raw, as: UTF8.self) else { throw RecordFastPathMiss() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            // Raw control characters are not JSON; they are written escaped.
            guard byte >= 0x20 else { throw RecordFastPathMiss() }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        throw RecordFastPathMiss()
    }

    /// `parse` applied to a string's UTF-8, for the short fixed forms of days and times: read in
    /// place when the string has no escapes (always, in files Debrief wrote), without making a String.
    mutating func parseString<T>(_ parse: (UnsafeRawBufferPointer) -> T?) throws(RecordFastPathMiss) -> T {
        skipWhitespace()
        let start = index
        try expect(UInt8(ascii: "\""))
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] != UInt8(ascii: "\\") else {
                index = start
                var text = try string()
                guard let value = text.withUTF8({ parse(UnsafeRawBufferPointer($0)) }) else { throw RecordFastPathMiss() }
                return value
            }
            index += 1
        }
        guard index < bytes.count, let value = parse(UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<index])) else {
            throw RecordFastPathMiss()
        }
        index += 1
        return value
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Whether any byte of `word` is '"', '\\' or below 0x20 (SWAR: a byte below n gives a borrow
    /// into its high bit in `word - n·ones` where it had none; false positives only occur above a true one).
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        return hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) || (word &- ones &* 0x20) & ~word & highBits != 0
    }

    /// The rest of a string that has escapes, from its first byte at `start`.
    private mutating func escapedString(from start: Int) throws(RecordFastPathMiss) -> String {
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: unescaped, as: UTF8.self) else { throw RecordFastPathMiss() }
                return text
            case UInt8(ascii: "\\"):
                try unescapeOne()
            case ..<0x20:
                throw RecordFastPathMiss()
            default:
                unescaped.append(byte)
            }
        }
        throw RecordFastPathMiss()
    }

    /// One escape after its backslash.
    private mutating func unescapeOne() throws(RecordFastPathMiss) {
        guard index < bytes.count else { throw RecordFastPathMiss() }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(letter)
        case UInt8(ascii: "b"): unescaped.append(0x08)
        case UInt8(ascii: "f"): unescaped.append(0x0C)
        case UInt8(ascii: "n"): unescaped.append(0x0A)
        case UInt8(ascii: "r"): unescaped.append(0x0D)
        case UInt8(ascii: "t"): unescaped.append(0x09)
        case UInt8(ascii: "u"):
            var value = try hex4()
            if (0xD800..<0xDC00).contains(value) {
                // A high surrogate must be followed by its low half; a lone half is no character.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw RecordFastPathMiss()
                }
                index += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw RecordFastPathMiss() }
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(value) {
                throw RecordFastPathMiss()
            }
            guard let scalar = Unicode.Scalar(value) else { throw RecordFastPathMiss() }
            unescaped.append(contentsOf: UTF8.encode(scalar)!)
        default:
            throw RecordFastPathMiss()
        }
    }

    private mutating func hex4() throws(RecordFastPathMiss) -> UInt32 {
        guard index + 4 <= bytes.count else { throw RecordFastPathMiss() }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw RecordFastPathMiss()
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// A string, or nil for `null` (how an absent optional may be written by hand).
    mutating func optionalString() throws(RecordFastPathMiss) -> String? {
        try consumeNull() ? nil : string()
    }

    /// An integer as Debrief writes one: no fraction, no exponent, no leading zeros, at most 18 digits.
    mutating func integer() throws(RecordFastPathMiss) -> Int {
        skipWhitespace()
        let negative = consumeByte(UInt8(ascii: "-"))
        let start = index
        var value = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            // 18 digits always fit; longer numbers are left to the general decoder's range checks.
            guard index - start < 18 else { throw RecordFastPathMiss() }
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0"), !(negative && value == 0) else { throw RecordFastPathMiss() }
        // "1.0" or "1e3" are numbers too, but not ones Debrief writes.
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            throw RecordFastPathMiss()
        }
        return negative ? -value : value
    }

    mutating func bool() throws(RecordFastPathMiss) -> Bool {
        skipWhitespace()
        if consumeWord("true") { return true }
        if consumeWord("false") { return false }
        throw RecordFastPathMiss()
    }

    /// Whether the next value is `null` (then read).
    mutating func consumeNull() -> Bool {
        skipWhitespace()
        return consumeWord("null")
    }

    // MARK: Bytes

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(RecordFastPathMiss) {
        skipWhitespace()
        guard consumeByte(byte) else { throw RecordFastPathMiss() }
    }

    private mutating func consumeByte(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A literal such as `true`; the letters after it are checked by what must follow a value.
    private mutating func consumeWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { Self.equal(UnsafeRawBufferPointer(rebasing: bytes[index..<(index + count)]), UnsafeRawBufferPointer($0)) }
        if matches { index += count }
        return matches
    }

    private static func equal(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Bool {
        a.count == b.count && b.withUnsafeBytes { Self.equal(a, $0) }
    }

    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return a.count == 0 }
        return memcmp(left, right, a.count) == 0
    }
}
