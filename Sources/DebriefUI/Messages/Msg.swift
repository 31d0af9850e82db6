import DebriefCore
import Foundation

/// Everything that can happen to the app: keys, resizes, timer ticks, and results of effects.
public enum Msg: Sendable, Equatable {
    case key(Key)
    /// Text that arrives as one run: a bracketed paste, or printable keys the program loop found
    /// queued together while a note was being typed. A focused note takes it whole; anywhere else
    /// it is typed key by key.
    case paste(String)
    /// The paste before was cut at the most a note may hold (16 MB): the bytes kept and dropped.
    case pasteCut(keptBytes: Int, droppedBytes: Int)
    /// A click or a wheel step, in screen cells.
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    case tick(Date)
    case loaded(AppData)
    /// `$EDITOR` returned: the edited text, or nil when it failed or was aborted.
    case editorFinished(String?)
    /// A save went through; carries the record as saved (with its new revision).
    case saved(SaveRequest)
    /// A `.save` failed; the failure says why ("could not save: …").
    case saveFailed(SaveRequest, EffectFailure)
    case effectFailed(EffectFailure)
    /// A review save went through, possibly merged with another session's.
    case reviewSaved(ReviewSaver.Outcome)
    /// A review save failed; the review is still on screen and in the journal.
    case reviewSaveFailed(reviewID: String, EffectFailure)
    /// `playbook.json` was written; carries the curation as saved (with its new revision).
    case playbookSaved(PlaybookCuration)
    /// `playbook.json` was not written (a conflict or a disk error): the reason.
    case playbookSaveFailed(EffectFailure)
    /// A sync started by `.sync` is done (or failed).
    case syncFinished(SyncResult)
    /// A choice on a pending conflict was saved, or refused with the reason.
    case conflictResolved(ConflictChoiceResult)
    case conflictRefused(EffectFailure)
    /// The board's search text, folded off the UI thread as `.foldSearchText` asked.
    case searchTextFolded(DealSearchText)
    /// What a look at the open review's file found (`.lookAtReviewFile`).
    case reviewFileLooked(reviewID: String, RecordFileLook<Review>)
    /// Something worth telling the user (an export's file name, say).
    case info(String)
}
