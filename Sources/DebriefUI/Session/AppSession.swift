import DebriefCore
import Foundation

/// How the app runs a review session: opening one from the board, passing keys and ticks to it,
/// and turning its requests into effects.
extension DebriefApp {
    /// Enter on a deal: resume its open review, or start a new one of the right kind.
    static func openSession(for deal: Deal, _ state: inout AppState) -> [Effect] {
        let now = state.lastTick ?? Timestamp.now()
        let started: (review: Review, isNew: Bool)
        do {
            started = try ReviewStarter.startOrResume(deal: deal, reviews: state.data.reviews, questions: state.data.questions,
                                                      manager: state.manager, now: now)
        } catch {
            state.notice = .init(.error, error.description)
            return []
        }
        var session = SessionState(review: started.review, deal: deal, saved: started.isNew ? nil : started.review,
                                   sessionTag: state.sessionTag, now: now)
        session.resize(width: state.width, height: state.height)
        state.session = session
        return []
    }

    /// A key while a session is open. `?` shows the session's keys unless a note is being typed.
    static func sessionKey(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        if state.overlay == .help {
            return perform(keymap.action(for: key, in: [.help]) ?? .closeOverlay, on: &state)
        }
        if key == .char("?") && !session.isEditing && session.overlay == nil {
            state.overlay = .help
            state.helpScroll = 0
            return []
        }
        let requests = session.handle(key, at: state.lastTick ?? Timestamp.now())
        state.session = session
        return effects(for: requests, &state)
    }

    /// Session requests as effects; `.back` closes the session after its saves.
    static func effects(for requests: [SessionRequest], _ state: inout AppState) -> [Effect] {
        effects(for: requests, &state) { state in
            let review = state.session?.review
            state.session = nil
            state.overlay = nil
            if let review { state.apply(.review(review)) }
            return []
        }
    }

    /// Requests from the session or prep views as effects; what `.back` means is up to the caller.
    static func effects(for requests: [SessionRequest], _ state: inout AppState, back: (inout AppState) -> [Effect]) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .save(let review, let base): effects.append(.saveReview(review, base: base))
            case .journal(let edit): effects.append(.journal(edit))
            case .openEditor(let text): effects.append(.openEditor(text: text))
            case .exportMarkdown(let reviewID): effects.append(.exportMarkdown(reviewID: reviewID))
            case .back: effects += back(&state)
            }
        }
        return effects
    }

    /// Quitting with a session open: everything typed is saved first.
    static func closeSessionForQuit(_ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        let requests = session.perform(.back)
        state.session = session
        return effects(for: requests, &state)
    }
}
