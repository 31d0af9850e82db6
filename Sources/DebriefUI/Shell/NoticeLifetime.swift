import Foundation

/// How a notice comes and goes: every component's notice becomes the app's one (`AppState.notice`),
/// the next key clears it, and a tick clears it once it has been on screen for its lifetime.
extension DebriefApp {
    /// Before a key is handled: what the notice said has been seen; the key may set a new one.
    static func clearNoticeForKey(_ state: inout AppState) {
        state.notice = nil
    }

    /// On each tick: the notice's lifetime starts on the first tick it is shown, and ends it.
    static func ageNotice(_ state: inout AppState, at date: Date) {
        guard var notice = state.notice else { return }
        if notice.shownSince == nil {
            notice.shownSince = date
            state.notice = notice
        } else if notice.hasExpired(at: date) {
            state.notice = nil
        }
    }

    /// The session's, prep's and the archive views' messages go the same road as the app's, so they clear the same way (a refusal on one
    /// deal no longer follows the rep to the next).
    static func takeComponentNotices(_ state: inout AppState) {
        if let notice = state.session?.notice {
            state.session?.notice = nil
            state.notice = notice
        }
        if let notice = state.prep?.notice {
            state.prep?.notice = nil
            state.notice = notice
        }
        if let notice = state.archive.playbook.notice {
            state.archive.playbook.notice = nil
            state.notice = notice
        }
        if let text = state.archive.actions.notice {
            state.archive.actions.notice = nil
            state.notice = .init(.info, text)
        }
    }
}
