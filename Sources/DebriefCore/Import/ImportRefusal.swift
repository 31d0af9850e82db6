/// Why a whole file was refused before any row was imported. Each case says what to do.
/// Messages quote text from the file; callers printing to a terminal sanitise them first.
public enum ImportRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case empty
    case notText(reason: String)
    case noHeader
    /// The header has no column for some required piece; `seen` is the header as written.
    case missingColumns(missing: [MissingColumn], seen: [String])
    case mappingColumnNotFound(field: String, column: String, seen: [String])
    case invalidMapping(reason: String)
    case ambiguousDates(examples: [String])
    case mixedDateOrders(usExample: String, dayFirstExample: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .empty:
            return "the file is empty: export the deals from the CRM again and pass the CSV file"
        case .notText(let reason):
            return "refusing to import: \(reason)"
        case .noHeader:
            return "the file has no header row: the first line must name the columns"
        case .missingColumns(let missing, let seen):
            return "nothing imported: the file has no column for " + missing.map(\.what).joined(separator: "; ")
                + ". Columns seen: " + ImportRefusal.list(seen)
                + ". Name the column in a mapping file passed with --mapping: "
                + missing.map(\.remedy).joined(separator: "; ")
        case .mappingColumnNotFound(let field, let column, let seen):
            return "the mapping names column \"\(column)\" for \(field), but the file has no such column. Columns seen: " + ImportRefusal.list(seen)
        case .invalidMapping(let reason):
            return "the mapping file is not valid: \(reason)"
        case .ambiguousDates(let examples):
            return "the dates in this file can be read as month/day or day/month (e.g. "
                + examples.joined(separator: ", ")
                + "), and no date in it settles which. Pass --date-format us (MM/DD/YYYY) or --date-format day-first (DD/MM/YYYY)"
        case .mixedDateOrders(let us, let dayFirst):
            return "the file mixes month/day dates (\(us)) and day/month dates (\(dayFirst)). Pass --date-format us or --date-format day-first; rows that do not fit it will be reported"
        }
    }

    private static func list(_ columns: [String]) -> String {
        columns.isEmpty ? "(none)" : columns.map { "\"\($0)\"" }.joined(separator: ", ")
    }
}
