import Foundation

/// Where the data directory stands against the team, read locally (no network): for the app's
/// status bar. Nil when the directory is not a git repository with a remote.
public struct SyncStatus: Sendable, Equatable {
    /// Commits here the remote has not got yet, and commits fetched but not merged.
    public var ahead: Int
    public var behind: Int
    /// Files changed here since the last commit.
    public var uncommitted: Int
    public var lastSync: Date?
    public var lastError: String?
    public var conflicts: [SyncOverlap]

    public init(ahead: Int = 0, behind: Int = 0, uncommitted: Int = 0, lastSync: Date? = nil, lastError: String? = nil, conflicts: [SyncOverlap] = []) {
        self.ahead = ahead
        self.behind = behind
        self.uncommitted = uncommitted
        self.lastSync = lastSync
        self.lastError = lastError
        self.conflicts = conflicts
    }

    public static func read(root: URL, environment: [String: String] = [:]) -> SyncStatus? {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else { return nil }
        let git = Git(directory: root, environment: environment)
        guard let remotes = try? git.check(["remote"]).trimmed, !remotes.isEmpty else { return nil }
        let log = SyncLog.load(root: root)
        var status = SyncStatus(lastSync: log.lastSync, lastError: log.lastError, conflicts: log.conflicts)
        if let output = try? git.check(["status", "--porcelain", "-z"]) {
            status.uncommitted = output.stdout.split(separator: 0).filter { !$0.isEmpty }.count
        }
        if let tracking = TeamSync.trackingRef(git), let counts = try? git.check(["rev-list", "--left-right", "--count", "HEAD..." + tracking]).trimmed {
            let numbers = counts.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            if numbers.count == 2 {
                status.ahead = numbers[0]
                status.behind = numbers[1]
            }
        }
        return status
    }
}
