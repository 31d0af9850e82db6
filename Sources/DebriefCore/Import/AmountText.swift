import Foundation

/// Reads amounts as CRMs and spreadsheets write them, exactly, into `Decimal`:
/// `48000`, ` 24000`, `$48,000`, `USD 48,000.00`, `€21.000,00`, `1.234.567,89`, `CHF 1'250.50`, `48 000 kr`, `1.2k`, `$1.5M`.
///
/// The decimal separator is the last of `.` or `,` when both appear. When only one appears: several
/// times, it groups thousands; once with exactly three digits after it (`48,000`, `21.000`), it groups
/// thousands too, because CRM amounts with three decimals are rarer than grouped whole amounts;
/// otherwise it is the decimal separator (`1250,5`). Groups after the first must have three digits.
public enum AmountText {
    public struct Parsed: Equatable, Sendable {
        public var value: Decimal
        /// The currency the cell itself names, if any.
        public var currency: String?
    }

    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case notANumber
        case negative
        case tooLong
        /// Excel's "1.23E+06": the digits after the third are gone.
        case scientific
        /// Excel's "#####": the column was too narrow when the sheet was saved.
        case hashes

        public var description: String {
            switch self {
            case .empty: "the amount is empty"
            case .notANumber: "not an amount; write it like 48000, 48,000.00, USD 48,000 or €21.000,00"
            case .negative: "the amount is negative; a closed deal's amount must be zero or more"
            case .tooLong: "the amount has more digits than any deal could"
            case .scientific: "Excel saved the amount in scientific notation, which drops digits; "
                + "format the column as Number in Excel (or export again from the CRM) and import again"
            case .hashes: "Excel saved \"#####\" because the column was too narrow; widen the column in Excel "
                + "(or export again from the CRM) and import again"
            }
        }
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
    private static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}", "'", "’"]

    public static func parse(_ raw: String) -> Result<Parsed, Problem> {
        // Most cells are plain digits ("48000"): read those without the general path.
        if !raw.isEmpty, raw.utf8.count <= 30, raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           let value = Decimal(string: raw, locale: posix) {
            return .success(Parsed(value: value, currency: nil))
        }
        var text = raw.importTrimmed
        if text.isEmpty { return .failure(.empty) }
        if text.allSatisfy({ $0 == "#" }) { return .failure(.hashes) }
        if isScientific(text) { return .failure(.scientific) }
        var negative = false
        if text.hasPrefix("(") && text.hasSuffix(")") {
            negative = true
            text = String(text.dropFirst().dropLast()).importTrimmed
        }
        if text.hasPrefix("-") || text.hasPrefix("\u{2212}") { negative = true; text.removeFirst() }
        let (currency, number) = splitCurrency(text.importTrimmed)
        let (scaled, multiplier) = splitMultiplier(number)
        var rest = scaled
        if rest.hasPrefix("-") || rest.hasPrefix("\u{2212}") { negative = true; rest.removeFirst() }
        let digits = rest.filter { !spaces.contains($0) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              let plain = plainDecimal(digits) else { return .failure(.notANumber) }
        if plain.count > 30 { return .failure(.tooLong) }
        guard var value = Decimal(string: plain, locale: posix) else { return .failure(.notANumber) }
        value *= multiplier
        if negative && value != 0 { return .failure(.negative) }
        return .success(Parsed(value: value, currency: currency))
    }

    /// "1.23E+06", "4,5E+05", "1E6": digits, an E, then an exponent.
    static func isScientific(_ text: String) -> Bool {
        guard let e = text.firstIndex(where: { $0 == "E" || $0 == "e" }), e != text.startIndex else { return false }
        let mantissa = text[..<e], exponent = text[text.index(after: e)...].drop { $0 == "+" || $0 == "-" }
        return mantissa.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && mantissa.contains(where: \.isNumber)
            && !exponent.isEmpty && exponent.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Cells that say "no amount here" in words or dashes: "-", "—", "N/A", "n.a.", "none", "null", "TBD", "?".
    /// They are kept as an unknown amount, like an empty cell, never as 0; a cell with any digit is not one.
    public static func isPlaceholder(_ raw: String) -> Bool {
        let text = raw.importTrimmed
        // "#####" hides an amount (Excel's too-narrow column): not a placeholder, refused with its cause.
        if text.isEmpty || text.contains(where: { $0.isNumber || $0 == "#" }) { return false }
        return placeholders.contains(ColumnName.key(text))
    }

    /// `ColumnName` keys of placeholders; "" is a cell of dashes, dots or a lone currency sign.
    private static let placeholders: Set<String> = [
        "", "na", "nd", "none", "null", "nil", "nan", "tbd", "tba", "tbc", "unknown", "notset", "nv", "ka", "sd", "nc",
    ]

    /// Takes a thousands or millions suffix off a number, as sheets abbreviate: "1.2k" is 1,200, "$1.5M" 1,500,000,
    /// "3mm" and "2 mn" millions, "1bn" a billion. Only right after a digit, so "kr" and codes are left alone.
    static func splitMultiplier(_ text: String) -> (String, Decimal) {
        let suffixes: [(String, Decimal)] = [("bn", 1_000_000_000), ("mm", 1_000_000), ("mn", 1_000_000), ("k", 1_000), ("m", 1_000_000)]
        let lower = text.lowercased()
        for (suffix, multiplier) in suffixes where lower.hasSuffix(suffix) {
            let number = String(text.dropLast(suffix.count)).importTrimmed
            if let last = number.last, last.isASCII, last.isNumber { return (number, multiplier) }
        }
        return (text, 1)
    }

    /// Takes a currency code or symbol off either end: "USD 48,000", "48 000 EUR", "$48,000", "21.000,00 €".
    static func splitCurrency(_ text: String) -> (String?, String) {
        for (symbol, code) in CurrencyCode.symbols {
            if text.hasPrefix(symbol) { return (code, String(text.dropFirst(symbol.count)).importTrimmed) }
            if text.hasSuffix(symbol) { return (code, String(text.dropLast(symbol.count)).importTrimmed) }
        }
        // Nordic "kr" names no single currency: take it off and let the column or default decide.
        for krone in ["kr.", "kr"] where text.lowercased().hasSuffix(krone) {
            return (nil, String(text.dropLast(krone.count)).importTrimmed)
        }
        let letters = text.prefix { $0.isLetter }
        if letters.count == 3, letters.allSatisfy(\.isASCII) {
            return (letters.uppercased(), String(text.dropFirst(3)).importTrimmed)
        }
        let trailing = String(text.reversed().prefix { $0.isLetter }.reversed())
        if trailing.count == 3, trailing.allSatisfy(\.isASCII) {
            return (trailing.uppercased(), String(text.dropLast(3)).importTrimmed)
        }
        return (nil, text)
    }

    /// "1.234.567,89" → "1234567.89"; nil when the separators do not form a number.
    static func plainDecimal(_ text: String) -> String? {
        let lastDot = text.lastIndex(of: ".")
        let lastComma = text.lastIndex(of: ",")
        let decimalSeparator: Character?
        switch (lastDot, lastComma) {
        case (nil, nil): decimalSeparator = nil
        case let (dot?, comma?): decimalSeparator = dot > comma ? "." : ","
        case (let dot?, nil): decimalSeparator = isDecimal(".", in: text, at: dot) ? "." : nil
        case (nil, let comma?): decimalSeparator = isDecimal(",", in: text, at: comma) ? "," : nil
        }
        var whole = Substring(text)
        var fraction: Substring = ""
        if let separator = decimalSeparator, let index = text.lastIndex(of: separator) {
            whole = text[..<index]
            fraction = text[text.index(after: index)...]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isNumber) else { return nil }
        }
        let groups = whole.split(separator: whole.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let integer = groups.joined()
        if integer.isEmpty && fraction.isEmpty { return nil }
        return (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction)
    }

    private static func isDecimal(_ separator: Character, in text: String, at index: String.Index) -> Bool {
        if text.firstIndex(of: separator) != index { return false }
        let after = text[text.index(after: index)...]
        let before = text[..<index]
        return !(after.count == 3 && (1...3).contains(before.count))
    }
}
