import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// #17 item 3: the summary selects any item to change or remove it, ticks action items off and
/// back on, and every change can be undone and redone, with a notice saying what changed.
@Suite("Session: editing and removing items, undo and redo")
struct SessionItemEditTests {
    let now = SessionUIFixtures.t0.addingTimeInterval(724)

    private func summary(width: Int = 80, height: Int = 24) -> SessionState {
        var state = SessionUIFixtures.session(width: width, height: height)
        _ = state.handle(.alt("S"), at: now)
        return state
    }

    private func text(_ state: SessionState, width: Int = 80, height: Int = 24) -> String {
        SessionUIFixtures.draw(state, width: width, height: height).plainText
    }

    @Test func jSelectsTheFirstItemAndEnterOpensItsFormFilledIn() throws {
        var state = summary()
        _ = state.handle(.char("j"), at: now)
        #expect(state.selectedItemID == "f1")
        _ = state.handle(.enter, at: now)
        guard case .form(let form)? = state.overlay else {
            Issue.record("no form")
            return
        }
        #expect(form.editingID == "f1" && form.form.value("text") == "Reference call with Bäckerei Müller convinced the CFO")
        #expect(text(state).contains("Change factor"))
        _ = state.handle(.end, at: now)  // the filled-in text starts selected, as in the deal form
        for character in " (CFO said so)" { _ = state.handle(.char(character), at: now) }
        _ = state.handle(.enter, at: now)
        #expect(state.overlay == nil && state.screen == .summary)
        #expect(state.review.factors.first { $0.id == "f1" }?.text == "Reference call with Bäckerei Müller convinced the CFO (CFO said so)")
        #expect(state.review.factors.count == 4, "changed in place, not added")
        #expect(text(state).contains("Changed factor to “Reference call with") && text(state).contains("Ctrl-Z undoes"))
        _ = state.handle(.ctrl("z"), at: now)
        #expect(state.review.factors.first { $0.id == "f1" }?.text == "Reference call with Bäckerei Müller convinced the CFO")
        #expect(text(state).contains("Undone: changed factor to") && text(state).contains("Ctrl-Y redoes"))
        _ = state.handle(.ctrl("y"), at: now)
        #expect(state.review.factors.first { $0.id == "f1" }?.text.hasSuffix("(CFO said so)") == true)
    }

    @Test func aChangedItemIsNamedByWhatItSaysNow() throws {
        var state = summary()
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.enter, at: now)
        // The filled-in text starts selected: typing replaces it.
        for character in "CFO named the reference visit" { _ = state.handle(.char(character), at: now) }
        _ = state.handle(.enter, at: now)
        var screen = text(state)
        #expect(screen.contains("Changed factor to “CFO named the reference…” · Ctrl-Z undoes"), "\(screen)")
        #expect(!screen.contains("“Reference call with"), "the notice names the old text: \(screen)")

        // A change that keeps the words (here the evidence) names the item by them.
        _ = state.handle(.enter, at: now)
        _ = state.handle(.tab, at: now)
        _ = state.handle(.tab, at: now)
        _ = state.handle(.tab, at: now)
        _ = state.handle(.right, at: now)
        _ = state.handle(.enter, at: now)
        screen = text(state)
        #expect(state.review.factors.first { $0.id == "f1" }?.evidence != .buyerSaid)
        #expect(screen.contains("Changed factor “CFO named the reference…” · Ctrl-Z undoes"), "\(screen)")
    }

    @Test func dRemovesTheSelectedItemAndUndoPutsItBackWhereItWas() throws {
        var state = summary()
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.char("j"), at: now)
        #expect(state.selectedItemID == "f2")
        let requests = state.handle(.char("d"), at: now)
        #expect(requests.contains { if case .save = $0 { true } else { false } }, "a removal is saved")
        #expect(state.review.factors.map(\.id) == ["f1", "f3", "f4"])
        #expect(state.selectedItemID == "f3", "the selection moves on to the next item")
        #expect(!text(state).contains("Offline mode: the only vendor"))
        #expect(text(state).contains("Removed factor “Offline mode: the only"))
        _ = state.handle(.ctrl("z"), at: now)
        #expect(state.review.factors.map(\.id) == ["f1", "f2", "f3", "f4"])
        #expect(state.selectedItemID == "f2")
        _ = state.handle(.ctrl("y"), at: now)
        #expect(state.review.factors.map(\.id) == ["f1", "f3", "f4"])
    }

    @Test func xTicksAnActionItemOffAndBackOn() throws {
        var state = summary()
        _ = state.handle(.char("G"), at: now)
        _ = state.handle(.char("k"), at: now)
        // From the end, k selects the last item shown: the done action item.
        #expect(state.selectedItemID == "a2")
        _ = state.handle(.char("x"), at: now)
        #expect(state.review.actionItems.first { $0.id == "a2" }?.done == false)
        #expect(text(state).contains("[ ] Ask 田中さん") && text(state).contains("Unticked “Ask 田中さん for a case-"))
        _ = state.handle(.char("k"), at: now)
        _ = state.handle(.char(" "), at: now)
        #expect(state.review.actionItems.first { $0.id == "a1" }?.done == true)
        _ = state.handle(.ctrl("z"), at: now)
        _ = state.handle(.ctrl("z"), at: now)
        #expect(state.review.actionItems.map(\.done) == [false, true])
        _ = state.handle(.ctrl("z"), at: now)
        #expect(text(state).contains("Nothing to undo."))
    }

    @Test func xOnAnItemThatIsNotAnActionSaysSo() {
        var state = summary()
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.char("x"), at: now)
        #expect(state.notice?.text == "Only action items are ticked off; this is a factor.")
        _ = state.handle(.char("d"), at: now)
        _ = state.handle(.enter, at: now)
        #expect(state.overlay != nil)
    }

    @Test func nothingSelectedSaysHowToSelect() {
        var state = summary()
        _ = state.handle(.char("d"), at: now)
        #expect(state.review.factors.count == 4)
        #expect(text(state).contains("Select an item first"))
    }

    @Test func aSkipAndAnInsightOnTheQuestionsScreenAreUndone() {
        var state = SessionUIFixtures.session(width: 80, height: 24, selected: 0)
        _ = state.handle(.alt("s"), at: now)
        #expect(state.review.answers[0].skipped)
        #expect(text(state).contains("Skipped question 1 · Ctrl-Z undoes"))
        _ = state.handle(.ctrl("z"), at: now)
        #expect(!state.review.answers[0].skipped)
        _ = state.handle(.alt("i"), at: now)
        _ = state.handle(.enter, at: now)
        // While a note is typed, Ctrl-Z still undoes the last change and types nothing.
        _ = state.handle(.ctrl("z"), at: now)
        #expect(state.isEditing && state.review.answers[1].insight == true && state.review.answers[1].notes.isEmpty == false)
    }

    @Test func theNoticeGoesAfterAFewSecondsOrWithTheNextKeyAsTheAppsDo() {
        // The session's notices become the app's (#17): they look and go as every other one does.
        var app = AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data")
        app.session = summary()
        func shown() -> Bool { DebriefApp.render(app).plainText.contains("Removed") }
        _ = DebriefApp.update(&app, .key(.char("j")))
        _ = DebriefApp.update(&app, .key(.char("d")))
        #expect(app.notice?.kind == .info && app.notice?.text.hasPrefix("Removed") == true, "\(String(describing: app.notice))")
        #expect(app.session?.notice == nil && shown())
        _ = DebriefApp.update(&app, .tick(now))
        _ = DebriefApp.update(&app, .tick(now.addingTimeInterval(2)))
        #expect(shown())
        _ = DebriefApp.update(&app, .tick(now.addingTimeInterval(5)))
        #expect(!shown())
        _ = DebriefApp.update(&app, .key(.ctrl("z")))
        #expect(app.notice != nil)
        _ = DebriefApp.update(&app, .key(.char("j")))
        #expect(app.notice == nil)
    }

    @Test func anItemAddedInTheSessionIsUndoneThere() {
        var state = SessionUIFixtures.session(width: 80, height: 24)
        _ = state.handle(.alt("t"), at: now)
        for character in "Ask for the budget in week 1" { _ = state.handle(.char(character), at: now) }
        _ = state.handle(.enter, at: now)
        #expect(state.review.fineTuning.count == 2)
        #expect(text(state).contains("Added fine-tuning point “Ask for the budget in w…” · Ctrl-Z undoes"))
        _ = state.handle(.ctrl("z"), at: now)
        #expect(state.review.fineTuning.count == 1)
    }

    @Test("golden: an item selected in the summary", arguments: SessionGoldenTests.sizes)
    func selectedGolden(size: (Int, Int)) {
        var state = summary(width: size.0, height: size.1)
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.char("d"), at: now)
        assertGolden(SessionUIFixtures.draw(state, width: size.0, height: size.1), named: "session-summary-selected-\(size.0)x\(size.1)")
    }

    @Test("golden: an item's form opened from the summary", arguments: SessionGoldenTests.sizes)
    func editFormGolden(size: (Int, Int)) {
        var state = summary(width: size.0, height: size.1)
        _ = state.handle(.char("j"), at: now)
        _ = state.handle(.enter, at: now)
        assertGolden(SessionUIFixtures.draw(state, width: size.0, height: size.1), named: "session-summary-edit-\(size.0)x\(size.1)")
    }
}
