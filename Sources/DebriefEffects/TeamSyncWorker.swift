import DebriefCore
import DebriefUI
import Foundation

/// What `debrief sync` tells the app when it runs in the background (see `StorePerformer`).
enum TeamSyncWorker {
    static func sync(root: URL, environment: [String: String] = [:]) -> SyncResult {
        do {
            let report = try TeamSync(root: root, environment: environment).run()
            let status = SyncStatus.read(root: root)
            var message = "Synced with the team"
            if !report.pulled.isEmpty { message += ": \(report.pulled.count) change\(report.pulled.count == 1 ? "" : "s") came in" }
            if report.pushed { message += report.pulled.isEmpty ? ": yours went out" : ", yours went out" }
            if report.pulled.isEmpty && !report.pushed { message += ": up to date" }
            // Conflicts waiting for a choice come first: they need the person, the rest is news.
            let pending = report.leftToChoose.reduce(0) { $0 + $1.fields.count }
            if pending > 0 { message += ". \(pending) conflict\(pending == 1 ? "" : "s") left to choose, both values kept: press C" }
            if let first = report.conflicts.first {
                message += ". \(report.conflicts.count) conflict\(report.conflicts.count == 1 ? "" : "s") in this sync, both versions kept: \(first.description)"
            }
            if let leftover = report.leftovers.first { message += ". Not loaded: \(leftover.path) (run debrief check)" }
            return SyncResult(status: status, message: DisplaySanitizer.singleLine.sanitize(message), failed: false,
                              changedRecords: !report.pulled.isEmpty || !report.merged.isEmpty)
        } catch {
            let status = SyncStatus.read(root: root)
            let text = "Sync failed (tried again at the next interval, or press S): \(SyncFailure.firstLine(of: error.description))"
            return SyncResult(status: status, message: DisplaySanitizer.singleLine.sanitize(text), failed: true, changedRecords: false)
        }
    }
}
