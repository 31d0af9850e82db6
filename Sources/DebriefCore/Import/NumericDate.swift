/// Dates a cell holds as a bare number: what an API export or a spreadsheet saved without formatting writes.
/// - 12–13 digits: Unix time in milliseconds (HubSpot's API properties `closedate`, `createdate`);
/// - 9–10 digits: Unix time in seconds;
/// - 8 digits: `YYYYMMDD`;
/// - 5 digits, with or without a fraction: an Excel day number (1900 date system; `46159` is 2026-05-17).
/// Only days from 1990 to 2100 are accepted, so a stray amount or id in a date column is refused,
/// not read as a date decades away. The report says how many dates were read this way.
enum NumericDate {
    static let years = 1990...2100

    static func parse(_ raw: String) -> Day? {
        let text = raw.importTrimmed
        var whole = Substring(text)
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            guard !fraction.isEmpty, fraction.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            whole = text[..<dot]
        }
        guard !whole.isEmpty, whole.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let number = Int(whole) else { return nil }
        let hasFraction = whole.count != text.count
        let day: Day?
        switch whole.count {
        case 12, 13 where !hasFraction: day = Day(serial: number / 86_400_000)
        case 9, 10 where !hasFraction: day = Day(serial: number / 86_400)
        case 8 where !hasFraction:
            day = Day(year: number / 10_000, month: number / 100 % 100, day: number % 100)
        case 5:
            // Excel counts 1900-01-01 as day 1 and keeps a 29 February 1900 that never was:
            // from March 1900 on, day 25569 is 1970-01-01.
            day = Day(serial: number - 25_569)
        default: day = nil
        }
        guard let day, years.contains(day.year) else { return nil }
        return day
    }

    /// Whether a cell is a date written as a number (so the report can say so).
    static func isNumeric(_ raw: String) -> Bool {
        let text = raw.importTrimmed
        let dots = text.utf8.filter { $0 == UInt8(ascii: ".") }.count
        return dots <= 1 && text.utf8.contains { $0 != UInt8(ascii: ".") }
            && text.utf8.allSatisfy { (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }
    }
}
