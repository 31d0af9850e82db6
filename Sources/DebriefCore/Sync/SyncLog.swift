import Foundation

/// What the last syncs on this machine did, kept in the repository's `.git` folder (machine-local,
/// never committed): when the last one succeeded, the last error, and the conflicts it reported,
/// so the app can show them until the next sync.
public struct SyncLog: Sendable, Equatable, Codable {
    public var lastSync: Date?
    public var lastAttempt: Date?
    public var lastError: String?
    public var conflicts: [SyncConflict]

    public init(lastSync: Date? = nil, lastAttempt: Date? = nil, lastError: String? = nil, conflicts: [SyncConflict] = []) {
        self.lastSync = lastSync
        self.lastAttempt = lastAttempt
        self.lastError = lastError
        self.conflicts = conflicts
    }

    static func file(root: URL) -> URL {
        root.appendingPathComponent(".git", isDirectory: true).appendingPathComponent("debrief-sync.json")
    }

    public static func load(root: URL) -> SyncLog {
        guard let data = FileManager.default.contents(atPath: file(root: root).path),
              let log = try? RecordCoding.decoder().decode(SyncLog.self, from: data) else { return SyncLog() }
        return log
    }

    /// Best effort: the log only feeds the status bar, and a sync must not fail for it.
    func save(root: URL) {
        guard let data = try? RecordCoding.encode(self) else { return }
        try? DurableFile.write(data, to: Self.file(root: root))
    }
}
