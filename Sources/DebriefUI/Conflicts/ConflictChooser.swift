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

/// A person's choice on one pending field, for the runner to save.
public struct ConflictChoiceRequest: Sendable, Hashable {
    public var recordPath: String
    public var field: String
    public var choice: ConflictChoice
    /// The record's revision as the app shows it: a record saved since is refused.
    public var recordRevision: Int?

    public init(recordPath: String, field: String, choice: ConflictChoice, recordRevision: Int?) {
        self.recordPath = recordPath
        self.field = field
        self.choice = choice
        self.recordRevision = recordRevision
    }
}

/// What the runner answers after a choice went through.
public struct ConflictChoiceResult: Sendable, Equatable {
    public var request: ConflictChoiceRequest
    /// The record as saved when the other value was written into it.
    public var saved: SaveRequest?
    /// The record's pending file afterwards; nil when nothing is left on it.
    public var remaining: PendingConflicts?

    public init(request: ConflictChoiceRequest, saved: SaveRequest?, remaining: PendingConflicts?) {
        self.request = request
        self.saved = saved
        self.remaining = remaining
    }
}
