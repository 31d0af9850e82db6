extension SessionAction {
    /// Whether the action edits the review (and so is refused when it is open read-only).
    /// Every case is listed, so a new action has to be decided here.
    var changesTheReview: Bool {
        switch self {
        case .nextQuestion, .previousQuestion, .firstQuestion, .lastQuestion, .pageDown, .pageUp,
             .stopTyping, .switchPane, .cancelFinish, .showSummary, .backToQuestions, .scrollDown, .scrollUp, .scrollToTop, .scrollToEnd,
             .exportMarkdown, .startNewReview, .back:
            false
        case .startTyping, .openExternalEditor, .toggleInsight, .toggleSkip, .openForm, .finish, .confirmFinish, .finishHighlighted,
             .editItem, .removeItem, .toggleDone, .undo, .redo:
            true
        }
    }
}
