import Foundation

/// Writes JSON in exactly the bytes `RecordCoding.encode` produces (Foundation's pretty printing
/// with sorted keys, " : " between key and value, two-space indents, "[]" for an empty list, no
/// escaped slashes), without going through `JSONEncoder`. Callers emit keys in sorted order.
///
/// A hand-written record encoder exists because JSONEncoder was most of an import's CPU time;
/// `RecordCodingDealTests` proves the two agree byte for byte.
struct RecordCodingWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has a member yet (one flag per open container).
    private var hasMember: [Bool] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasMember.removeLast() {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
    }

    /// Starts the next member of the open container: a comma after the previous one, a line, the indent.
    private mutating func nextMember() {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        bytes.append(UInt8(ascii: "\n"))
        indent()
    }

    private mutating func indent() {
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    /// Starts an object member; the value written next belongs to it.
    mutating func key(_ name: StaticString) {
        nextMember()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Starts an array element; the value written next is it.
    mutating func element() { nextMember() }

    // MARK: Values

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                // Only '"', '\' and the C0 controls are escaped; everything else, UTF-8 included, is copied.
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscaped(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    mutating func boolean(_ value: Bool) {
        bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A day as "2026-10-14", the form `Day` encodes itself in.
    mutating func day(_ day: Day) {
        guard (0...9999).contains(day.year) else { return string(day.description) }
        bytes.append(UInt8(ascii: "\""))
        appendDate(day)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A time as `Timestamp.format` writes it, "2026-10-14T09:30:00Z".
    mutating func timestamp(_ date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        // Far-off or non-finite times take the general path; every real save time takes this one.
        guard seconds >= 0, seconds < 253_402_300_800 else { return string(Timestamp.format(date)) }
        let whole = Int(seconds)
        let secondOfDay = whole % 86_400
        let day = Day(serial: whole / 86_400)
        bytes.append(UInt8(ascii: "\""))
        appendDate(day)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(secondOfDay / 3600, count: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, count: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, count: 2)
        bytes.append(UInt8(ascii: "Z"))
        bytes.append(UInt8(ascii: "\""))
    }

    /// "2026-10-14", unquoted; the year must be 0...9999.
    private mutating func appendDate(_ day: Day) {
        appendDigits(day.year, count: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day.month, count: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day.day, count: 2)
    }

    /// `value` (0 ≤ value < 10^count) in exactly `count` digits with leading zeros.
    private mutating func appendDigits(_ value: Int, count: Int) {
        var divisor = 1
        for _ in 1..<count { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// The finished document: records end with a newline.
    mutating func finish() -> Data {
        bytes.append(UInt8(ascii: "\n"))
        return Data(bytes)
    }
}
