/// The forms records can be exported in.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    /// For spreadsheets: RFC 4180, formula-safe (`SpreadsheetCSV`).
    case csv
    /// An array of records in the canonical record form; reads back as the same records.
    case json
    /// For people: a table of deals, or a write-up per review, to paste into an email or the CRM.
    case markdown

    /// The file extension a user would expect.
    public var fileExtension: String { self == .markdown ? "md" : rawValue }
}
