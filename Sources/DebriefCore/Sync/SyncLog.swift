import Foundation

/// What the last syncs on this machine did, kept in the repository's `.git` folder (machine-local,
/// never committed): when the last one succeeded, the last error, and the conflicts it reported,
/// so the app can show them until the next sync.
public struct SyncLog: Sendable, Equatable, Codable {
    public var lastSync: Date?
    public var lastAttempt: Date?
    public var lastError: String?
    public var conflicts: [SyncOverlap]

    public init(lastSync: Date? = nil, lastAttempt: Date? = nil, lastError: String? = nil, conflicts: [SyncOverlap] = []) {
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

    /// Best effort: the log only feeds the status bar, and a sync must not fail for it. When only
    /// the times moved (every sync that changes nothing), the file is replaced atomically but not
    /// synced: two fsyncs were a tenth of a no-op sync, and a power cut can then cost only the time of
    /// the last sync. A new error or new conflicts are written durably.
    func save(root: URL, previous: SyncLog? = nil) {
        guard let data = try? RecordCoding.encode(self) else { return }
        let file = Self.file(root: root)
        if let previous, previous.lastError == lastError, previous.conflicts == conflicts, Self.replace(file.path, with: data) { return }
        try? DurableFile.write(data, to: file)
    }

    /// Writes `data` to a file of its own beside `path` (0600, never through a link) and renames it
    /// over `path`, without syncing; false when any step fails (the caller then writes durably).
    private static func replace(_ path: String, with data: Data) -> Bool {
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, DurableFile.fileMode)
        guard fd >= 0 else { return false }
        let written = data.withUnsafeBytes { raw in raw.baseAddress.map { write(fd, $0, raw.count) } ?? 0 }
        guard close(fd) == 0, written == data.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
