import Foundation

/// A deal's size, in bands a manager talks in ("a 25–100k deal"), so deals of a like size can be
/// compared. Bands are fixed amounts in the deal's own currency: there are no exchange rates
/// offline, so two deals share a band only when they share a currency too.
public struct DealSizeBand: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Size: Int, Sendable, Hashable, Codable, CaseIterable {
        case under25k, from25kTo100k, from100kTo500k, atLeast500k

        /// The band of an amount (in units of its currency).
        init(_ value: Double) {
            self = value < 25_000 ? .under25k : value < 100_000 ? .from25kTo100k : value < 500_000 ? .from100kTo500k : .atLeast500k
        }

        var label: String {
            switch self {
            case .under25k: "under 25k"
            case .from25kTo100k: "25k–100k"
            case .from100kTo500k: "100k–500k"
            case .atLeast500k: "500k and more"
            }
        }
    }

    public var currency: String
    public var size: Size

    /// The band of an amount; nil when the CRM gave none (unknown is never a band).
    public init?(_ amount: Money?) {
        guard let amount else { return nil }
        let value = amount.amount
        currency = amount.currency
        size = value < 25_000 ? .under25k : value < 100_000 ? .from25kTo100k : value < 500_000 ? .from100kTo500k : .atLeast500k
    }

    /// "USD 25k–100k".
    public var description: String { "\(currency) \(size.label)" }
}

/// A calendar quarter, "2026-Q3", the unit a rep's progress is counted in.
public struct Quarter: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    /// 1...4.
    public var number: Int

    public init(_ day: Day) {
        year = day.year
        number = (day.month - 1) / 3 + 1
    }

    public init(year: Int, number: Int) {
        self.year = year
        self.number = min(4, max(1, number))
    }

    public var next: Quarter { number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1) }
    public var previous: Quarter { number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1) }

    public var firstDay: Day { Day(year: year, month: (number - 1) * 3 + 1, day: 1) ?? Day(serial: 0) }

    public var description: String { "\(year)-Q\(number)" }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), parts[1].hasPrefix("Q"), let number = Int(parts[1].dropFirst()),
              (1...4).contains(number) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a quarter such as 2026-Q3"))
        }
        self.init(year: year, number: number)
    }
}
