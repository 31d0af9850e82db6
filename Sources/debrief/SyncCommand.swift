import ArgumentParser
import DebriefCore
import Foundation

/// `debrief sync`: share the data directory with the team through its git remote.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Commit local changes, fetch the team's, merge record by record, push.",
        discussion: """
        Records both machines changed are merged field by field; where both changed the same \
        field, both versions are kept: texts under a marker line, items side by side, and for a \
        single value (an amount, a date) this machine's in the record and the other's in \
        conflicts/<record path>, committed with the merge, until someone chooses (C in the app, or \
        `debrief conflicts`). Copies left by other sync tools and files with git conflict markers \
        are reported, never loaded.

        Exit status 1 when the remote cannot be reached (local changes stay committed) or the \
        directory is not shared through git (see `debrief init --git`).
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Option(name: .customLong("as"), help: ArgumentHelp("Name the commit's author (default: git's user.name, else your login).", valueName: "NAME"))
    var author: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            let report = try TeamSync(root: globals.locations.dataDirectory, author: author).run()
            if json {
                try Output.json(report)
            } else {
                for line in report.lines { print(ProblemReport.sanitized(line)) }
            }
        }
    }
}
