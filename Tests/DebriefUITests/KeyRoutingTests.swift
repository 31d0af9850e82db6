import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Keys go to the focused component first, then its parents, then the global keys; help lists the
/// focused view's keys first. Driven through `DebriefApp.update` and read off the screen.
@Suite("Key routing and help")
struct KeyRoutingTests {
    typealias F = ArchiveFixtures

    func app(width: Int = 80, height: Int = 24) -> AppState {
        var state = AppState(width: width, height: height, theme: F.theme, dataLabel: "/data", today: F.asOf)
        _ = DebriefApp.update(&state, .loaded(AppData(deals: F.team.deals, reviews: F.teamWithVariant, curation: .empty)))
        return state
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    func text(_ state: AppState) -> String { DebriefApp.render(state).plainText }

    /// The help box's first section heading, as drawn.
    func firstHelpSection(_ state: AppState) -> String {
        let rows = text(state).components(separatedBy: "\n")
        guard let top = rows.firstIndex(where: { $0.contains("Keys ─") }) else { return "" }
        return rows[top + 1].components(separatedBy: "│").dropFirst().first?.trimmingCharacters(in: .whitespaces) ?? ""
    }

    @Test(arguments: [("1", "Board"), ("2", "Reviews"), ("3", "Action items"), ("4", "Playbook"), ("5", "Patterns")])
    func helpListsTheViewsOwnKeysFirst(view: String, title: String) {
        var state = app()
        _ = send("\(view) ?", to: &state)
        #expect(firstHelpSection(state) == title)
    }

    @Test func helpInASessionListsTheSessionsKeysFirstAndOnlyGeneralKeysThatWorkThere() {
        var state = app()
        _ = send("Enter F1", to: &state)
        #expect(state.session != nil)
        #expect(firstHelpSection(state) == "Review session")
        let lines = HelpPanel.lines(for: state)
        #expect(lines.contains(.entry(keys: "?/F1", description: "show or hide this help")))
        #expect(!lines.contains(.entry(keys: "1", description: "go to the board")), "1–5 do nothing in a session")
    }

    @Test func typingInTheReviewsSearchNeverReachesCommands() {
        var state = app()
        _ = send("2 / q 1 S C x", to: &state)
        #expect(state.view == .reviews && !state.isQuitting && state.overlay == nil)
        #expect(state.archive.reviews.filter.search == "q1SCx")
        let effects = send("Escape q", to: &state)
        #expect(effects == [.quit], "after the search, q is back to quitting")
    }

    @Test func typingInAFormNeverReachesCommands() {
        var state = app()
        _ = send("a q ? 2 S", to: &state)
        guard case .dealForm(let form) = state.overlay else {
            Issue.record("the deal form closed")
            return
        }
        #expect(form.form.value("account") == "q?2S")
        #expect(state.view == .board && !state.isQuitting)
    }

    @Test func ctrlCQuitsFromAFieldBeingTypedAfterSavingTheNote() {
        var state = app()
        _ = send("Enter Enter h i", to: &state)
        #expect(state.session?.isEditing == true)
        let effects = send("C-c", to: &state)
        #expect(effects.last == .quit)
        #expect(effects.contains { if case .saveReview = $0 { true } else { false } })
    }

    @Test func aKeyTheViewDoesNotBindGoesToTheGlobalKeys() {
        var state = app()
        _ = send("3 2", to: &state)
        #expect(state.view == .reviews)
        _ = send("4 m 5", to: &state)
        #expect(state.view == .patterns, "a merge under way leaves the number keys to the app")
    }

    /// #17 item 1: a manager who starts typing on the session screen without pressing Enter.
    /// Printable keys type into the selected question's note; the commands are on Alt.
    @Test func aSentenceTypedOnTheSessionScreenGoesIntoTheNoteAndChangesNothingElse() throws {
        var state = app()
        _ = send("Enter", to: &state)
        let before = try #require(state.session)
        #expect(!before.isEditing)
        let sentence = "so quick the deal closed"
        for character in sentence { _ = DebriefApp.update(&state, .key(.char(character))) }
        let after = try #require(state.session, "still in the session")
        #expect(after.review.id == before.review.id && after.screen == .questions && after.overlay == nil)
        #expect(after.selected == before.selected)
        #expect(after.review.answers[0].notes == before.review.answers[0].notes + sentence)
        #expect(after.review.answers.map(\.skipped) == before.review.answers.map(\.skipped))
        #expect(after.review.factors == before.review.factors && after.review.fineTuning == before.review.fineTuning)
        #expect(after.review.status != .completed)
        let screen = DebriefApp.render(state).plainText
        #expect(screen.contains("so quick the deal closed") && screen.contains("TYPING"))
        // Esc stops typing; the next letter types on into the same note, never a command.
        _ = send("Escape q", to: &state)
        #expect(state.session?.review.answers[0].notes.hasSuffix("closedq") == true)
        _ = send("Escape M-q", to: &state)
        #expect(state.session == nil, "Alt-q leaves, saving")
    }
}
