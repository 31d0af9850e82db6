import DebriefCore

/// What an archive view asks the app to do after a key: the views change only their own state,
/// and anything that touches the disk or another view comes back as one of these.
public enum ArchiveRequest: Sendable, Equatable {
    /// Write a review back (an action item ticked off). The app saves it with compare-and-swap and
    /// reloads; a `StaleRevision` is shown, never overwritten.
    case saveReview(Review)
    /// Write `playbook.json` (a merge, rename or kept-apart pair) with `PlaybookCurationStore`.
    case savePlaybookCuration(PlaybookCuration)
    /// Open a review in the session's split layout, read-only or for editing.
    case openReview(id: String, editing: Bool)
}
