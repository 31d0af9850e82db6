import ArgumentParser
import DebriefCore
import Foundation

/// `debrief init`: make a data directory, optionally shared with a team through git.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the data directory (0700, with deals/ and reviews/), optionally shared through git.",
        discussion: """
        With --git, clones the remote (an empty remote gives an empty repository the first \
        `debrief sync` pushes to); a directory that already holds data becomes a repository with that \
        remote, and `debrief sync` merges the two. Always writes a .gitignore that keeps lock files, \
        temp files, journals and copies left by other sync tools out of the repository. \
        Safe to run again: it says what it did and what it found already done.
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Share the data through this git remote (a URL or a path).", valueName: "REMOTE"))
    var git: String?

    @Option(help: ArgumentHelp("The directory to create (default: the data directory, see --data-dir).", valueName: "DIR"))
    var dir: String?

    func run() throws {
        try reportingErrors {
            let root = dir.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL } ?? globals.locations.dataDirectory
            let steps = try DataDirectorySetup(root: root, remote: git).run()
            for step in steps { print(step) }
            print("ready: \(root.path)")
        }
    }
}
