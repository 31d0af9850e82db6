import ArgumentParser
import DebriefCore
import DebriefUI
import Foundation

/// `debrief snapshot`: renders a view headlessly, after an optional key script, through the same
/// update and render functions the interactive app uses.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render a view as text, without a terminal (for tests, docs and bug reports).",
        discussion: """
        Keys are separated by spaces, each a key name in tmux's spelling (Enter, Escape, Tab, BTab,
        Up, Down, PageUp, PageDown, Home, End, BSpace, DC, Space, F1, C-e, M-x) or else literal text
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
            for problem in problems { Output.warning(problem) }

            let store = global.store
            let data = demo ? AppLaunch.demoData() : AppLaunch.load(from: store)
            let label = demo ? "demo team" : store.root.path
            var state = AppState(width: width, height: height, theme: resolved, dataLabel: label, data: data)
            state.view = appView
            feed(KeyScript.parse(keys), into: &state, store: demo ? nil : store)

            let screen = DebriefApp.render(state)
            withExtendedLifetime(state) {
                FileHandle.standardOutput.write(Data((color ? screen.ansiText : screen.plainText).utf8))
                // Done: end here rather than free every deal and review one by one (a tenth of a
                // second at 100,000 deals). Nothing is left to write; exit flushes stdio.
                Foundation.exit(0)
            }
        }
    }

    /// Runs the key script through `update`, performing effects headlessly; stops at quit.
    private func feed(_ keys: [Key], into state: inout AppState, store: RecordStore?) {
        for key in keys {
            var queue: [Msg] = [.key(key)]
            while !queue.isEmpty {
                for effect in DebriefApp.update(&state, queue.removeFirst()) {
                    switch effect {
                    case .quit: return
                    case .load: queue.append(.loaded(store.map(AppLaunch.load) ?? state.data))
                    case .openEditor: queue.append(.editorFinished(nil))
                    case .save, .saveReview, .journal, .exportMarkdown, .discardJournal, .savePlaybook, .sync, .resolveConflict: break  // a snapshot never writes
                    case .foldSearchText: break  // its searches fold the deals they look at as they go
                    }
                }
            }
        }
    }
}
