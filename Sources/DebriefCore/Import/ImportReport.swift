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

/// What an import did, or with `--dry-run` would do. Ids are listed so a caller can show or test them.
public struct ImportReport: Sendable, Equatable, Codable {
    public var file: String
    public var source: CRMSource
    public var encoding: SourceEncoding
    /// The order slashed dates were read in; nil when the file had none.
    public var dateOrder: DateOrder?
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
    public var footerLines: Int
    /// Which header each field was read from, and the headers nothing read.
    public var columns: [String: [String]]
    public var ignoredColumns: [String]

    public var skippedCount: Int { skippedOpen.values.reduce(0, +) }

    /// One line: "added 3, updated 1, unchanged 12, skipped 1 open, rejected 2".
    public var summary: String {
        var parts = ["added \(added.count)", "updated \(updated.count)", "unchanged \(unchanged.count)",
                     "skipped \(skippedCount) open", "rejected \(rejected.count)"]
        if !duplicates.isEmpty { parts.append("\(duplicates.count) duplicate row\(duplicates.count == 1 ? "" : "s") ignored") }
        return parts.joined(separator: ", ")
    }

}
