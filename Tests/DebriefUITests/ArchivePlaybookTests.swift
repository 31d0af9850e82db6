import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Playbook view")
struct ArchivePlaybookTests {
    typealias F = ArchiveFixtures

    func state() -> PlaybookViewState {
        var state = PlaybookViewState()
        state.load(reviews: F.teamWithVariant, deals: F.team.deals, curation: .empty)
        return state
    }

    func screen(_ state: PlaybookViewState, _ width: Int, _ height: Int) -> Screen {
        F.render(width, height) { PlaybookView.render(state, theme: F.theme, into: &$0, area: $0.bounds) }
    }

    @Test("golden: 80x24 and 120x40", arguments: [(80, 24), (120, 40)])
    func golden(width: Int, height: Int) {
        assertGolden(screen(state(), width, height), named: "playbook-\(width)x\(height)")
    }

    @Test func entriesAndSuggestion() throws {
        let book = state().playbook
        #expect(book.entries.count == 6)
        #expect(book.suggestions.map(\.entryId) == ["send the security pack in week one"])
        #expect(book.suggestions.map(\.intoEntryId) == ["security pack sent in week one"])
    }

    @Test func acceptingTheSuggestionAsksToSaveTheMerge() throws {
        var playbook = state()
        let row = try #require(playbook.playbook.entries.firstIndex { $0.id == "send the security pack in week one" })
        playbook.selection.select(row, count: playbook.playbook.entries.count)
        let request = playbook.handle(.char("a"), visibleRows: 10)
        guard case .savePlaybookCuration(let curation) = request else {
            Issue.record("expected a curation save, got \(String(describing: request))")
            return
        }
        #expect(curation.entryNames == ["security pack sent in week one": "Security pack sent in week one",
                                        "send the security pack in week one": "Security pack sent in week one"])
        #expect(playbook.playbook.entries.count == 5)
        #expect(playbook.selectedEntry?.id == "security pack sent in week one")
        #expect(playbook.selectedEntry?.wordings.contains("Send the security pack in week one") == true)
    }

    @Test func mergeByChoosingTheTarget() throws {
        var playbook = state()
        let source = try #require(playbook.selectedEntry)
        #expect(playbook.handle(.char("m"), visibleRows: 10) == nil)
        guard case .merging(let id, let targets, _) = playbook.mode else { Issue.record("not merging"); return }
        #expect(id == source.id)
        #expect(targets.count == 5 && !targets.contains(source.id))
        _ = playbook.handle(.char("j"), visibleRows: 10)
        let target = try #require(playbook.playbook.entry(id: targets[1]))
        let request = playbook.handle(.enter, visibleRows: 10)
        #expect(request == .savePlaybookCuration(PlaybookCuration.empty.merging(source, into: target)))
        #expect(playbook.mode == .browsing)
        #expect(playbook.selectedEntry?.title == target.title)
        #expect(playbook.selectedEntry?.deals == source.deals + target.deals - Set(source.evidence.map(\.dealId)).intersection(target.evidence.map(\.dealId)).count)
    }

    /// The merge-target list moves with the same keys as every list, paging included.
    @Test func mergeTargetsMoveLikeAnyList() {
        var playbook = state()
        _ = playbook.handle(.char("m"), visibleRows: 3)
        func chosen() -> Int? {
            if case .merging(_, _, let selection) = playbook.mode { return selection.selected }
            return nil
        }
        #expect(chosen() != nil)
        _ = playbook.handle(.char("g"), visibleRows: 3)
        #expect(chosen() == 0)
        _ = playbook.handle(.pageDown, visibleRows: 3)
        #expect(chosen() == 2, "a page of three rows moves two")
        _ = playbook.handle(.char("G"), visibleRows: 3)
        #expect(chosen() == 4)
        _ = playbook.handle(.pageUp, visibleRows: 3)
        #expect(chosen() == 2)
        _ = playbook.handle(.char("k"), visibleRows: 3)
        #expect(chosen() == 1)
        _ = playbook.handle(.escape, visibleRows: 3)
        #expect(playbook.mode == .browsing)
    }

    @Test func renameByTyping() throws {
        var playbook = state()
        let entry = try #require(playbook.selectedEntry)
        _ = playbook.handle(.char("R"), visibleRows: 10)
        #expect(playbook.renameText == entry.title)
        for _ in 0..<entry.title.count { _ = playbook.handle(.backspace, visibleRows: 10) }
        for key in F.keys("Pack Space first") { _ = playbook.handle(key, visibleRows: 10) }
        let golden = screen(playbook, 80, 24)
        #expect(golden.text(ofRow: 23) == " New name: Pack first")
        let request = playbook.handle(.enter, visibleRows: 10)
        #expect(request == PlaybookCuration.empty.renaming(entry, to: "Pack first").map { .savePlaybookCuration($0) })
        #expect(playbook.selectedEntry?.title == "Pack first")
        #expect(playbook.selectedEntry?.isCurated == true)
        // Esc while renaming changes nothing.
        _ = playbook.handle(.char("R"), visibleRows: 10)
        #expect(playbook.handle(.escape, visibleRows: 10) == nil)
        #expect(playbook.mode == .browsing)
    }

    @Test func renameEditsWithTheSharedEditingKeys() throws {
        var playbook = state()
        let entry = try #require(playbook.selectedEntry)
        for key in F.keys("R C-a N e w : Space End !") { _ = playbook.handle(key, visibleRows: 10) }
        #expect(playbook.renameText == "New: \(entry.title)!")
        let request = playbook.handle(.enter, visibleRows: 10)
        #expect(request == PlaybookCuration.empty.renaming(entry, to: "New: \(entry.title)!").map { .savePlaybookCuration($0) })
    }

    @Test func aLongNameScrollsSoTheCursorStaysInTheField() throws {
        var playbook = state()
        _ = playbook.handle(.char("R"), visibleRows: 10)
        for key in F.keys("C-a") + Array(repeating: Key.char("x"), count: 100) + [.char("!")] { _ = playbook.handle(key, visibleRows: 10) }
        let shown = screen(playbook, 80, 24)
        let cursor = try #require(shown.cursor)
        #expect(cursor.y == 23)
        #expect(cursor.x < 79)
        // The cell left of the cursor is the last character typed.
        #expect(shown[cursor.x - 1, 23].text == "!")
    }

    @Test func emptyPlaybookGolden() {
        var playbook = PlaybookViewState()
        playbook.load(reviews: [], deals: [], curation: .empty)
        assertGolden(screen(playbook, 80, 24), named: "playbook-empty-80x24")
    }
}
