import DebriefCore
import DebriefEffects
@testable import DebriefUI
import Foundation
import Testing

/// The deal form (`e`) saves with the deal as it loaded it, so an edit made to the file meanwhile
/// (a hand edit or `jq` at the same revision, a teammate's save) is never written over unseen.
@Suite struct DealFormOutsideChangeTests {
    func openForm(_ app: HeadlessApp) throws -> Deal {
        app.type("e")
        guard case .dealForm(let form)? = app.state.overlay, let deal = form.original else {
            throw FormNotOpen()
        }
        return deal
    }

    struct FormNotOpen: Error {}

    func formError(_ app: HeadlessApp) -> String? {
        guard case .dealForm(let form)? = app.state.overlay else { return nil }
        return form.form.error
    }

    @Test func aHandEditAtTheSameRevisionStopsTheSaveAndASecondEnterKeepsBoth() throws {
        let app = try HeadlessApp(width: 120, height: 40)
        let deal = try openForm(app)
        app.typeText("Renamed Co")

        // Meanwhile someone edits the file by hand: same revision, new notes.
        var edited = deal
        edited.notes = "Edited by hand"
        let file = app.dataDirectory.appendingPathComponent("deals/\(deal.id).json")
        try RecordCoding.encode(edited).write(to: file)

        var screen = app.type("Enter")
        let error = try #require(formError(app), "the form closed:\n\(screen)")
        #expect(error.contains("changed elsewhere while the form was open") && error.contains("Your typing is kept"))
        #expect(screen.contains("changed elsewhere"), "\(screen)")
        var onDisk = try RecordDecoding.decode(Deal.self, from: Data(contentsOf: file), path: file.path).get()
        #expect(onDisk.notes == "Edited by hand" && onDisk.account == deal.account, "nothing written over the hand edit")

        screen = app.type("Enter")
        #expect(formError(app) == nil && app.state.overlay == nil, "\(screen)")
        onDisk = try RecordDecoding.decode(Deal.self, from: Data(contentsOf: file), path: file.path).get()
        #expect(onDisk.account == "Renamed Co", "the typing is saved")
        #expect(onDisk.notes == "Edited by hand", "the hand edit is kept")
        #expect(onDisk.revision == deal.revision + 1)
    }

    @Test func aDealDeletedMeanwhileIsSavedAgainOnlyOnASecondEnter() throws {
        let app = try HeadlessApp(width: 120, height: 40)
        let deal = try openForm(app)
        app.typeText("Renamed Co")
        let file = app.dataDirectory.appendingPathComponent("deals/\(deal.id).json")
        try FileManager.default.removeItem(at: file)

        app.type("Enter")
        #expect(formError(app)?.contains("deleted elsewhere") == true)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        app.type("Enter")
        let onDisk = try RecordDecoding.decode(Deal.self, from: Data(contentsOf: file), path: file.path).get()
        #expect(onDisk.account == "Renamed Co" && onDisk.id == deal.id)
    }

    @Test func anAmountPastAQuadrillionIsRefusedBesideTheField() throws {
        let app = try HeadlessApp(width: 120, height: 40)
        _ = try openForm(app)
        let screen = app.type("Tab Tab C-u") + app.typeText("1000000000000000") + app.type("Enter")
        guard case .dealForm(let form)? = app.state.overlay else {
            Issue.record("saved:\n\(screen)"); return
        }
        #expect(form.form.fields.first { $0.key == "amount" }?.error?.contains("a quadrillion or more") == true)
    }
}
