import DebriefCore

/// A review opened with Enter in the Reviews view is for reading: it uses the session's screens,
/// but the keys that would change it are refused with a note on how to edit it (`e`).
extension DebriefApp {
    static let readOnlyNotice = "Read-only. To edit it: q, then e on it in the Reviews view (2)."

    /// A key while a review is open read-only; nil when no review is open read-only (the session
    /// then takes the key as usual).
    static func readOnlyReviewKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard let id = state.archive.readOnlyReviewID else { return nil }
        guard var session = state.session, session.review.id == id else {
            state.archive.readOnlyReviewID = nil
            return nil
        }
        if state.overlay == nil, session.overlay == nil,
           let action = SessionKeys.action(for: key, in: session.keyContext), action.changesTheReview {
            session.notice = readOnlyNotice
            state.session = session
            return []
        }
        let effects = sessionKey(key, &state)
        if state.session == nil { state.archive.readOnlyReviewID = nil }
        return effects
    }
}

extension SessionAction {
    /// Whether the action edits the review (and so is refused when it is open read-only).
    /// Every case is listed, so a new action has to be decided here.
    var changesTheReview: Bool {
        switch self {
        case .nextQuestion, .previousQuestion, .firstQuestion, .lastQuestion, .pageDown, .pageUp,
             .stopTyping, .switchPane, .cancelFinish, .showSummary, .backToQuestions, .scrollDown, .scrollUp,
             .exportMarkdown, .startNewReview, .back:
            false
        case .startTyping, .openExternalEditor, .toggleInsight, .toggleSkip, .openForm, .finish, .confirmFinish:
            true
        }
    }
}
