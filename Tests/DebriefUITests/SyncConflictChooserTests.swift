import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The chooser over conflicts a sync left (`C`): what it shows, what the keys do, and how the
/// answers from the store change the app.
@Suite struct SyncConflictChooserTests {
    static let foundAt = Date(timeIntervalSince1970: 1_800_000_000)

    static func side(_ text: String, _ value: JSONValue, _ by: String, _ commit: String) -> ConflictSide {
        ConflictSide(text: text, value: value, by: by, commit: commit)
    }

    static let dealConflicts = PendingConflicts(recordPath: "deals/deal-0.json", record: "deal “Account 0 — Deal 0”", fields: [
        FieldConflict(field: "amount", label: "amount", kept: side("USD 1,000.00", .object(["amount": .string("1000"), "currency": .string("USD")]), "Manager", "1a2b3c4"),
                      other: side("USD 1,250.00", .object(["amount": .string("1250"), "currency": .string("USD")]), "Rep", "5d6e7f8"), foundAt: foundAt),
        // Text from a file: an escape sequence must show as a placeholder, never reach the terminal.
        FieldConflict(field: "segment", label: "segment", kept: side("Mid-market", .string("Mid-market"), "Manager", "1a2b3c4"),
                      other: side("SMB\u{1B}[31m", .string("SMB\u{1B}[31m"), "Rep\u{1B}]0;x\u{07}", "5d6e7f8"), foundAt: foundAt),
    ])
    static let reviewConflicts = PendingConflicts(recordPath: "reviews/review-1.json", record: "review of “Account 0 — Deal 0” (rep Rep)", fields: [
        FieldConflict(field: "plannedMinutes", label: "planned length", kept: side("45", .number(45), "Manager", "1a2b3c4"),
                      other: side("60", .number(60), "Rep", "5d6e7f8"), foundAt: foundAt),
    ])

    func state(_ width: Int = 80, _ height: Int = 24, conflicts: [PendingConflicts] = [dealConflicts, reviewConflicts]) -> AppState {
        var data = AppGoldenTests.data
        data.problems = []
        data.deals[0].revision = 4
        data.conflicts = conflicts
        var state = AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data", data: data)
        state.sync = SyncIndicator(status: SyncStatus(lastSync: nil))
        return state
    }

    func keys(_ script: String, _ state: inout AppState) -> [Effect] {
        KeyScript.parse(script).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    @Test func theStatusBarCountsTheConflictsOnDiskAndCOpensThem() {
        var app = state()
        #expect(DebriefApp.render(app).text(ofRow: 23).contains("· 3 conflicts (C) │ Board"))
        #expect(keys("C", &app) == [])
        guard case .conflicts = app.overlay else { Issue.record("the chooser did not open"); return }
        let text = DebriefApp.render(app).plainText
        #expect(text.contains("Conflicts to choose (3)"))
        #expect(text.contains("1 keep  “USD 1,000.00”  in the record (Manager, 1a2b3c4)"))
        #expect(text.contains("2 take  “USD 1,250.00”  from Rep, 5d6e7f8"))
        #expect(!text.contains("\u{1B}"))
        // Without a shared repository the count still shows (someone pulled by hand).
        var local = state()
        local.sync = nil
        #expect(DebriefApp.render(local).text(ofRow: 23).contains("3 conflicts (C) │ Board"))
    }

    @Test func choosingSendsTheSelectedFieldWithTheRecordsRevision() {
        var app = state()
        let effects = keys("C j j 2", &app)
        #expect(effects == [.resolveConflict(ConflictChoiceRequest(recordPath: "reviews/review-1.json", field: "plannedMinutes", choice: .other, recordRevision: 0))])
        // While the store answers, another key sends nothing.
        #expect(keys("1", &app) == [])
        var first = state()
        #expect(keys("C 1", &first) == [.resolveConflict(ConflictChoiceRequest(recordPath: "deals/deal-0.json", field: "amount", choice: .kept, recordRevision: 4))])
    }

    @Test func aSavedChoiceUpdatesTheRecordAndTheListAndTheLastOneClosesIt() {
        var app = state()
        _ = keys("C 2", &app)
        var deal = app.data.deals[0]
        deal.amount = Money(1250, "USD")
        deal.revision = 5
        var rest = Self.dealConflicts
        rest.fields.removeFirst()
        let request = ConflictChoiceRequest(recordPath: "deals/deal-0.json", field: "amount", choice: .other, recordRevision: 4)
        #expect(DebriefApp.update(&app, .conflictResolved(ConflictChoiceResult(request: request, saved: .deal(deal), remaining: rest))) == [])
        #expect(app.data.deals[0].amount == Money(1250, "USD"))
        #expect(app.data.pendingConflictCount == 2)
        #expect(app.notice?.text == "Wrote the other machine's value; 2 left to choose. The next sync shares the choice.")
        #expect(DebriefApp.render(app).plainText.contains("Conflicts to choose (2)"))
        #expect(keys("1", &app).count == 1)

        _ = DebriefApp.update(&app, .conflictResolved(ConflictChoiceResult(
            request: ConflictChoiceRequest(recordPath: "deals/deal-0.json", field: "segment", choice: .kept, recordRevision: 5), saved: nil, remaining: nil)))
        _ = keys("1", &app)
        _ = DebriefApp.update(&app, .conflictResolved(ConflictChoiceResult(
            request: ConflictChoiceRequest(recordPath: "reviews/review-1.json", field: "plannedMinutes", choice: .kept, recordRevision: 0), saved: nil, remaining: nil)))
        #expect(app.overlay == nil)
        #expect(!DebriefApp.render(app).text(ofRow: 23).contains("conflict"))
    }

    @Test func aRefusedChoiceKeepsTheConflictAndSaysWhy() {
        var app = state()
        _ = keys("C 2", &app)
        _ = DebriefApp.update(&app, .conflictRefused("Not chosen: deal “Account 0 — Deal 0” was saved since this screen loaded it; nothing was written. Reload with Ctrl-R and choose again"))
        #expect(app.data.pendingConflictCount == 3)
        let text = DebriefApp.render(app).plainText
        #expect(text.contains("! Not chosen: deal “Account 0 — Deal 0” was saved since"))
        // Ctrl-R reloads from the chooser; what is on disk replaces the list and the old reason.
        #expect(keys("C-r", &app) == [.load])
        var reloaded = app.data
        reloaded.conflicts = [Self.reviewConflicts]
        _ = DebriefApp.update(&app, .loaded(reloaded))
        #expect(!DebriefApp.render(app).plainText.contains("! Not chosen"))
        #expect(DebriefApp.render(app).plainText.contains("Conflicts to choose (1)"))
        // Keys work again after the refusal; Esc leaves the conflicts for later.
        #expect(keys("1", &app).count == 1)
        _ = DebriefApp.update(&app, .conflictRefused("again"))
        _ = keys("Escape", &app)
        #expect(app.overlay == nil)
        #expect(app.data.pendingConflictCount == 1)
        // A reload that finds nothing left closes the chooser.
        _ = keys("C", &app)
        reloaded.conflicts = []
        _ = DebriefApp.update(&app, .loaded(reloaded))
        #expect(app.overlay == nil)
    }

    @Test func cWithNothingToChooseSaysSo() {
        var app = state(conflicts: [])
        _ = keys("C", &app)
        #expect(app.overlay == nil)
        #expect(app.notice?.text == "No conflicts to choose: nothing from a sync is waiting for your choice.")
        var unshared = state(conflicts: [])
        unshared.sync = nil
        _ = keys("C", &unshared)
        #expect(unshared.notice?.text == "No conflicts to choose: this data directory is not shared with a team, so nothing is merged.")
    }

    @Test func chooserAt80x24() {
        var app = state()
        _ = keys("C j", &app)
        assertGolden(DebriefApp.render(app), named: "sync-conflicts-80x24")
    }

    @Test func chooserAt120x40() {
        var app = state(120, 40)
        _ = keys("C", &app)
        assertGolden(DebriefApp.render(app), named: "sync-conflicts-120x40")
    }

    @Test func refusalAt80x24() {
        var app = state()
        _ = keys("C j j 2", &app)
        _ = DebriefApp.update(&app, .conflictRefused("Not chosen: the planned length of review of “Account 0 — Deal 0” (rep Rep) was changed since the sync (it is no longer “45”); nothing was written. Keep what it holds now (1), or edit it by hand"))
        assertGolden(DebriefApp.render(app), named: "sync-conflicts-refused-80x24")
    }
}
