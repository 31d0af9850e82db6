/// Reads the dates CRMs write: ISO (`2026-10-21`, `2026-10-21 14:05`, `2026-10-21T14:05:00Z`),
/// slashed (`10/14/2026`, `14/10/2026`, with an optional time after it) and dotted day-first
/// (`14.10.2026`). Two-digit years are read as 20YY. The time of day is dropped: a close date is a day.
public enum DateText {
    enum Shape: Equatable {
        case iso(year: Int, month: Int, day: Int)
        /// a/b/year, order unknown until the file is settled.
        case slashed(Int, Int, year: Int)
        case dotted(day: Int, month: Int, year: Int)
        case unknown
    }

    static func shape(of raw: String) -> Shape {
        let text = raw.trimmingCharacters(in: .whitespaces)
        // Only the date part matters; a time follows a space or a 'T'.
        let datePart = text.split(whereSeparator: { $0 == " " || $0 == "T" }).first.map(String.init) ?? ""
        for separator: Character in ["-", "/", "."] {
            let parts = datePart.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
                  let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { continue }
            if parts[0].count == 4 { return separator == "." ? .unknown : .iso(year: a, month: b, day: c) }
            guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else { return .unknown }
            let year = parts[2].count == 2 ? 2000 + c : c
            return separator == "." ? .dotted(day: a, month: b, year: year) : .slashed(a, b, year: year)
        }
        return .unknown
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
            return nil
        }
    }

    /// How a rejected date should have looked, for the message.
    public static func expectedForm(_ order: DateOrder?) -> String {
        guard let order else { return "a date such as 2026-10-14" }
        return switch order {
        case .us: "a date such as 2026-10-14 or 10/14/2026"
        case .dayFirst: "a date such as 2026-10-14, 14/10/2026 or 14.10.2026"
        case .iso: "a date such as 2026-10-14 (--date-format iso)"
        }
    }
}
