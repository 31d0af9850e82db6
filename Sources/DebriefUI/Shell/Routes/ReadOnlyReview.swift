import DebriefCore

/// A review opened with Enter in the Reviews view is for reading: it uses the session's screens,
/// but the keys that would change it are refused with a note on how to edit it (`e`).
extension DebriefApp {
    static let readOnlyNotice = "Read-only. To edit it: Alt-q, then e on it in the Reviews view (2)."

    /// Why `key` does nothing in a review open read-only (it would change the review), or nil.
    static func readOnlyRefusal(_ key: Key, _ session: SessionState, _ state: AppState) -> String? {
        guard let id = state.archive.readOnlyReviewID, session.review.id == id else { return nil }
        if session.typesThrough(key, keymap: state.keymap) { return readOnlyNotice }
        guard let action = session.action(for: key, keymap: state.keymap), action.changesTheReview else { return nil }
        return readOnlyNotice
    }
}
