import ArgumentParser
import DebriefCore
import Foundation

/// `debrief conflicts`: the single values a sync could not merge, waiting for a person to choose.
struct ConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List the fields a sync left for a person to choose (both values are kept until then).",
        discussion: """
        When two machines changed the same single value of a record (an amount, a date, an outcome), \
        sync keeps this machine's value in the record and the other in conflicts/<record path>, \
        committed with the merge. Choose in the app (C), or here with `debrief conflicts resolve`.
        """,
        subcommands: [ListConflicts.self, ResolveConflict.self],
        defaultSubcommand: ListConflicts.self
    )
}

struct ListConflicts: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the conflicts left to choose.")

    @OptionGroup var globals: GlobalOptions

    @Flag(help: "Print the conflicts as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            let loaded = PendingConflictStore(root: try globals.existingStore().root).loadAll()
            ProblemReport.warn(loaded.problems)
            if json {
                try Output.json(loaded.conflicts)
            } else if loaded.conflicts.isEmpty {
                print("no conflicts to choose")
            } else {
                for line in ConflictsText.lines(loaded.conflicts) { print(ProblemReport.sanitized(line)) }
            }
        }
    }
}

struct ResolveConflict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Choose one side of a conflict: keep the record's value, or write the other machine's into it.",
        discussion: "The choice is committed by the next `debrief sync`. Exit status 1 when the record changed since the sync; nothing is written then."
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("The conflict's id, as `debrief conflicts` prints it (deals/ID.json#field).", valueName: "ID"))
    var id: String

    @Option(help: "kept (the value in the record) or other (the other machine's).")
    var take: ConflictChoice

    func run() throws {
        try reportingErrors {
            guard let hash = id.lastIndex(of: "#") else {
                throw ValidationError("'\(DisplaySanitizer.singleLine.sanitize(id))' is not a conflict id; ids look like deals/acme.json#amount (see `debrief conflicts`)")
            }
            let store = try globals.existingStore()
            let outcome = try ConflictResolver(store: store).resolve(recordPath: String(id[..<hash]), field: String(id[id.index(after: hash)...]), choice: take)
            let left = outcome.remaining?.fields.count ?? 0
            print(ProblemReport.sanitized("\(take == .kept ? "kept the record's value" : "wrote the other machine's value") for \(id); \(left) more on this record. Run `debrief sync` to share the choice"))
        }
    }
}

extension ConflictChoice: ExpressibleByArgument {}
