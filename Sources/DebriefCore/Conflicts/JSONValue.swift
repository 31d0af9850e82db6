import Foundation

/// Any JSON value, exactly: a pending conflict stores the value a field had on each side in the
/// record's own JSON form, so choosing a side writes back precisely what that side wrote.
/// Numbers are decimals, never doubles, so an amount such as 48000.10 survives the round trip.
public indirect enum JSONValue: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .bool(value); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let value = try? container.decode(Decimal.self) { self = .number(value); return }
        if let value = try? container.decode([JSONValue].self) { self = .array(value); return }
        self = .object(try container.decode([String: JSONValue].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// A record's top-level fields as JSON values, as it is written to disk.
    public static func fields<R: StoredRecord>(of record: R) throws -> [String: JSONValue] {
        try fields(ofJSON: RecordCoding.encode(record))
    }

    /// A JSON object's top-level fields.
    public static func fields(ofJSON data: Data) throws -> [String: JSONValue] {
        try JSONDecoder().decode([String: JSONValue].self, from: data)
    }
}
