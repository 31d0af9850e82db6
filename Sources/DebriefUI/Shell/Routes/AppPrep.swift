import DebriefCore
import Foundation

/// How the app runs prep mode (`debrief prep --rep NAME`): the rep's own screen, where leaving
/// quits the app after saving.
extension DebriefApp {
    static func prepKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prep = state.prep else { return [] }
        state.prep = nil  // the answer's editor then changes the only copy, in place
        let requests = prep.handle(key, at: state.lastTick ?? Timestamp.now(), keymap: state.keymap)
        state.prep = prep
        return prepEffects(requests, &state)
    }

    /// Prep requests as effects; leaving prep quits the app, after its saves.
    static func prepEffects(_ requests: [SessionRequest], _ state: inout AppState) -> [Effect] {
        effects(for: requests, &state) { state in
            state.isQuitting = true
            return [.quit]
        }
    }

    /// Ctrl-C, SIGHUP or SIGTERM in prep mode: save every answer, then quit.
    static func closePrepForQuit(_ state: inout AppState) -> [Effect] {
        guard var prep = state.prep else { return [] }
        let requests = prep.perform(.back)
        state.prep = prep
        return prepEffects(requests, &state).filter { $0 != .quit }
    }
}
