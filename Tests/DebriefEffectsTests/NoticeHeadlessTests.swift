import DebriefCore
import DebriefUI
import Foundation
import Testing

/// Every action outside the session says what it did on the status line, with the key that undoes
/// it where there is one, and the message goes on the next key or a few seconds later (#19 item 1).
@Suite("Notices, headless")
struct NoticeHeadlessTests {
    /// The status line above the key bar.
    static func noticeRow(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return rows.count >= 2 ? String(rows[rows.count - 2]) : ""
    }

    @Test func aNoticeGoesOnTheNextKeyOrAfterAFewSeconds() throws {
        let app = try HeadlessApp(width: 100, height: 30)
        var screen = app.type("C")
        #expect(Self.noticeRow(screen).contains("No conflicts to choose"), "\(screen)")
        screen = app.type("j")
        #expect(!screen.contains("No conflicts to choose"), "the next key clears it:\n\(screen)")

        let start = Date()
        app.type("C")
        screen = app.events([.tick(start)])
        #expect(screen.contains("No conflicts to choose"), "still there on the first tick")
        screen = app.events([.tick(start.addingTimeInterval(2))])
        #expect(screen.contains("No conflicts to choose"), "still there two seconds on")
        screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(!screen.contains("No conflicts to choose"), "gone a few seconds on, without a key:\n\(screen)")
    }

    @Test func anErrorStaysUntilAKey() throws {
        let app = try HeadlessApp(width: 100, height: 30)
        app.state.notice = .init(.error, "Review not saved: disk full")
        let start = Date()
        app.events([.tick(start)])
        var screen = app.events([.tick(start.addingTimeInterval(60))])
        #expect(screen.contains("disk full"), "\(screen)")
        screen = app.type("j")
        #expect(!screen.contains("disk full"))
    }

    @Test func reloadSaysWhatItFound() throws {
        let app = try HeadlessApp(width: 100, height: 30, deals: 12, reviews: 3)
        let screen = app.type("C-r")
        #expect(Self.noticeRow(screen).contains("Reloaded from disk: 12 deals, 3 reviews."), "\(screen)")
    }

    @Test func tickingAnActionItemOffSaysSoAndUPutsItBack() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 40, reviews: 12, asOf: "2026-11-28")
        app.type("3")
        let item = try #require(app.state.archive.actions.selectedItem)
        var screen = app.type("x")
        #expect(Self.noticeRow(screen).contains("Ticked off “") && Self.noticeRow(screen).contains("undoes"), "\(screen)")
        func doneOnDisk() throws -> Bool? {
            try app.store.load(Review.self, id: item.review.id)?.actionItems.first { $0.id == item.item.id }?.done
        }
        #expect(try doneOnDisk() == true)
        screen = app.type("u")
        #expect(Self.noticeRow(screen).contains("Undone: ticked off"), "\(screen)")
        #expect(try doneOnDisk() == false)
        screen = app.type("u")
        #expect(Self.noticeRow(screen).contains("Nothing to undo."), "\(screen)")
        // The app's notice goes a few seconds on, as every other one does.
        let start = Date()
        app.events([.tick(start)])
        screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(!screen.contains("Nothing to undo."), "\(screen)")
    }

    @Test func playbookMergeUndoAndNoSuggestionAreSaid() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 60, reviews: 20, asOf: "2026-11-28")
        app.type("4")
        let playbook = app.state.archive.playbook.playbook
        let lonely = try #require(playbook.entries.firstIndex { playbook.suggestions(for: $0.id).isEmpty })
        app.type(Array(repeating: "j", count: lonely).joined(separator: " "))
        var screen = app.type("a")
        #expect(Self.noticeRow(screen).contains("No duplicate is suggested for"), "\(screen)")
        screen = app.type("d")
        #expect(Self.noticeRow(screen).contains("No duplicate is suggested for"), "\(screen)")

        screen = app.type("m Enter")
        #expect(Self.noticeRow(screen).contains("Merged \"") && Self.noticeRow(screen).contains("(u on it undoes)"), "\(screen)")
        #expect(!app.state.data.curation.entryNames.isEmpty, "the merge was saved")
        screen = app.type("u")
        #expect(Self.noticeRow(screen).contains("Undid the merges and renames of"), "\(screen)")
        #expect(app.state.data.curation.entryNames.isEmpty, "the undo was saved")

        screen = app.type("R")
        app.typeText(" (kept)")
        screen = app.type("Enter")
        #expect(Self.noticeRow(screen).contains("Renamed \"") && Self.noticeRow(screen).contains("(u undoes)"), "\(screen)")
    }

    @Test func editOnAnEmptyColumnSaysThereIsNoDealAndTypingLandsInTheForm() throws {
        // A team with wins only: the lost column is empty.
        let app = try HeadlessApp(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28") { data, _ in
            for deal in RecordStore(root: data).loadAll(Deal.self).records where deal.outcome != .won {
                try FileManager.default.removeItem(at: data.appendingPathComponent("deals/\(deal.id).json"))
            }
        }
        var screen = app.type("l e")
        #expect(app.state.overlay == nil, "no form opens")
        #expect(Self.noticeRow(screen).contains("No deal to edit: the LOST column shows none here"), "\(screen)")
        // Keys typed right after e land in the form it opens.
        app.type("h e")
        screen = app.typeText("Renamed Co")
        guard case .dealForm(let form)? = app.state.overlay else {
            Issue.record("no form:\n\(screen)")
            return
        }
        #expect(form.form.title == "Edit deal" && form.form.value("account") == "Renamed Co")
        screen = app.type("Enter")
        #expect(Self.noticeRow(screen).contains("Saved the changes to \"Renamed Co\""), "\(screen)")
    }

    @Test func aPrepRefusalDoesNotFollowTheRepToTheNextDeal() throws {
        let app = try PrepHeadlessTests.prepApp()
        var screen = app.type("R")
        #expect(screen.contains("Open a deal first (Enter)."), "\(screen)")
        screen = app.type("j")
        #expect(!screen.contains("Open a deal first"), "\(screen)")
    }

    @Test func helpOnActionItemsListsItsOwnKeysBeforeTheGeneralOnes() throws {
        let app = try HeadlessApp(width: 80, height: 24, deals: 20, reviews: 6)
        let screen = app.type("3 ?")
        let rows = screen.components(separatedBy: "\n")
        let own = try #require(rows.firstIndex { $0.contains("next item") }, "\(screen)")
        let general = try #require(rows.firstIndex { $0.contains("show or hide this help") }, "\(screen)")
        #expect(rows[own - 1].contains("Action items") && own < general, "\(screen)")
        #expect(rows[general - 1].contains("General"), "\(screen)")
    }
}
