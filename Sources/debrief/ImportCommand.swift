import ArgumentParser
import DebriefCore
import Foundation
import Synchronization

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import closed deals from a CRM's CSV export (Salesforce, HubSpot, Pipedrive, Dynamics 365, Bitrix24, Close, Zoho or any spreadsheet).",
        discussion: """
        Deals are matched by CRM id: importing the same file again changes nothing, and a newer export \
        updates the deals that changed. Reviews are never touched. Open deals are skipped and counted. \
        Rows that cannot be read are listed with their line, column and reason; the other rows still import.

        The file may be UTF-8 (with or without a byte-order mark), UTF-16, Windows-1252 or Shift_JIS (Excel), with \
        comma, semicolon or tab separators. Dates may be ISO (2026-10-14), US (10/14/2026) or day-first \
        (14/10/2026, 14.10.2026), with a month name (17-May-2026, May 17, 2026) or a number (Unix \
        milliseconds, an Excel day number); when a file's slashed dates could be either, pass --date-format. \
        An amount left empty or written as "-", "N/A" or "TBD" is kept as unknown, never as 0.

        A mapping file (TOML) names columns the importer does not recognise, and stages it should read differently:
          source = "zoho"            # ids become zoho-<crm id>
          currency = "EUR"           # when no currency column or symbol says otherwise
          date_format = "day-first"  # like --date-format
          [columns]
          loss_reason = "Why We Lost (custom)"
          competitors = ["Competitor 1", "Competitor 2"]
          [stages]
          "Closed - Dormant" = "no-decision"   # won, lost, no-decision or open

        Mapping fields: \(DealField.allCases.map(\.rawValue).joined(separator: ", ")).

        A mapping can also read no column for a field ([columns] created_date = false) and give the \
        outcome of a file that holds only one ([defaults] outcome = "lost", like --outcome lost).

        Exit status: 0 when every closed row became, updated or already matched a deal; 1 when some \
        rows were not imported (each reason is listed once with its count); 2 when nothing was \
        imported (the file was refused, or no row became a deal).
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("Where the file came from: salesforce, hubspot, pipedrive, dynamics, bitrix24, close, zoho, freshsales, odoo, generic or auto (detect from the header).", valueName: "CRM"))
    var format = "auto"

    @Option(help: ArgumentHelp("A TOML file naming custom columns and stage meanings (see above).", valueName: "FILE"))
    var mapping: String?

    @Option(name: .customLong("date-format"), help: ArgumentHelp("How to read slashed dates: us (MM/DD/YYYY), day-first (DD/MM/YYYY) or iso.", valueName: "ORDER"))
    var dateFormat: String?

    @Option(help: ArgumentHelp("The outcome of rows whose own columns do not tell it, for a file that holds one outcome (a lost-deals view): won, lost or no-decision.", valueName: "OUTCOME"))
    var outcome: String?

    @Flag(name: .customLong("dry-run"), help: "Show what the import would do; write nothing.")
    var dryRun = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        var status: Int32 = 0
        do {
            try reportingErrors {
                let report = try performImport()
                if json {
                    try Output.json(report)
                } else {
                    print(ImportReportText.render(report), terminator: "")
                }
                status = report.exitStatus
            }
        } catch let error as ExitCode where error == .failure {
            // A refused file, a bad option or mapping: nothing was imported.
            throw ExitCode(2)
        }
        if status != 0 { throw ExitCode(status) }
    }

    private func importOptions() throws -> ImportOptions {
        var options = ImportOptions(dryRun: dryRun)
        if format.lowercased() != "auto" {
            guard let crm = CRMSource(rawValue: format.lowercased()) else {
                throw UserFacingError("--format takes salesforce, hubspot, pipedrive, dynamics, bitrix24, close, zoho, freshsales, odoo, generic or auto; got '\(terminalSafe(format))'")
            }
            options.format = crm
        }
        if let outcome {
            guard let parsed = Outcome(argument: outcome) else {
                throw UserFacingError("--outcome takes won, lost or no-decision; got '\(terminalSafe(outcome))'")
            }
            options.outcome = parsed
        }
        if let dateFormat {
            guard let order = DateOrder(argument: dateFormat) else {
                throw UserFacingError("--date-format takes us, day-first or iso; got '\(terminalSafe(dateFormat))'")
            }
            options.dateOrder = order
        }
        if let mapping {
            do {
                options.mapping = try ImportMapping.load(path: mapping)
            } catch {
                throw UserFacingError(terminalSafe(error.description))
            }
        }
        return options
    }

    private func performImport() throws -> ImportReport {
        var options = try importOptions()
        let progress = ImportProgressBar.forStandardError(enabled: !json)
        if let progress {
            options.progress = { @Sendable done, total in progress.draw(done, total) }
        }
        defer { progress?.finish() }
        do {
            return try DealImporter(store: globals.store).importFile(atPath: file, options: options)
        } catch {
            // The message may quote the file's own header cells.
            throw UserFacingError(terminalSafe(error.description))
        }
    }
}

/// A one-line bar on standard error while deals are written, only when stderr is a terminal
/// and there are enough deals for the wait to be noticeable.
final class ImportProgressBar: Sendable {
    static let minimumDeals = 500
    private let drawn = Mutex(false)

    static func forStandardError(enabled: Bool) -> ImportProgressBar? {
        enabled && isatty(STDERR_FILENO) == 1 ? ImportProgressBar() : nil
    }

    func draw(_ done: Int, _ total: Int) {
        guard total >= Self.minimumDeals else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        drawn.withLock { drawn in
            FileHandle.standardError.write(Data("\r\u{1B}[2KImporting rows [\(bar)] \(done)/\(total)".utf8))
            drawn = true
        }
    }

    func finish() {
        drawn.withLock { drawn in
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
        }
    }
}

/// Text from files on its way to a terminal: control characters and escape sequences become
/// visible placeholders, bidi overrides are removed (DisplaySanitizer, single line).
func terminalSafe(_ text: String) -> String {
    DisplaySanitizer.singleLine.sanitize(text)
}
