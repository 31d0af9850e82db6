import Foundation

/// An exact amount in one currency. Stored as a decimal string so it never passes through a float.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
    public var amount: Decimal
    /// ISO 4217 code, upper case ("USD", "EUR", "NOK").
    public var currency: String

    public init(_ amount: Decimal, _ currency: String) {
        self.amount = amount
        self.currency = currency.uppercased()
    }

    /// Parses a plain decimal such as `48000`, `48000.5` or `-12.25` (no grouping, `.` as separator).
    public init?(plain text: String, currency: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
              trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              trimmed.filter({ $0 == "." }).count <= 1,
              !trimmed.dropFirst().contains("-"),
              let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self.init(value, currency)
    }

    /// The amount as a plain decimal string, e.g. `48000.5`: what `NSDecimalString` writes with the
    /// POSIX locale's ".", without making a Locale and asking it for its separator each time (a
    /// CSV export did that for every amount). A test holds the two equal.
    public var plain: String { amount.description }

    /// Human form with grouping and two decimals when there are cents: `USD 48,000` / `EUR 1,250.50`.
    public var display: String {
        "\(currency) \(Money.grouped(amount))"
    }

    public var description: String { display }

    /// The amount as a Double, for charts and ratios only: never stored.
    public var approximate: Double { NSDecimalNumber(decimal: amount).doubleValue }

    static func grouped(_ value: Decimal) -> String {
        var rounded = Decimal()
        var source = value
        NSDecimalRound(&rounded, &source, 2, .plain)
        var text = NSDecimalString(&rounded, Locale(identifier: "en_US_POSIX"))
        var sign = ""
        if text.hasPrefix("-") { sign = "-"; text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts[0])
        var fraction = parts.count > 1 ? String(parts[1]) : ""
        if !fraction.isEmpty && fraction.count < 2 { fraction += "0" }
        var groupedWhole = ""
        for (index, char) in whole.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { groupedWhole.append(",") }
            groupedWhole.append(char)
        }
        return sign + String(groupedWhole.reversed()) + (fraction.isEmpty ? "" : "." + fraction)
    }

    private enum CodingKeys: String, CodingKey { case amount, currency }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .amount)
        let currency = try container.decode(String.self, forKey: .currency)
        guard let money = Money(plain: text, currency: currency) else {
            throw DecodingError.dataCorruptedError(forKey: .amount, in: container,
                debugDescription: "'\(text)' is not a plain decimal amount such as \"48000.00\"")
        }
        self = money
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plain, forKey: .amount)
        try container.encode(currency, forKey: .currency)
    }
}
