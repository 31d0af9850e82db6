import ArgumentParser
import DebriefCore
import Foundation

@main
struct Debrief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "Win/loss reviews for sales teams, in the terminal.",
        discussion: """
        Data lives in one JSON file per deal and per review under the data directory:
        --data-dir, else $DEBRIEF_DATA_DIR, else $XDG_DATA_HOME/debrief (~/.local/share/debrief).
        """,
        subcommands: [
            DemoCommand.self,
            DealsCommand.self,
            ReviewsCommand.self,
            ShowCommand.self,
            CheckCommand.self,
        ]
    )
}
