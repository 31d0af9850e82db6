import ArgumentParser
import DebriefCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export deals or reviews as CSV, JSON or Markdown.",
        discussion: """
        CSV opens cleanly in a spreadsheet (RFC 4180, CRLF line ends; cells starting with = + - @ tab CR LF \
        or NUL get a leading ' so they are never run as formulas) and imports back with `debrief import`. \
        JSON is an array of records in the form they are stored in. Markdown is for people: a table of \
        deals, or a write-up per review. With --out the file is written with mode 0600 and an existing \
        file is only replaced with --force.
        """,
        subcommands: [ExportDealsCommand.self, ExportReviewsCommand.self, ExportReviewCommand.self, ExportPlaybookCommand.self]
    )
}

/// Options every export takes.
struct ExportTarget: ParsableArguments {
    @Option(help: ArgumentHelp("csv, json or markdown (default: from the --out extension, else csv).", valueName: "FORMAT"))
    var format: String?

    @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output.", valueName: "FILE"))
    var out: String?

    @Flag(help: "Replace the --out file if it exists.")
    var force = false

    func resolvedFormat(default fallback: ExportFormat) throws -> ExportFormat {
        if let format {
            let key = format.lowercased() == "md" ? "markdown" : format.lowercased()
            guard let parsed = ExportFormat(rawValue: key) else {
                throw UserFacingError("--format takes csv, json or markdown (and ics for one review); got '\(terminalSafe(format))'")
            }
            return parsed
        }
        switch out.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "json": return .json
        case "md", "markdown": return .markdown
        case "csv": return .csv
        default: return fallback
        }
    }

    /// Writes to --out durably, or to standard output. Text bound for a terminal is sanitised;
    /// bytes bound for a pipe or a file are left exactly as exported.
    func emit(_ data: Data, format: ExportFormat) throws {
        if let out {
            let url = URL(fileURLWithPath: out).standardizedFileURL
            try ExportFile.write(data, to: url, force: force)
            print("Wrote \(terminalSafe(url.path)).")
            return
        }
        if isatty(STDOUT_FILENO) == 1 || format == .markdown {
            let text = String(decoding: data, as: UTF8.self)
            FileHandle.standardOutput.write(Data(DisplaySanitizer.multiLine.sanitize(text).utf8))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

struct ExportDealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "deals", abstract: "Export every deal.")

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var target: ExportTarget

    func run() throws {
        try reportingErrors {
            let format = try target.resolvedFormat(default: .csv)
            let (loaded, store) = try globals.indexedRecords()
            ProblemReport.warn(loaded.problems(of: Deal.self, in: store))
            let data: Data
            switch format {
            case .csv: data = Data(DealExport.csv(loaded.deals).utf8)
            case .json: data = try DealExport.json(loaded.deals)
            case .markdown: data = Data(DealExport.markdown(loaded.deals).utf8)
            }
            try target.emit(data, format: format)
        }
    }
}

struct ExportReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reviews", abstract: "Export every review.")

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var target: ExportTarget

    func run() throws {
        try reportingErrors {
            let format = try target.resolvedFormat(default: .csv)
            let (loaded, store) = try globals.indexedRecords()
            ProblemReport.warn(loaded.problems(of: Review.self, in: store))
            let reviews = loaded.reviews
            func dealsByID() -> [String: Deal] {
                ProblemReport.warn(loaded.problems(of: Deal.self, in: store))
                return Dictionary(loaded.deals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            let data: Data
            switch format {
            case .csv: data = Data(ReviewExport.csv(reviews, deals: dealsByID()).utf8)
            case .json: data = try ReviewExport.json(reviews)
            case .markdown: data = Data(ReviewExport.markdown(reviews, deals: dealsByID()).utf8)
            }
            try target.emit(data, format: format)
        }
    }
}

struct ExportReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Export one review as a Markdown write-up (or JSON, CSV, or an .ics calendar invite with the brief).")

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("The review's id (see `debrief reviews`).", valueName: "ID"))
    var id: String

    @OptionGroup var target: ExportTarget
    @OptionGroup var invite: InviteOptions

    func run() throws {
        try reportingErrors {
            let store = try globals.existingStore()
            guard let review = try store.load(Review.self, id: id) else {
                throw UserFacingError("no review with id '\(terminalSafe(id))'; list them with `debrief reviews`")
            }
            // A calendar invite (--format ics): bytes bound for a calendar, written as they are.
            if InviteOptions.wanted(target) {
                try target.emitInvite(try invite.invite(for: review, globals: globals))
                return
            }
            let format = try target.resolvedFormat(default: .markdown)
            let deal = try? store.load(Deal.self, id: review.dealId)
            let data: Data
            switch format {
            case .markdown: data = Data(ReviewMarkdown.render(review, deal: deal ?? nil).utf8)
            case .json: data = try RecordCoding.encode(review)
            case .csv: data = Data(ReviewExport.csv([review], deals: deal.flatMap { $0 }.map { [$0.id: $0] } ?? [:]).utf8)
            }
            try target.emit(data, format: format)
        }
    }
}
