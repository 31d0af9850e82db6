import DebriefCore
import Foundation

/// The import report as text for a terminal: a first line that says what happened, then what was
/// kept differently, then each reason rows were not imported, once, with its count and first lines.
/// Every value that came from the file is sanitised.
enum ImportReportText {
    /// Lines listed per reason before "…": a reason shared by 1,143 rows is one line, not 1,143.
    static let linesShown = 5

    static func render(_ report: ImportReport) -> String {
        var lines = [headline(report)]
        lines.append("  " + details(report))
        lines.append("  " + report.summary)
        lines.append("  " + identity(report))
        if let outcome = report.defaultOutcome {
            lines.append("  Rows whose own columns do not tell the outcome were taken as \(outcome.label).")
        }
        if report.unknownAmounts > 0 {
            lines.append("  \(count(report.unknownAmounts, "row")): no amount — kept with unknown amount (shown as —, left out of value totals)")
        }
        if let column = report.centsColumn {
            lines.append("  Amounts in \"\(terminalSafe(column))\" are cents, as \(report.source.rawValue.capitalized) writes them: divided by 100 (300000 is 3,000.00).")
        }
        if let shown = report.dateOrderShownBy, let order = report.dateOrder {
            lines.append("  Dates such as 03/04 were read \(order == .us ? "month first (US)" : "day first") because \"\(terminalSafe(shown))\" "
                + "can only be read that way; if that is wrong, pass --date-format \(order == .us ? "day-first" : "us").")
        }
        if report.futureCloseDates > 0 {
            lines.append("  \(count(report.futureCloseDates, "closed deal")) with a close date after today (first on line \(report.firstFutureCloseLine ?? 0)) "
                + "— kept as the CRM has it; check the close dates in the CRM")
        }
        if report.assumedCurrency > 0 {
            lines.append("  \(count(report.assumedCurrency, "row")): the amount names no currency and no column gives one — taken as USD; "
                + "if not, put the code in a mapping file (currency = \"EUR\") and import again")
        }
        if report.placeholderAmounts > 0 {
            lines.append("  \(count(report.placeholderAmounts, "row")): amount written as \"-\", \"N/A\", \"TBD\" or the like — kept with unknown amount, not 0")
        }
        if report.numericDates > 0 {
            lines.append("  \(count(report.numericDates, "row")): a date written as a number, read as Unix time (13 or 10 digits), YYYYMMDD "
                + "or an Excel day number (5 digits, 46159 = 2026-05-17); if a date looks wrong, export dates as text")
        }
        if report.droppedCreatedDates > 0 {
            lines.append("  \(count(report.droppedCreatedDates, "row")): created date after the close date — kept without the created date "
                + "(Salesforce's CreatedDate is often when records were loaded; [columns] created_date = false reads none)")
        }
        if !report.skippedOpen.isEmpty {
            let stages = report.skippedOpen.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\(terminalSafe($0.key)) \($0.value)" }
            lines.append("  Skipped open deals by stage: " + stages.joined(separator: ", "))
            lines.append("    (if one of these stages is a closed one, say so in a mapping: [stages] \"Stage\" = \"won\", \"lost\" or \"no-decision\")")
        }
        if report.titleLines > 0 {
            lines.append("  Skipped \(count(report.titleLines, "title line")) before the header (a board or report name).")
        }
        if report.sectionLines > 0 {
            let shown = report.sectionLineNumbers.map(String.init).joined(separator: ", ")
            lines.append("  Skipped \(count(report.sectionLines, "line")) between the data with only a first cell (a group's title) or the header again "
                + "(line\(report.sectionLines == 1 ? "" : "s") \(shown)\(report.sectionLines > report.sectionLineNumbers.count ? ", …" : "")).")
        }
        if report.footerLines > 0 {
            lines.append("  Skipped \(report.footerLines) footer line\(report.footerLines == 1 ? "" : "s") after the data.")
        }
        if !report.ignoredColumns.isEmpty {
            lines.append("  Columns not read: " + report.ignoredColumns.map { "\"\(terminalSafe($0))\"" }.joined(separator: ", "))
        }
        if !report.undetermined.isEmpty {
            lines.append("")
            lines.append("Closed deals whose outcome no column tells (not imported; add the [stages] line to a mapping and import again):")
            for (stage, rows) in report.undetermined.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                let line = "[stages] \(tomlKey(stage)) = \"won\""
                lines.append("  \(count(rows, "row")) in stage \"\(terminalSafe(stage))\": add  \(terminalSafe(line))  (or \"lost\", \"no-decision\")")
            }
        }
        if !report.rejected.isEmpty {
            lines.append("")
            lines.append("Rows not imported (fix them and import again; rows already imported will show as unchanged):")
            for group in groups(report.rejected) {
                var text = "  \(count(group.lines.count, "row")): "
                if let column = group.column { text += "column \"\(terminalSafe(column))\": " }
                text += terminalSafe(group.reason)
                let shown = group.lines.prefix(linesShown).map(String.init).joined(separator: ", ")
                text += " (line\(group.lines.count == 1 ? "" : "s") \(shown)\(group.lines.count > linesShown ? ", …" : ""))"
                if group.lines.count == 1, let value = group.value { text += " — \"\(terminalSafe(value))\"" }
                lines.append(text)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line: what happened, in words.
    static func headline(_ report: ImportReport) -> String {
        let file = terminalSafe(report.file)
        let verb = report.dryRun ? "Dry run (nothing written): would import" : "Imported"
        let imported = report.importedCount
        let missed = report.notImportedCount
        if imported == 0 {
            let why: String
            if missed > 0 {
                why = "\(count(missed, "closed row")) could not be imported (see below)"
            } else if report.skippedCount > 0 {
                why = report.skippedCount == 1 ? "its one row is an open deal" : "all \(count(report.skippedCount, "row")) are open deals"
            } else {
                why = "the file has no data rows"
            }
            return "\(report.dryRun ? "Dry run: nothing would be imported" : "Nothing imported") from \(file): \(why)"
        }
        var line = "\(verb) \(count(imported, "closed deal")) from \(file)"
        var parts: [String] = []
        if !report.added.isEmpty { parts.append("\(report.added.count) new") }
        if !report.updated.isEmpty { parts.append("\(report.updated.count) updated") }
        if !report.unchanged.isEmpty { parts.append("\(report.unchanged.count) unchanged") }
        line += " (" + parts.joined(separator: ", ") + ")"
        if missed > 0 { line += "; \(count(missed, "closed row")) not imported (see below)" }
        return line
    }

    static func details(_ report: ImportReport) -> String {
        "\(report.source.rawValue) export, \(report.encoding.rawValue), \(count(report.rows, "row"))"
            + (report.dateOrder.map { ", dates \($0.rawValue)" } ?? "")
    }

    static func identity(_ report: ImportReport) -> String {
        switch report.identity {
        case .crmId(let column):
            return "Deals are matched by the CRM id in \"\(terminalSafe(column))\"."
        case .name(let column):
            return "No CRM id column: deals are matched by their name in \"\(terminalSafe(column))\", so a deal renamed in the CRM "
                + "comes in as a new one. Name the id column in a mapping: [columns] crm_id = \"Your Id Column\""
        case .none:
            return "No CRM id or name column."
        }
    }

    struct Group {
        var column: String?
        var reason: String
        var value: String?
        var lines: [Int]
    }

    /// Rejections with the same column and reason, in the order each first appears.
    static func groups(_ rows: [RejectedRow]) -> [Group] {
        var order: [String] = []
        var byKey: [String: Group] = [:]
        for row in rows {
            let key = (row.column ?? "") + "\u{0}" + row.reason
            if byKey[key] == nil {
                order.append(key)
                byKey[key] = Group(column: row.column, reason: row.reason, value: row.value, lines: [])
            }
            byKey[key]?.lines.append(row.line)
        }
        return order.compactMap { byKey[$0] }
    }

    /// "1 row", "1,143 rows".
    static func count(_ number: Int, _ noun: String) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.usesGroupingSeparator = true
        formatter.groupingSeparator = ","
        formatter.groupingSize = 3
        let text = formatter.string(from: NSNumber(value: number)) ?? "\(number)"
        return "\(text) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A stage as a TOML key: quoted, with quotes and backslashes escaped.
    static func tomlKey(_ stage: String) -> String {
        var out = "\""
        for scalar in stage.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
