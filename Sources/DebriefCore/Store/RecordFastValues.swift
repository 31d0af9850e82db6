import Foundation

/// The record field types the fast path reads: days, timestamps, amounts and enum cases, each
/// only in the exact form Debrief writes. Any other form (a timestamp with a fraction or an
/// offset, an amount with spaces or a '+') is a miss, so the general decoder reads it as before.
extension RecordFastJSONReader {
    /// "2026-10-14", as `Day(iso:)` reads it when every part is digits.
    mutating func day() throws(RecordFastPathMiss) -> Day {
        try parseString(Self.parseDay)
    }

    mutating func optionalDay() throws(RecordFastPathMiss) -> Day? {
        try consumeNull() ? nil : day()
    }

    /// "2026-10-14T09:30:00Z", the value `Timestamp.parseCanonical` gives for it.
    mutating func timestamp() throws(RecordFastPathMiss) -> Date {
        try parseString(Self.parseTimestamp)
    }

    mutating func optionalTimestamp() throws(RecordFastPathMiss) -> Date? {
        try consumeNull() ? nil : timestamp()
    }

    mutating func optionalInteger() throws(RecordFastPathMiss) -> Int? {
        try consumeNull() ? nil : integer()
    }

    /// `{"amount": "48000.5", "currency": "USD"}`, the Money that `Money(plain:currency:)` makes of it.
    mutating func optionalMoney() throws(RecordFastPathMiss) -> Money? {
        try consumeNull() ? nil : money()
    }

    mutating func money() throws(RecordFastPathMiss) -> Money {
        var amountText: String?, currency: String?
        var members = try beginObject()
        while let key = try nextKey(&members, in: Self.moneyKeys) {
            switch key {
            case 0: amountText = try string()
            default: currency = try string()
            }
        }
        guard let amountText, let currency else { throw RecordFastPathMiss() }
        // Plain amounts (all of Debrief's) are built from their digits; parsing text is the slow part.
        if Self.isPlainNonZeroAmount(amountText), let amount = DecimalParts(plain: amountText)?.decimal {
            return Money(amount, currency)
        }
        guard let money = Money(plain: amountText, currency: currency) else { throw RecordFastPathMiss() }
        return money
    }

    private static let moneyKeys = RecordFastKeys(["amount", "currency"])

    /// A case of a string enum, by its raw value.
    mutating func enumCase<E: RawRepresentable>(_ type: E.Type) throws(RecordFastPathMiss) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string()) else { throw RecordFastPathMiss() }
        return value
    }

    // MARK: Text forms

    private static func parseTimestamp(_ utf8: UnsafeRawBufferPointer) -> Date? {
        guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
              utf8[16] == UInt8(ascii: ":"), utf8[19] == UInt8(ascii: "Z"),
              let day = parseDay(UnsafeRawBufferPointer(rebasing: utf8[0..<10])),
              let hour = digits(utf8[11..<13]), let minute = digits(utf8[14..<16]), let second = digits(utf8[17..<19]),
              hour < 24, minute < 60, second < 61 else { return nil }
        return Date(timeIntervalSince1970: Double(day.serial * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// "YYYY-MM-DD" with digits only (`Day(iso:)` also takes a sign in a part; that is a miss here).
    private static func parseDay(_ utf8: UnsafeRawBufferPointer) -> Day? {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
              let year = digits(utf8[0..<4]), let month = digits(utf8[5..<7]), let day = digits(utf8[8..<10]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    private static func digits(_ utf8: Slice<UnsafeRawBufferPointer>) -> Int? {
        var value = 0
        for byte in utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?` and not zero: the amounts for which the Decimal built from
    /// `DecimalParts` is the one `Decimal(string:)` gives (zero's sign and leading zeros are left to it).
    static func isPlainNonZeroAmount(_ text: String) -> Bool {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "-") { utf8 = utf8.dropFirst() }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let whole = utf8.prefix { isDigit($0) }
        guard !whole.isEmpty, whole.count == 1 || whole.first != UInt8(ascii: "0") else { return false }
        let rest = utf8.dropFirst(whole.count)
        if !rest.isEmpty {
            guard rest.first == UInt8(ascii: "."), rest.count > 1, rest.dropFirst().allSatisfy(isDigit) else { return false }
        }
        return utf8.contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: ".") }
    }
}
