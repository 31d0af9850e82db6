/// A row that was not imported, and why: the physical line it starts on, the column at fault as the
/// file names it, the offending cell, and a reason that says what to change.
public struct RejectedRow: Sendable, Equatable, Codable {
    public var line: Int
    public var column: String?
    public var value: String?
    public var reason: String

    public init(line: Int, column: String?, value: String?, reason: String) {
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }
}

/// Which column tells deals apart across imports.
public enum ImportIdentity: Sendable, Equatable, Codable {
    /// The CRM's id column: the same CRM deal is one Debrief deal however the export was shaped.
    case crmId(column: String)
    /// No id column: the deal's name, so a deal renamed in the CRM comes in as a new one.
    case name(column: String)
    case none
}

/// What an import did, or with `--dry-run` would do. Ids are listed so a caller can show or test them.
public struct ImportReport: Sendable, Equatable, Codable {
    public var file: String
    public var source: CRMSource
    public var encoding: SourceEncoding
    /// The order slashed dates were read in; nil when the file had none.
    public var dateOrder: DateOrder?
    /// The date that settled `dateOrder` when others in the file could be read either way ("17/05/2026").
    public var dateOrderShownBy: String?
    public var dryRun: Bool
    /// Data rows read (footer and blank lines excluded).
    public var rows: Int
    public var added: [String] = []
    public var updated: [String] = []
    public var unchanged: [String] = []
    /// Open deals skipped, by the stage or status they were in.
    public var skippedOpen: [String: Int] = [:]
    /// Rows that repeat an earlier row exactly; imported once.
    public var duplicates: [Int] = []
    public var rejected: [RejectedRow] = []
    /// Closed rows whose outcome no cell tells, by stage: not imported until `[stages]` says.
    public var undetermined: [String: Int] = [:]
    /// Deals kept with an unknown amount (the row had none).
    public var unknownAmounts = 0
    /// The amount column read as cents (Close's `value`), divided by 100; nil when amounts are units.
    public var centsColumn: String?
    /// Deals whose amount cell held a placeholder ("-", "N/A", "TBD"), kept with an unknown amount.
    public var placeholderAmounts = 0
    /// Closed deals whose close date is after the day of the import, kept as the CRM has them; the first one's line.
    public var futureCloseDates = 0
    public var firstFutureCloseLine: Int?
    /// Deals whose amount named no currency, with no currency column or mapping: taken as USD.
    public var assumedCurrency = 0
    /// Deals with a date written as a bare number (Unix time, an Excel day number), read as one.
    public var numericDates = 0
    /// Deals whose created date was after their close date, kept without it.
    public var droppedCreatedDates = 0
    /// How deals are told apart: the CRM id column, or, without one, the name column.
    public var identity: ImportIdentity = .none
    /// The outcome given to rows whose own cells do not tell it (`--outcome`, `[defaults] outcome`).
    public var defaultOutcome: Outcome?
    public var footerLines: Int
    /// One-cell lines before the header (a board or report title), skipped.
    public var titleLines = 0
    /// Group titles and repeated header rows between the data rows, skipped; the first few line numbers.
    public var sectionLines = 0
    public var sectionLineNumbers: [Int] = []
    /// Which header each field was read from, and the headers nothing read.
    public var columns: [String: [String]]
    public var ignoredColumns: [String]

    public var skippedCount: Int { skippedOpen.values.reduce(0, +) }
    public var undeterminedCount: Int { undetermined.values.reduce(0, +) }
    /// Closed rows that did not become, update or match a deal.
    public var notImportedCount: Int { rejected.count + undeterminedCount }
    /// Closed deals that are now in the data directory as the file has them.
    public var importedCount: Int { added.count + updated.count + unchanged.count }

    /// 0 when every closed row became, updated or matched a deal; 1 when some rows were not
    /// imported; 2 when nothing was.
    public var exitStatus: Int32 {
        if importedCount == 0 { return 2 }
        return notImportedCount > 0 ? 1 : 0
    }

    /// One line: "added 3, updated 1, unchanged 12, skipped 1 open, rejected 2".
    public var summary: String {
        var parts = ["added \(added.count)", "updated \(updated.count)", "unchanged \(unchanged.count)",
                     "skipped \(skippedCount) open", "rejected \(rejected.count)"]
        if undeterminedCount > 0 { parts.append("\(undeterminedCount) closed with no outcome") }
        if !duplicates.isEmpty { parts.append("\(duplicates.count) duplicate row\(duplicates.count == 1 ? "" : "s") ignored") }
        return parts.joined(separator: ", ")
    }

}
