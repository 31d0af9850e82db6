import DebriefCore
import Foundation

/// The app's view of team sync, when the data directory is a git repository with a remote: the
/// last status read, whether a sync is running, and the auto-sync interval from config.toml.
public struct SyncIndicator: Sendable, Equatable {
    public var status: SyncStatus
    public var isSyncing = false
    /// Sync every this many minutes (config.toml `[sync] auto_minutes`); nil syncs only on the key.
    public var autoMinutes: Int?
    /// When the last sync started (or the app did, before any): the auto-sync interval counts from here.
    public var lastAttempt: Date?

    public init(status: SyncStatus, autoMinutes: Int? = nil, lastAttempt: Date? = nil) {
        self.status = status
        self.autoMinutes = autoMinutes
        self.lastAttempt = lastAttempt
    }

    /// What the status bar shows, e.g. "⇅ 14:05 ↑1 ↓0 · 2 conflicts (C)", "⇅ syncing…", "⇅ failed 14:05".
    /// The conflicts are the ones pending on disk, so they show until someone chooses.
    public func label(pendingConflicts: Int = 0, timeZone: TimeZone = .current) -> String {
        if isSyncing { return "⇅ syncing…" }
        var parts: [String] = []
        if status.lastError != nil {
            parts.append("⇅ failed" + (lastAttempt.map { " " + Self.clock($0, timeZone) } ?? ""))
        } else {
            parts.append("⇅ " + (status.lastSync.map { Self.clock($0, timeZone) } ?? "never"))
        }
        parts.append("↑\(status.ahead + (status.uncommitted > 0 ? 1 : 0)) ↓\(status.behind)")
        var text = parts.joined(separator: " ")
        if pendingConflicts > 0 { text += " · " + Self.conflictsLabel(pendingConflicts) }
        return text
    }

    static func conflictsLabel(_ count: Int) -> String {
        "\(count) conflict\(count == 1 ? "" : "s") (C)"
    }

    /// Whether the auto-sync interval has passed at `now`.
    func isDue(at now: Date) -> Bool {
        guard let minutes = autoMinutes, minutes > 0, !isSyncing, let last = lastAttempt else { return false }
        return now.timeIntervalSince(last) >= Double(minutes) * 60
    }

    /// The day's time as HH:MM; a sync longer ago still reads clearly enough in the bar.
    static func clock(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}

extension DebriefApp {
    /// The sync key: start a sync unless one is running; say why not when nothing is shared.
    static func startSync(_ state: inout AppState, at now: Date?) -> [Effect] {
        guard var sync = state.sync else {
            state.notice = .init(.info, "This data directory is not shared with a team. Run `debrief init --git URL` to share it through git.")
            return []
        }
        if sync.isSyncing { return [] }
        sync.isSyncing = true
        sync.lastAttempt = now ?? state.lastTick ?? sync.lastAttempt
        state.sync = sync
        return [.sync]
    }

    /// Auto-sync on a timer tick, when config.toml asks for it and the interval has passed.
    static func autoSync(_ state: inout AppState, at now: Date) -> [Effect] {
        guard var sync = state.sync else { return [] }
        if sync.lastAttempt == nil {
            sync.lastAttempt = now  // the interval counts from the start of the app
            state.sync = sync
            return []
        }
        return sync.isDue(at: now) ? startSync(&state, at: now) : []
    }

    /// A sync finished: show its status and message; reload when it brought records in. A failure
    /// stays in the bar and the next interval (or the key) tries again.
    static func syncFinished(_ result: SyncResult, _ state: inout AppState) -> [Effect] {
        if var sync = state.sync {
            sync.isSyncing = false
            if let status = result.status { sync.status = status }
            state.sync = sync
        }
        let notice = Notice(result.failed ? .error : (state.sync?.status.conflicts.isEmpty == false ? .warning : .info), result.message)
        state.notice = notice
        return result.changedRecords ? [.load] : []
    }
}
