import Foundation

/// The one JSON form every record is written in: pretty-printed, sorted keys, ISO-8601 dates,
/// trailing newline. Encoding a decoded file gives back the same bytes.
public enum RecordCoding {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container,
                    debugDescription: "'\(text)' is not an ISO-8601 timestamp such as 2026-10-14T09:30:00Z")
            }
            return date
        }
        return decoder
    }

    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        // Deals are written in bulk by imports; they have an encoder of their own that gives the same bytes.
        if let deal = value as? Deal { return encodeDeal(deal) }
        if let review = value as? Review { return encodeReview(review) }
        if let deals = value as? [Deal] { return try encodeArray(deals) }
        if let reviews = value as? [Review] { return try encodeArray(reviews) }
        return try encodeWithFoundation(value)
    }

    /// The reference encoding, through JSONEncoder, that every record's file is defined by.
    static func encodeWithFoundation<T: Encodable>(_ value: T) throws -> Data {
        var data = collapsingEmptyContainers(try encoder().encode(value))
        data.append(0x0A)
        return data
    }

    /// Foundation pretty-prints an empty list as "[\n\n  ]" (and an empty object as "{\n\n  }");
    /// write "[]" and "{}" as jq and people do. A raw newline can only be structure: newlines inside
    /// strings are escaped. One pass over the bytes, since every deal has an empty list or two.
    static func collapsingEmptyContainers(_ data: Data) -> Data {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let close: UInt8? = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : nil
                if let close, i + 2 < bytes.count, bytes[i + 1] == newline, bytes[i + 2] == newline {
                    var j = i + 3
                    while j < bytes.count, bytes[j] == space { j += 1 }
                    if j < bytes.count, bytes[j] == close {
                        out.append(byte)
                        out.append(close)
                        i = j + 1
                        continue
                    }
                }
                out.append(byte)
                i += 1
            }
            return Data(out)
        }
    }
}

/// ISO-8601 timestamps in UTC with whole seconds, the form records use.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        let seconds = Int64((date.timeIntervalSince1970).rounded(.down))
        let day = Day(serial: Int((Double(seconds) / 86_400).rounded(.down)))
        let secondOfDay = Int(seconds - Int64(day.serial) * 86_400)
        return String(format: "%@T%02d:%02d:%02dZ", day.description, secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
    }

    public static func parse(_ text: String) -> Date? {
        if let date = parseCanonical(text) { return date }
        // Other tools may write fractions or offsets. The formatter alone also takes shapes such as
        // "20e6-05-17T17:00:00Z" and gives a date no record can be written back with, so the shape
        // is checked first and the year after.
        guard hasInternetShape(Array(text.utf8)) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        guard let date = formatter.date(from: text), (1...9999).contains(Day(date).year) else { return nil }
        return date
    }

    /// "YYYY-MM-DDTHH:MM:SS", an optional ".fraction", then "Z" or an offset "+HH:MM" / "-HHMM".
    private static func hasInternetShape(_ utf8: [UInt8]) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        let pattern = Array("dddd-dd-ddTdd:dd:dd".utf8)
        guard utf8.count > pattern.count else { return false }
        for (byte, expected) in zip(utf8, pattern) {
            guard expected == UInt8(ascii: "d") ? isDigit(byte) : byte == expected else { return false }
        }
        var rest = utf8[pattern.count...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let digits = rest.prefix(while: isDigit)
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
        }
        if Array(rest) == [UInt8(ascii: "Z")] { return true }
        guard let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
        let offset = Array(rest.dropFirst())
        let digits = offset.count == 5 && offset[2] == UInt8(ascii: ":") ? offset[..<2] + offset[3...] : offset[...]
        return digits.count == 4 && digits.allSatisfy(isDigit)
    }

    /// The form records are written in, "2026-10-14T09:30:00Z", parsed without a formatter:
    /// formatters are costly, and every record has dates.
    static func parseCanonical(_ text: String) -> Date? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 20, utf8[10] == UInt8(ascii: "T"), utf8[13] == UInt8(ascii: ":"),
              utf8[16] == UInt8(ascii: ":"), utf8[19] == UInt8(ascii: "Z"),
              let day = Day(iso: String(decoding: utf8[0..<10], as: UTF8.self)) else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in utf8[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 61 else { return nil }
        return Date(timeIntervalSince1970: Double(day.serial * 86_400 + hour * 3600 + minute * 60 + second))
    }

    /// Whole seconds, so a timestamp survives a write and a read unchanged.
    public static func now() -> Date {
        Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    }
}
