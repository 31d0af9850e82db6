import DebriefCore

/// The chooser over pending conflicts (`C`): which one is selected, whether a choice is being
/// saved, and what went wrong with the last one. The conflicts themselves are `AppData.conflicts`,
/// read from disk, so the list is the same after a restart or another sync.
public struct ConflictChooser: Sendable, Hashable {
    public var selected = 0
    /// A choice sent to the store and not answered yet: keys wait for it.
    public var isSaving = false
    /// Why the last choice was refused, shown in the popup.
    public var message: String?

    public init() {}

    /// Every pending field, in file order: what the list shows.
    public struct Entry: Sendable, Hashable {
        public var file: PendingConflicts
        public var field: FieldConflict
    }

    public static func entries(_ conflicts: [PendingConflicts]) -> [Entry] {
        conflicts.flatMap { file in file.fields.map { Entry(file: file, field: $0) } }
    }
}
