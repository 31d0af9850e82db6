import DebriefCore

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
