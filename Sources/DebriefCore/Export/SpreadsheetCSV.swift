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
        var text = value
        if let first = text.unicodeScalars.first, formulaTriggers.contains(first) { text = "'" + text }
        let needsQuotes = text.contains(where: { $0 == "\"" || $0 == "," || $0.isNewline })
            || text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" })
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

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
