import DebriefCore
import Foundation

/// How the app runs prep mode (`debrief prep --rep NAME`): the rep's own screen, where leaving
/// quits the app after saving.
extension DebriefApp {
    static func prepKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prep = state.prep else { return [] }
        let requests = prep.handle(key, at: state.lastTick ?? Timestamp.now())
        state.prep = prep
        return prepEffects(requests, &state)
    }

    static func prepEffects(_ requests: [SessionRequest], _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .save(let review, let base): effects.append(.saveReview(review, base: base))
            case .journal(let edit): effects.append(.journal(edit))
            case .openEditor(let text): effects.append(.openEditor(text: text))
            case .exportMarkdown(let reviewID): effects.append(.exportMarkdown(reviewID: reviewID))
            case .back:
                state.isQuitting = true
                effects.append(.quit)
            }
        }
        return effects
    }

    /// Ctrl-C, SIGHUP or SIGTERM in prep mode: save every answer, then quit.
    static func closePrepForQuit(_ state: inout AppState) -> [Effect] {
        guard var prep = state.prep else { return [] }
        let requests = prep.perform(.back)
        state.prep = prep
        return prepEffects(requests, &state).filter { $0 != .quit }
    }
}
