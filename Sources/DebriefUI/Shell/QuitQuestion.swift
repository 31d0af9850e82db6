/// Quitting while a review's save has failed (a full disk, a read-only folder) asks first: the
/// first quit says what is not saved and sends the saves again; quitting again, as the very next
/// key, leaves anyway. Any other key stays, and the saves keep being retried.
enum QuitQuestion: Sendable, Equatable {
    case none
    /// The question is on screen: the next key answers it.
    case asked
    /// The key being handled is the answer: a quit now leaves anyway.
    case answering

    /// Where the question stands as the next key arrives.
    func nextKey() -> QuitQuestion { self == .asked ? .answering : .none }
}

extension DebriefApp {
    /// The effects of asking instead of quitting, or nil to quit now (nothing failed, or this is the
    /// second quit in a row).
    static func askBeforeQuitting(_ state: inout AppState) -> [Effect]? {
        guard !state.failedSaves.isEmpty, state.quitQuestion != .answering else { return nil }
        state.quitQuestion = .asked
        state.notice = quitQuestionNotice(state)
        // One more try now: if the disk is back, the question answers itself.
        let open = state.session?.review.id
        return state.unsaved.filter { $0.recordKey != open.map { .review(id: $0) } }
    }

    static func quitQuestionNotice(_ state: AppState) -> Notice {
        let count = state.failedSaves.count
        let what = count == 1 ? "1 review is" : "\(count) reviews are"
        return .init(.error, "\(what) not saved. Quit again to leave anyway (the journal keeps the text); any other key stays.")
    }

    /// A save failing again while the question is asked: the question stays what the screen says,
    /// since it already says the review is not saved and what the next key does.
    static func keepQuitQuestionOnScreen(_ state: inout AppState) {
        guard state.quitQuestion == .asked else { return }
        state.session?.notice = nil
        state.prep?.notice = nil
        state.notice = quitQuestionNotice(state)
    }
}
