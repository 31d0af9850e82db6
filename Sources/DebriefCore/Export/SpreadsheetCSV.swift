/// CSV as RFC 4180 describes it and spreadsheets open it safely: comma-separated, CRLF after every
/// record, a cell quoted when it holds a quote, comma, CR or LF (or starts or ends with a space,
/// which importers trim), inner quotes doubled.
///
/// A cell beginning with `=`, `+`, `-`, `@`, tab, CR, LF or NUL would be run as a formula by Excel,
/// LibreOffice or Google Sheets ("CSV injection"), so it gets a leading `'`, which spreadsheets show
/// as text. Every cell is treated alike, amounts included: a stored amount cannot be negative (deals
/// are validated), so a `-` there can only come from a hand-edited file and is exported as text.
/// Debrief's importer takes the `'` off again, so export and import round-trip.
public enum SpreadsheetCSV {
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\0"]

    /// One cell, neutralised and quoted as needed.
    public static func cell(_ value: String) -> String {
        asciiCell(value) ?? characterCell(value)
    }

    /// `cell` worked out on Characters, for any text.
    static func characterCell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaTriggers.contains(first) { text = "'" + text }
        let needsQuotes = text.contains(where: { $0 == "\"" || $0 == "," || $0.isNewline })
            || text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" })
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// `cell` for text that is all ASCII, worked out on its bytes (a CSV export of 10,000 deals spent
    /// a quarter of its time walking cells as Characters); nil for any other text. In ASCII every
    /// Character is one byte, except CR LF, which is a newline either way, so the answers agree.
    static func asciiCell(_ value: String) -> String? {
        var value = value
        return value.withUTF8 { bytes -> String? in
            var needsQuotes = false, quotes = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                switch byte {
                case UInt8(ascii: "\""): needsQuotes = true; quotes += 1
                // Character.isNewline in ASCII: LF, VT, FF, CR.
                case UInt8(ascii: ","), 0x0A, 0x0B, 0x0C, 0x0D: needsQuotes = true
                default: break
                }
            }
            let guarded = bytes.first.map(asciiFormulaTriggers.contains) ?? false
            // A leading space is the cell's first byte only when no quote mark goes before it.
            if bytes.last == UInt8(ascii: " ") || (!guarded && bytes.first == UInt8(ascii: " ")) { needsQuotes = true }
            if !needsQuotes && !guarded { return String(decoding: bytes, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + quotes + 3)
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            if guarded { out.append(UInt8(ascii: "'")) }
            for byte in bytes {
                out.append(byte)
                if needsQuotes, byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            if needsQuotes { out.append(UInt8(ascii: "\"")) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `formulaTriggers` as bytes (all of them are ASCII).
    static let asciiFormulaTriggers: Set<UInt8> = Set(formulaTriggers.map { UInt8($0.value) })

    /// One record with its CRLF.
    public static func record(_ values: [String]) -> String {
        values.map(cell).joined(separator: ",") + "\r\n"
    }

    /// A whole table: header record, then one record per row.
    public static func table(header: [String], rows: [[String]]) -> String {
        var text = record(header)
        for row in rows { text += record(row) }
        return text
    }
}
