import DebriefCore

/// What a sync run in the background reports back to the app.
public struct SyncResult: Sendable, Equatable {
    /// The status after the sync (nil when the directory stopped being a shared repository).
    public var status: SyncStatus?
    /// One line for the status line: what happened, or what went wrong.
    public var message: String
    public var failed: Bool
    /// Whether records on disk changed, so the app reloads them.
    public var changedRecords: Bool

    public init(status: SyncStatus?, message: String, failed: Bool, changedRecords: Bool) {
        self.status = status
        self.message = message
        self.failed = failed
        self.changedRecords = changedRecords
    }
}
