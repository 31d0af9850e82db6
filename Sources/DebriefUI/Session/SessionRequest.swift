import DebriefCore

/// What the session and prep views ask the app to do; the app's `update` turns these into effects
/// and feeds the results back (`saveFinished`, `saveFailed`, `editorFinished`).
public enum SessionRequest: Sendable, Equatable {
    /// Save with `ReviewSaver.save(review, base:)` (`base` nil for a review never saved), then call
    /// `saveFinished(_:)` with the outcome, or `saveFailed(_:)` with the error's description.
    case save(Review, base: Review?)
    /// Append to the crash journal (`EditJournal.record`); after a save, call `EditJournal.saved`.
    case journal(JournalEdit)
    /// Suspend the UI and edit this text in `$EDITOR`; answer with `editorFinished(_:)`.
    case openEditor(text: String)
    /// Write the review's Markdown (`ReviewMarkdown.render`) to `path`, as
    /// `debrief export review ID --format markdown --out PATH` does (`~/` is the home directory).
    case exportMarkdown(reviewID: String, path: String)
    /// Close this (completed) review and start a new review of the same deal, or resume the deal's
    /// open one. Always after any save in the same list.
    case startNewReview
    /// Leave for the board. Always after any save in the same list.
    case back
    /// Look at the review's file for a change made elsewhere (`RecordStore.look`), reading it only
    /// when its stamp moved from `since`; answer with `fileLooked(_:)`.
    case lookAtFile(reviewID: String, since: RecordFileStamp?)
}
