import DebriefCore

/// Side effects as values: `update` returns them and the runner (terminal or snapshot) performs them.
public enum Effect: Sendable, Equatable {
    /// Reload deals and reviews from the data directory; the runner answers with `.loaded`.
    case load
    /// Save a record: a deal through the store, a review through `ReviewSaver` like `.saveReview`
    /// (with no base, everything either side wrote is kept); answered with `.saved` or `.saveFailed`.
    case save(SaveRequest)
    /// Suspend the UI and edit `text` in `$EDITOR`; the runner answers with `.editorFinished`.
    case openEditor(text: String)
    /// Save a review through `ReviewSaver` (which merges another session's save instead of
    /// refusing it); answered with `.reviewSaved` or `.reviewSaveFailed`.
    case saveReview(Review, base: Review?)
    /// Append typed text to the crash journal before it is saved.
    case journal(JournalEdit)
    /// Write the playbook's curation (merges and renames) to `playbook.json`.
    case savePlaybook(PlaybookCuration)
    /// Remove a review's crash journal (its text was restored and saved, or discarded).
    case discardJournal(reviewID: String)
    /// Write a review's Markdown write-up to the file at `path` (`~/` is the home directory, a
    /// relative path starts in the current directory), never over an existing file; answered with a notice.
    case exportMarkdown(reviewID: String, path: String)
    /// Sync the data directory with the team through git, off the UI thread; answered with `.syncFinished`.
    case sync
    /// Save a choice on a pending conflict through the store; answered with `.conflictResolved`
    /// or `.conflictRefused`.
    case resolveConflict(ConflictChoiceRequest)
    /// Fold these deals' search text (`DealSearchText(deals:)`) off the UI thread; answered with
    /// `.searchTextFolded`. Until then a search folds the deals it looks at as it goes, so a runner
    /// that never performs this (a snapshot) still finds the same deals.
    case foldSearchText([Deal])
    /// Look at the open review's file for a change made elsewhere (the rep's prep, a sync, another
    /// `debrief`): a `stat`, and a read only when its stamp moved from `since`. Runs in order with
    /// the saves, so it never sees a save whose answer has not come yet; answered with `.reviewFileLooked`.
    case lookAtReviewFile(reviewID: String, since: RecordFileStamp?)
    /// Leave the app. Always comes after any saves in the same list.
    case quit
}

/// A record to write back to the store.
public enum SaveRequest: Sendable, Equatable {
    /// A deal, with the deal as it was loaded (`base`) when one was: a file changed underneath at the
    /// same revision (a hand edit, a `git checkout`) is then refused, never written over.
    case deal(Deal, base: Deal? = nil)
    case review(Review)

    /// Which record this is, so a save's answer finds what it answers.
    public var recordKey: RecordKey {
        switch self {
        case .deal(let deal, _): .deal(id: deal.id)
        case .review(let review): .review(id: review.id)
        }
    }
}

extension Effect {
    /// The record a save effect writes, so its answer finds it; nil for other effects.
    public var recordKey: RecordKey? {
        switch self {
        case .save(let request): request.recordKey
        case .saveReview(let review, _): .review(id: review.id)
        default: nil
        }
    }
}

/// Which record a save is about: its kind and id, never a string put together from them.
public enum RecordKey: Hashable, Sendable {
    case deal(id: String)
    case review(id: String)
}
