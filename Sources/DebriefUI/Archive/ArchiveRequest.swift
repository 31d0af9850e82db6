import DebriefCore

/// What an archive view asks the app to do after a key: the views change only their own state,
/// and anything that touches the disk or another view comes back as one of these.
public enum ArchiveRequest: Sendable, Equatable {
    /// Write a review back (an action item ticked off). The app saves it with compare-and-swap and
    /// reloads; a `SaveConflict` is shown, never overwritten.
    case saveReview(Review)
    /// Write `playbook.json` (a merge, rename or kept-apart pair) with `PlaybookCurationStore`.
    case savePlaybookCuration(PlaybookCuration)
    /// Open a review in the session's split layout, read-only or for editing.
    case openReview(id: String, editing: Bool)
}

/// One row of a view's key table: the keys, what they do, and a short status-bar hint. The app
/// turns these into `KeyBinding`s, so help, hints and behaviour come from the same data.
public struct ArchiveKeyBinding<Action: Sendable & Hashable>: Sendable, Hashable {
    public var keys: [Key]
    public var action: Action
    public var description: String
    public var hint: String?

    public init(_ keys: [Key], _ action: Action, _ description: String, hint: String? = nil) {
        self.keys = keys
        self.action = action
        self.description = description
        self.hint = hint
    }

    public var keysLabel: String { keys.map(\.label).joined(separator: "/") }

    /// The action bound to `key` in a table, if any.
    public static func action(for key: Key, in table: [ArchiveKeyBinding]) -> Action? {
        table.first { $0.keys.contains(key) }?.action
    }
}
