/// Reads the dates CRMs write: ISO (`2026-10-21`, `2026-10-21 14:05`, `2026-10-21T14:05:00Z`),
/// slashed (`10/14/2026`, `14/10/2026`, with an optional time after it) and dotted day-first
/// (`14.10.2026`), with a month name (`17-May-2026`, `May 17, 2026`, see `WrittenDate`) and as a bare number
/// (Unix milliseconds, an Excel day number, see `NumericDate`). Two-digit years are read as 20YY. The time of
/// day is dropped: a close date is a day.
public enum DateText {
    enum Shape: Equatable {
        case iso(year: Int, month: Int, day: Int)
        /// a/b/year, order unknown until the file is settled.
        case slashed(Int, Int, year: Int)
        case dotted(day: Int, month: Int, year: Int)
        case unknown
    }

    static func shape(of raw: String) -> Shape { shape(bytes: raw.utf8) }

    /// `shape(of:)` of a cell's UTF-8 bytes, for the first pass of an import, which makes no strings.
    static func shape<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Shape {
        // Only the date part matters; a time follows a space or a 'T'. Read as bytes: this runs
        // for every date cell twice (settling the order, then parsing).
        var numbers: [Int] = []
        var digits: [Int] = []
        var separator: UInt8?
        var current = 0
        var length = 0
        var started = false
        for byte in bytes {
            switch byte {
            case 0x30...0x39:
                started = true
                length += 1
                if length > 4 { return .unknown }
                current = current * 10 + Int(byte - 0x30)
            case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."):
                guard length > 0, separator == nil || separator == byte, numbers.count < 2 else { return .unknown }
                separator = byte
                numbers.append(current)
                digits.append(length)
                current = 0
                length = 0
            case UInt8(ascii: " "), UInt8(ascii: "T"), UInt8(ascii: "\t"):
                if !started { continue }
                if numbers.count == 2 && length > 0 { return shape(numbers + [current], digits + [length], separator) }
                return .unknown
            default:
                return .unknown
            }
        }
        guard numbers.count == 2, length > 0 else { return .unknown }
        return shape(numbers + [current], digits + [length], separator)
    }

    private static func shape(_ numbers: [Int], _ digits: [Int], _ separator: UInt8?) -> Shape {
        let (a, b, c) = (numbers[0], numbers[1], numbers[2])
        if digits[0] == 4 {
            return separator == UInt8(ascii: ".") ? .unknown : .iso(year: a, month: b, day: c)
        }
        guard digits[0] <= 2, digits[1] <= 2, digits[2] == 4 || digits[2] == 2 else { return .unknown }
        let year = digits[2] == 2 ? 2000 + c : c
        return separator == UInt8(ascii: ".") ? .dotted(day: a, month: b, year: year) : .slashed(a, b, year: year)
    }

    /// The day a cell names under `order` (nil: the file has no slashed dates), or nil when it names none.
    public static func parse(_ raw: String, order: DateOrder?) -> Day? {
        switch shape(of: raw) {
        case .iso(let year, let month, let day):
            return Day(year: year, month: month, day: day)
        case .slashed(let first, let second, let year):
            switch order {
            case .us: return Day(year: year, month: first, day: second)
            case .dayFirst: return Day(year: year, month: second, day: first)
            case .iso, nil: return nil
            }
        case .dotted(let day, let month, let year):
            return order == .iso ? nil : Day(year: year, month: month, day: day)
        case .unknown:
            // Rarer forms, tried only when the common ones fail: a month name, or a bare number.
            return WrittenDate.parse(raw) ?? NumericDate.parse(raw)
        }
    }

    /// Why a date cell was refused, and what to do.
    public static func problem(_ raw: String, order: DateOrder?) -> String {
        let text = raw.importTrimmed
        if !text.isEmpty && text.allSatisfy({ $0 == "#" }) {
            return "Excel saved \"#####\" because the column was too narrow; widen the column in Excel (or export again from the CRM) and import again"
        }
        return "not a date; expected \(expectedForm(order))"
    }

    /// How a rejected date should have looked, for the message.
    public static func expectedForm(_ order: DateOrder?) -> String {
        guard let order else { return "a date such as 2026-10-14 or 14 Oct 2026" }
        return switch order {
        case .us: "a date such as 2026-10-14, 10/14/2026 or Oct 14, 2026"
        case .dayFirst: "a date such as 2026-10-14, 14/10/2026, 14.10.2026 or 14 Oct 2026"
        case .iso: "a date such as 2026-10-14 (--date-format iso)"
        }
    }
}
