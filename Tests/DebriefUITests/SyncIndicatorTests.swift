import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The team-sync status in the status bar, the sync key, auto-sync on ticks, and its config.
@Suite struct SyncIndicatorTests {
    func state(sync: SyncIndicator?) -> AppState {
        var state = AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data")
        state.sync = sync
        return state
    }

    func bottomRow(_ state: AppState) -> String {
        DebriefApp.render(state).text(ofRow: state.height - 1)
    }

    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func theStatusBarShowsAheadBehindAndConflictsOnlyWhenShared() {
        #expect(!bottomRow(state(sync: nil)).contains("⇅"))
        var shared = state(sync: SyncIndicator(status: SyncStatus(ahead: 1, behind: 2)))
        #expect(bottomRow(shared).hasSuffix("⇅ never ↑1 ↓2 │ Board"))
        // The conflict count is what waits on disk for a choice, not what the last sync said.
        let side = ConflictSide(text: "45", value: .number(45), by: "Mia", commit: nil)
        shared.data.conflicts = [PendingConflicts(recordPath: "reviews/r1.json", record: "review of “Acme — Pilot” (rep Jo)", fields: [
            FieldConflict(field: "plannedMinutes", label: "planned length", kept: side, other: side, foundAt: start),
        ])]
        #expect(bottomRow(shared).hasSuffix("⇅ never ↑1 ↓2 · 1 conflict (C) │ Board"))
    }

    @Test func theSyncKeyStartsOneSyncAtATimeAndTheResultComesBack() {
        var app = state(sync: SyncIndicator(status: SyncStatus()))
        #expect(DebriefApp.update(&app, .key(.char("S"))) == [.sync])
        #expect(bottomRow(app).contains("⇅ syncing…"))
        #expect(DebriefApp.update(&app, .key(.char("S"))) == [])

        let done = SyncResult(status: SyncStatus(lastSync: start), message: "Synced with the team: 1 change came in", failed: false, changedRecords: true)
        #expect(DebriefApp.update(&app, .syncFinished(done)) == [.load])
        #expect(app.sync?.isSyncing == false)
        #expect(DebriefApp.render(app).text(ofRow: app.height - 2).contains("Synced with the team: 1 change came in"))
        #expect(!bottomRow(app).contains("syncing"))
    }

    @Test func theSyncKeyOnAnUnsharedDirectorySaysHowToShareIt() {
        var app = state(sync: nil)
        #expect(DebriefApp.update(&app, .key(.char("S"))) == [])
        #expect(app.notice?.text.contains("debrief init --git") == true)
    }

    @Test func autoSyncRunsEachIntervalAndAFailureIsRetriedAtTheNext() {
        var app = state(sync: SyncIndicator(status: SyncStatus(), autoMinutes: 5))
        #expect(DebriefApp.update(&app, .tick(start)) == [])
        #expect(DebriefApp.update(&app, .tick(start.addingTimeInterval(299))) == [])
        #expect(DebriefApp.update(&app, .tick(start.addingTimeInterval(300))) == [.sync])
        // While it runs, ticks start nothing more; typing still works.
        #expect(DebriefApp.update(&app, .tick(start.addingTimeInterval(900))) == [])
        _ = DebriefApp.update(&app, .key(.char("2")))
        #expect(app.view == .reviews)

        let failure = SyncResult(status: SyncStatus(lastError: "could not reach origin"), message: "Sync failed: could not reach origin", failed: true, changedRecords: false)
        #expect(DebriefApp.update(&app, .syncFinished(failure)) == [])
        #expect(app.notice == .init(.error, "Sync failed: could not reach origin"))
        #expect(bottomRow(app).contains("⇅ failed"))
        #expect(DebriefApp.update(&app, .tick(start.addingTimeInterval(599))) == [])
        #expect(DebriefApp.update(&app, .tick(start.addingTimeInterval(600))) == [.sync])
    }

    @Test func configTakesAnAutoSyncIntervalAndRefusesANonsenseOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-sync-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = AppConfig.file(in: dir)
        try Data("theme = \"debrief-light\"\n[sync]\nauto_minutes = 10\n".utf8).write(to: file)
        #expect(try AppConfig.load(from: file) == AppConfig(theme: "debrief-light", syncAutoMinutes: 10))
        try Data("[sync]\nauto_minutes = \"soon\"\n".utf8).write(to: file)
        #expect(throws: ConfigError.self) { try AppConfig.load(from: file) }
        do {
            _ = try AppConfig.load(from: file)
        } catch {
            #expect(error.problem.contains("auto_minutes = 10"))
        }
    }
}
