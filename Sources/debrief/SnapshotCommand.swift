import ArgumentParser
import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation

/// `debrief snapshot`: renders a view headlessly, after an optional key script, through the same
/// program loop the interactive app runs (over a headless backend instead of curses).
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render a view as text, without a terminal (for tests, docs and bug reports).",
        discussion: """
        Keys are separated by spaces, each a key name in tmux's spelling (Enter, Escape, Tab, BTab, \
        Up, Down, PageUp, PageDown, Home, End, BSpace, DC, Space, F1, C-e, M-x) or else literal text \
        typed as it stands. Examples:
          debrief snapshot --demo
          debrief snapshot --demo --size 80x24 --keys "?"
          debrief snapshot --demo --color --theme debrief-light | less -R
        """
    )

    @OptionGroup var global: GlobalOptions

    /// The root command declares --demo and --theme too, and can take them from this command's
    /// arguments; read both so the flags work wherever ArgumentParser puts them.
    @ParentCommand var root: Debrief

    @Option(help: ArgumentHelp("The view to render: \(AppView.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "VIEW"))
    var view = AppView.board.rawValue

    @Option(help: ArgumentHelp("Screen size as COLSxROWS.", valueName: "COLSxROWS"))
    var size = "100x30"

    @Option(help: ArgumentHelp("Keys to feed before rendering, e.g. \"? j Escape\".", valueName: "KEYS"))
    var keys = ""

    @Option(help: ArgumentHelp("Theme name (see debrief themes).", valueName: "NAME"))
    var theme: String?

    @Flag(help: "Output ANSI colours and attributes instead of plain text (NO_COLOR still turns colour off).")
    var color = false

    @Option(help: ArgumentHelp("With --color: the colour depth to show, one of truecolor, 256, 16, 8, none.", valueName: "DEPTH"))
    var depth = "truecolor"

    @Flag(help: "Render the built-in demo team instead of the data directory.")
    var demo = false

    func validate() throws {
        guard AppView(rawValue: view) != nil else {
            throw ValidationError("unknown view '\(view)'; use one of: \(AppView.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard parsedSize != nil else { throw ValidationError("--size takes COLSxROWS with each between 1 and 1000, e.g. 100x30; got '\(size)'") }
        guard parsedDepth != nil else { throw ValidationError("--depth takes truecolor, 256, 16, 8 or none; got '\(depth)'") }
    }

    var parsedSize: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else { return nil }
        return (width, height)
    }

    var parsedDepth: ColorDepth? {
        switch depth.lowercased() {
        case "truecolor", "24bit", "rgb": .truecolor
        case "256": .indexed256
        case "16": .ansi16
        case "8": .ansi8
        case "none", "0": ColorDepth.none
        default: nil
        }
    }

    func run() throws {
        try reportingErrors {
            guard let appView = AppView(rawValue: view), let (width, height) = parsedSize, var depth = parsedDepth else { return }
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { depth = .none }
            let launch = AppLaunch(locations: global.locations, environment: environment)
            let demo = demo || root.demo
            let (resolved, problems) = launch.theme(named: theme ?? root.theme, depth: color ? depth : .none)
            let (keymap, keyProblems) = launch.keymap()
            for problem in problems + keyProblems { Output.warning(problem) }

            let store = global.store
            let data = demo ? AppLaunch.demoData() : AppDataLoader.load(from: store)
            let label = demo ? "demo team" : store.root.path
            var state = AppState(width: width, height: height, theme: resolved, dataLabel: label, data: data)
            state.view = appView
            state.keymap = keymap
            state.dataDirectory = demo ? nil : store.root.path
            // As in the app: a theme or key problem shows on the screen, not only on stderr.
            StartSettings.show(problems + keyProblems, in: &state)
            // The real program loop, over a headless backend playing the key script; a snapshot never writes.
            let backend = HeadlessBackend(width: width, height: height, keys: keys)
            let performer = demo ? StorePerformer(store: nil, journal: nil, options: .readOnly) { data }
                : StorePerformer(store: store, journal: nil, options: .readOnly)
            let outcome = Program(state: state, backend: backend, performer: performer).run()
            state = outcome.state
            // The program's last frame is the state drawn, unless the script quit after it.
            let screen = outcome.quit ? DebriefApp.render(state) : backend.lastFrame ?? DebriefApp.render(state)
            withExtendedLifetime(state) {
                FileHandle.standardOutput.write(Data((color ? screen.ansiText : screen.plainText).utf8))
                // Done: end here rather than free every deal and review one by one (a tenth of a
                // second at 100,000 deals). Nothing is left to write; exit flushes stdio.
                Foundation.exit(0)
            }
        }
    }
}
