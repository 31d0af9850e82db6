import ArgumentParser
import DebriefCore
import Foundation

@main
struct Debrief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Win/loss reviews for sales teams, in the terminal.",
        discussion: """
        With no subcommand, opens the interactive app on the data directory (or, with --demo, on a \
        demo team in a temporary directory). Press ? inside for keys.

        Data lives in one JSON file per deal and per review under the data directory:
        --data-dir, else $DEBRIEF_DATA_DIR, else $XDG_DATA_HOME/debrief (~/.local/share/debrief).
        """,
        subcommands: [
            DemoCommand.self,
            DealsCommand.self,
            ReviewsCommand.self,
            ShowCommand.self,
            CheckCommand.self,
            KeysCommand.self,
            PrepCommand.self,
            SnapshotCommand.self,
            ThemesCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            StatsCommand.self,
            QueueCommand.self,
            BriefCommand.self,
            ConcurrencyProbeCommand.self,
            InitCommand.self,
            SyncCommand.self,
            ConflictsCommand.self,
        ]
    )

    // Options of the interactive app (`debrief` with no subcommand); run() is in InteractiveCommand.swift.
    @OptionGroup var global: GlobalOptions

    @Flag(help: "Open the app on a built-in demo team, in a temporary directory (your data is not touched).")
    var demo = false

    @Option(help: ArgumentHelp("Colour theme (see debrief themes); default from config.toml, else debrief-dark.", valueName: "NAME"))
    var theme: String?
}
