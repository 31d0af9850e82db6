import Foundation

/// The character encoding a CSV file turned out to be in.
public enum SourceEncoding: String, Sendable, Codable, Equatable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// The text of an import file, decoded, with what it was decoded from.
public struct SourceText: Sendable, Equatable {
    public var text: String
    public var encoding: SourceEncoding

    /// Decodes file bytes, or says why they are not a text file we can import.
    /// Valid UTF-8 is taken as UTF-8; anything else is Windows-1252, which is what Excel writes,
    /// and which can decode any byte, so a "Café" saved by Excel never comes out mangled.
    public static func decode(_ data: Data) throws(ImportRefusal) -> SourceText {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let text = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .notText(reason: "it starts with a UTF-16 byte-order mark but is not valid UTF-16")
            }
            return try checked(SourceText(text: text, encoding: little ? .utf16LittleEndian : .utf16BigEndian))
        }
        if let kind = BinarySignature.match(bytes) {
            throw .notText(reason: "it is \(kind), not a CSV file")
        }
        if bytes.contains(0) {
            throw .notText(reason: "it contains NUL bytes, so it is a binary file, not a CSV file")
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) {
            return try checked(SourceText(text: text, encoding: hasBOM ? .utf8WithBOM : .utf8))
        }
        return try checked(SourceText(text: Windows1252.decode(body), encoding: .windows1252))
    }

    private static func checked(_ source: SourceText) throws(ImportRefusal) -> SourceText {
        let firstVisible = source.text.unicodeScalars.first { !$0.properties.isWhitespace }
        guard let first = firstVisible else { throw .empty }
        if first == "{" || first == "[" {
            throw .notText(reason: "it looks like JSON, not CSV. To bring in Debrief's own JSON export, copy the records into the data directory instead")
        }
        if first == "<" {
            throw .notText(reason: "it looks like HTML or XML, not CSV")
        }
        return source
    }
}

/// Magic numbers of files people pick by mistake instead of the CSV export.
enum BinarySignature {
    static func match(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "a ZIP archive (an Excel .xlsx workbook is one: save it as CSV first)"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "an old Excel .xls workbook (save it as CSV first)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "a PDF document" }
        if bytes.starts(with: [0x1F, 0x8B]) { return "a gzip archive (unpack it first)" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) { return "a PNG image" }
        return nil
    }
}
