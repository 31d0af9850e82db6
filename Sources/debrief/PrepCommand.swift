import ArgumentParser
import DebriefCore
import DebriefEffects
import DebriefTerminal
import DebriefUI
import Foundation

/// `debrief prep --rep NAME`: the rep's side. Their closed deals awaiting review, the prep
/// questions, and a key to mark the review prep ready for the manager.
struct PrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prep",
        abstract: "Answer the prep questions for your deals before the review (for reps)."
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Your name as the CRM has it, or the start of it (kenji); case and accents do not matter.", valueName: "NAME"))
    var rep: String

    @Option(help: ArgumentHelp("Theme name (see debrief themes).", valueName: "NAME"))
    var theme: String?

    func run() throws {
        try reportingErrors {
            let environment = ProcessInfo.processInfo.environment
            let store = try globals.existingStore()
            let data = AppDataLoader.load(from: store)
            // The name first: a mistyped or ambiguous one is answered even where no terminal is.
            let reps = Set(data.deals.map(\.owner))
            let name: String
            switch RepNameMatch(rep, among: reps) {
            case .one(let match):
                name = match
            case .several(let matches):
                throw UserFacingError("'\(rep)' could be \(matches.count) reps: \(matches.joined(separator: ", ")). Type more of the name, e.g. --rep \"\(matches[0])\"")
            case .none:
                let known = reps.sorted().joined(separator: ", ")
                throw UserFacingError("no deals owned by '\(rep)' in \(store.root.path). Reps with deals: \(known.isEmpty ? "none" : known)")
            }
            if let problem = TerminalCheck.problem(environment: environment) {
                throw UserFacingError(TerminalCheck.advice(for: problem))
            }
            let launch = AppLaunch(locations: globals.locations, environment: environment)
            let (resolved, problems) = launch.theme(named: theme, depth: ColorDepth.detect(environment: environment))
            var state = AppState(width: 0, height: 0, theme: resolved, dataLabel: store.root.path, data: data)
            let (keymap, keyProblems) = launch.keymap()
            state.keymap = keymap
            state.prep = PrepState(rep: name, deals: data.deals, reviews: data.reviews, questions: data.questions, now: Timestamp.now())
            state.sessionTag = String(UUID().uuidString.prefix(6)).lowercased()
            let outcome = try AppLaunch.runInTerminal(state, store: store, locations: globals.locations)
            for problem in problems + keyProblems { Output.warning(problem) }
            if let signal = outcome.signal { throw ExitCode(128 + signal) }
        }
    }
}
