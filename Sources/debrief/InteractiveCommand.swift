import ArgumentParser
import DebriefCore
import DebriefEffects
import DebriefTerminal
import DebriefUI
import Foundation

/// `debrief` with no subcommand: the interactive app.
extension Debrief {
    func run() throws {
        try reportingErrors {
            let environment = ProcessInfo.processInfo.environment
            if let problem = TerminalCheck.problem(environment: environment) {
                throw UserFacingError(TerminalCheck.advice(for: problem))
            }
            let launch = AppLaunch(locations: global.locations, environment: environment)
            var demoDirectory: URL?
            let store: RecordStore
            let label: String
            if demo {
                let directory = try AppLaunch.writeDemoTeam()
                demoDirectory = directory
                store = RecordStore(root: directory)
                label = "demo team (\(directory.path))"
            } else {
                store = global.store
                label = store.root.path
            }
            defer { if let demoDirectory { try? FileManager.default.removeItem(at: demoDirectory) } }

            let (theme, themeProblems) = launch.theme(named: theme, depth: ColorDepth.detect(environment: environment))
            var state = AppState(width: 0, height: 0, theme: theme, dataLabel: label, data: AppDataLoader.load(from: store))
            let (keymap, keyProblems) = launch.keymap()
            state.keymap = keymap
            StartSettings.show(themeProblems + keyProblems, in: &state)

            state.sessionTag = String(UUID().uuidString.prefix(6)).lowercased()
            state.manager = environment["DEBRIEF_MANAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
            let outcome = try AppLaunch.runInTerminal(state, store: store, locations: launch.locations)
            for problem in themeProblems + keyProblems { Output.warning(problem) }
            if let signal = outcome.signal {
                // Saved and restored; now end the way the signal asked, with the conventional status.
                throw ExitCode(128 + signal)
            }
        }
    }
}
