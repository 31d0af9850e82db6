import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The signal form offers the team's signals as one is typed (#17 item 9): Tab or the arrows take
/// one, with its sign; a new signal is added only when nothing matches, or after the form said
/// what matches and Enter came again.
@Suite("Session: the signal form completes from the team's signals")
struct SignalFormCompletionTests {
    let now = SessionUIFixtures.t0.addingTimeInterval(724)

    private func signalForm(width: Int = 80, height: Int = 24) -> SessionState {
        var other = SessionUIFixtures.review()
        other.id = "r-other"
        other.signals = [
            QualificationSignal(id: "x1", sign: .good, text: "Budget confirmed early", present: true),
            QualificationSignal(id: "x2", sign: .bad, text: "Legal review started late", present: true),
        ]
        var state = SessionUIFixtures.session(width: width, height: height)
        state.teamSignals = SignalCatalog(reviews: [other])
        _ = state.handle(.alt("b"), at: now)
        return state
    }

    private func type(_ text: String, _ state: inout SessionState) {
        for character in text { _ = state.handle(.char(character), at: now) }
    }

    private func screen(_ state: SessionState) -> String { SessionUIFixtures.draw(state, width: 80, height: 24).plainText }

    @Test func budgOffersBudgetConfirmedEarlyAndTabTakesIt() {
        var state = signalForm()
        #expect(screen(state).contains("Type to find one of the team's"))
        type("budg", &state)
        #expect(screen(state).contains("Budget confirmed early  (good · 1 review)"), "\(screen(state))")
        _ = state.handle(.tab, at: now)
        _ = state.handle(.enter, at: now)
        #expect(state.overlay == nil)
        #expect(state.review.signals.last?.text == "Budget confirmed early" && state.review.signals.last?.sign == .good)
    }

    @Test func theArrowsChooseAndTheSignComesWithIt() {
        var state = signalForm()
        type("e", &state)
        _ = state.handle(.down, at: now)
        _ = state.handle(.down, at: now)
        guard case .form(let form)? = state.overlay else {
            Issue.record("the form closed")
            return
        }
        #expect(form.signals?.chosen == 1)
        let chosen = form.signals?.matches[1].text ?? ""
        #expect(screen(state).contains("› \(chosen)"))
        _ = state.handle(.enter, at: now)  // takes the chosen one
        _ = state.handle(.enter, at: now)  // saves
        #expect(state.review.signals.last?.text == chosen)
        #expect(state.review.signals.last?.sign == (chosen == "Legal review started late" ? .bad : .good))
    }

    @Test func aTypoVariantIsNotCreatedSilently() {
        var state = signalForm()
        let count = state.review.signals.count
        type("Budget confimed early", &state)
        #expect(screen(state).contains("Budget confirmed early  (good"))
        _ = state.handle(.enter, at: now)
        #expect(state.review.signals.count == count, "not added on the first Enter")
        #expect(screen(state).contains("Is it one of these?"), "\(screen(state))")
        // Deliberately new: Enter again adds it as typed.
        _ = state.handle(.enter, at: now)
        #expect(state.review.signals.count == count + 1 && state.review.signals.last?.text == "Budget confirmed early".replacingOccurrences(of: "confirmed", with: "confimed"))
    }

    @Test func aSignalNothingMatchesIsNewAndTheFormSaysSo() {
        var state = signalForm()
        let count = state.review.signals.count
        type("Champion introduced us to procurement", &state)
        #expect(screen(state).contains("New signal: none of the team's signals matches."))
        _ = state.handle(.enter, at: now)
        #expect(state.review.signals.count == count + 1)
    }

    @Test("golden: the signal form offering the team's signals", arguments: SessionGoldenTests.sizes)
    func golden(size: (Int, Int)) {
        var state = signalForm(width: size.0, height: size.1)
        type("budg", &state)
        _ = state.handle(.down, at: now)
        assertGolden(SessionUIFixtures.draw(state, width: size.0, height: size.1), named: "session-form-signal-completion-\(size.0)x\(size.1)")
    }
}
