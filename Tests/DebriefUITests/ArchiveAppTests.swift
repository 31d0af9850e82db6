import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The archive views driven through the whole app: saves coming back, read-only reviews, the status bar.
@Suite("Archive views in the app")
struct ArchiveAppTests {
    typealias F = ArchiveFixtures

    func app(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(width: width, height: height, theme: F.theme, dataLabel: "/data", today: F.asOf)
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: F.teamWithVariant, curation: .empty)))
        return state
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        F.keys(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    func screen(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        DebriefApp.render(state, into: &screen)
        return screen
    }

    func rows(_ state: AppState) -> [String] {
        let shown = screen(state)
        return (0..<state.height).map { shown.text(ofRow: $0) }
    }

    /// Performs the playbook saves the way the terminal runner does, against a real `playbook.json`.
    func perform(_ effects: [Effect], store: PlaybookCurationStore, on state: inout AppState) {
        for case .savePlaybook(let curation) in effects {
            let result: Msg
            do { result = .playbookSaved(try store.save(curation)) } catch { result = .playbookSaveFailed("\(error)") }
            _ = DebriefApp.update(&state, result)
        }
    }

    func temporaryStore() throws -> PlaybookCurationStore {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-archive-app-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return PlaybookCurationStore(root: root)
    }

    // MARK: Playbook saves

    /// The walk-through's steps: a rename, then a merge. The merge used to start from revision 0
    /// again and be refused as a conflict with the rename this same session had just written.
    @Test func aSecondPlaybookEditStartsFromTheRevisionTheFirstWrote() throws {
        let store = try temporaryStore()
        defer { try? FileManager.default.removeItem(at: store.root) }
        var state = app()
        _ = send("4", to: &state)
        let renamed = try #require(state.archive.playbook.selectedEntry?.title)
        #expect(send("R", to: &state).isEmpty)
        for character in " (MAP)" { _ = DebriefApp.update(&state, .key(.char(character))) }
        perform(send("Enter", to: &state), store: store, on: &state)
        #expect(try store.load().revision == 1)

        let merge = send("j m Enter", to: &state)
        guard case .savePlaybook(let sent)? = merge.first else {
            Issue.record("expected a playbook save, got \(merge)")
            return
        }
        #expect(sent.revision == 1, "the merge starts from the rename's revision")
        perform(merge, store: store, on: &state)
        let onDisk = try store.load()
        #expect(onDisk.revision == 2)
        #expect(onDisk.entryNames.values.contains("\(renamed) (MAP)"))
        #expect(onDisk.entryNames.count > 1, "the merge is on disk too")
        #expect(state.notice?.kind == .info && state.notice?.text.hasPrefix("Merged \"") == true, "no error, and the merge is said: \(String(describing: state.notice))")
        #expect(state.data.curation == onDisk)
    }

    /// A refused save must not leave the screen showing the change as done.
    @Test func aRefusedPlaybookSaveIsUndoneOnScreenAndSaysSo() throws {
        var state = app()
        _ = send("4", to: &state)
        let before = try #require(state.archive.playbook.selectedEntry?.title)
        _ = send("R", to: &state)
        for character in " (MAP)" { _ = DebriefApp.update(&state, .key(.char(character))) }
        #expect(send("Enter", to: &state).count == 1)
        #expect(rows(state).contains { $0.contains("(MAP)") }, "shown at once while it saves")

        _ = DebriefApp.update(&state, .playbookSaveFailed("/data/playbook.json was changed elsewhere (it is at revision 3, this save started from revision 0)."))
        #expect(state.archive.playbook.selectedEntry?.title == before)
        #expect(state.archive.playbook.curation == .empty)
        let shown = rows(state)
        #expect(!shown.contains { $0.contains("(MAP)") })
        #expect(shown.contains { $0.contains("Playbook change undone, not saved") })
    }

    // MARK: Read-only review

    /// Opens the first completed review with Enter in the Reviews view.
    func openCompletedReview(_ state: inout AppState, editing: Bool = false) throws -> Review {
        _ = send("2", to: &state)
        let browser = state.archive.reviews
        let row = try #require(browser.shown.firstIndex { browser.archive.rows[$0].review.status == .completed && !browser.archive.rows[$0].review.answers.isEmpty })
        state.archive.reviews.selection.select(row, count: browser.shown.count)
        _ = send(editing ? "e" : "Enter", to: &state)
        return try #require(state.session?.review)
    }

    @Test func enterOpensAReviewThatTypingCannotChange() throws {
        var state = app()
        let review = try openCompletedReview(&state)
        #expect(state.notice?.text.hasPrefix("Read-only") == true)
        // The walk-through's keys: to the questions, down one, Enter, type, Esc.
        var effects = send("Escape Down Enter", to: &state)
        for character in "XYZ" { effects += DebriefApp.update(&state, .key(.char(character))) }
        effects += send("Escape M-i M-s M-f M-a M-F C-e", to: &state)
        // Typing without Enter, which would start a note in an open review, is refused too.
        for character in "so quick" { effects += DebriefApp.update(&state, .key(.char(character))) }
        #expect(effects.isEmpty, "nothing to save: \(effects)")
        #expect(state.session?.review == review)
        #expect(state.session?.isEditing == false)
        #expect(state.notice?.text.hasPrefix("Read-only") == true)
        #expect(rows(state).contains { $0.contains("Read-only") })

        // Reading still works, and q goes back without writing anything.
        _ = send("End M-S", to: &state)
        #expect(send("q", to: &state).isEmpty)
        #expect(state.session == nil)
        #expect(state.archive.readOnlyReviewID == nil)
    }

    @Test func eStillOpensTheSameReviewForEditing() throws {
        var state = app()
        _ = try openCompletedReview(&state)
        _ = send("q", to: &state)
        let review = try openCompletedReview(&state, editing: true)
        var effects = send("Enter", to: &state)
        for character in "XYZ" { effects += DebriefApp.update(&state, .key(.char(character))) }
        effects += send("Escape", to: &state)
        guard case .saveReview(let saved, _)? = effects.first(where: { if case .saveReview = $0 { true } else { false } }) else {
            Issue.record("expected a review save, got \(effects)")
            return
        }
        #expect(saved.id == review.id)
        #expect(saved.answers != review.answers)
    }

    // MARK: Status bar

    @Test func playbookRenameAndMergeShowHowToFinishInTheStatusBar() {
        var state = app()
        _ = send("4", to: &state)
        let browsing = rows(state)[23]
        #expect(browsing.contains("m merge"))

        _ = send("R", to: &state)
        let renaming = rows(state)[23]
        #expect(renaming.contains("Enter rename") && renaming.contains("Esc cancel"))
        #expect(!renaming.contains("m merge") && !renaming.contains("q quit"), "typed letters go into the name")

        _ = send("Escape m", to: &state)
        let merging = rows(state)[23]
        #expect(merging.contains("Enter merge") && merging.contains("Esc cancel"))
        #expect(!merging.contains("m merge") && !merging.contains("a accept"))

        _ = send("Escape", to: &state)
        #expect(rows(state)[23].contains("m merge"))
    }

    @Test func reviewsSearchShowsHowToFinishInTheStatusBar() {
        var state = app()
        _ = send("2 /", to: &state)
        let searching = rows(state)[23]
        #expect(searching.contains("Enter keep") && searching.contains("Esc cancel"))
        #expect(!searching.contains("q quit"))
    }
}
