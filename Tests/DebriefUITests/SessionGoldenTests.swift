import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("Session view: golden screens")
struct SessionGoldenTests {
    static let sizes = [(80, 24), (120, 40)]
    let now = SessionUIFixtures.t0.addingTimeInterval(724)

    @Test("the session view, notes with accents, CJK and emoji", arguments: sizes)
    func session(size: (Int, Int)) {
        let state = SessionUIFixtures.session(width: size.0, height: size.1)
        assertGolden(SessionUIFixtures.draw(state, width: size.0, height: size.1), named: "session-\(size.0)x\(size.1)")
    }

    @Test("typing a note: the editor has focus and the cursor", arguments: sizes)
    func typing(size: (Int, Int)) {
        var state = SessionUIFixtures.session(width: size.0, height: size.1, selected: 2)
        _ = state.handle(.enter, at: now)
        for character in "Zoë: « offline » était décisif — 离线 ✅" { _ = state.handle(.char(character), at: now) }
        let screen = SessionUIFixtures.draw(state, width: size.0, height: size.1)
        assertGolden(screen, named: "session-typing-\(size.0)x\(size.1)")
        #expect(screen.cursor != nil)
        #expect(state.saveStatus == .unsaved)
    }

    @Test("each form", arguments: ReviewFormKind.allCases)
    func forms(kind: ReviewFormKind) {
        for (width, height) in Self.sizes {
            var state = SessionUIFixtures.session(width: width, height: height)
            _ = state.perform(.openForm(kind))
            for character in "Réf. call → 東京 👍🏽" { _ = state.handle(.char(character), at: now) }
            assertGolden(SessionUIFixtures.draw(state, width: width, height: height), named: "session-form-\(kind.rawValue)-\(width)x\(height)")
        }
    }

    @Test("an action item form with errors under its fields")
    func formErrors() {
        var state = SessionUIFixtures.session(width: 80, height: 24)
        _ = state.perform(.openForm(.actionItem))
        _ = state.handle(.tab, at: now)
        for _ in 0..<20 { _ = state.handle(.backspace, at: now) }
        _ = state.handle(.tab, at: now)
        for character in "next Friday" { _ = state.handle(.char(character), at: now) }
        #expect(state.handle(.enter, at: now).isEmpty)
        assertGolden(SessionUIFixtures.draw(state, width: 80, height: 24), named: "session-form-errors-80x24")
    }

    @Test("the finish dialog")
    func finishDialog() {
        var state = SessionUIFixtures.session(width: 80, height: 24)
        _ = state.handle(.alt("F"), at: now)
        assertGolden(SessionUIFixtures.draw(state, width: 80, height: 24), named: "session-finish-80x24")
    }

    @Test("the summary after finishing", arguments: sizes)
    func summary(size: (Int, Int)) {
        var state = SessionUIFixtures.session(width: size.0, height: size.1)
        _ = state.handle(.alt("F"), at: now)
        _ = state.handle(.char("y"), at: now.addingTimeInterval(1200))
        #expect(state.screen == .summary)
        assertGolden(SessionUIFixtures.draw(state, width: size.0, height: size.1), named: "session-summary-\(size.0)x\(size.1)")
    }

    @Test("prep mode for the rep", arguments: sizes)
    func prep(size: (Int, Int)) {
        var state = SessionPrepFixtures.prep()
        _ = state.handle(.enter, at: now)
        _ = state.handle(.char("j"), at: now)
        var screen = Screen(width: size.0, height: size.1)
        PrepView.render(state, theme: Theme.fallback, into: &screen, area: screen.bounds)
        assertGolden(screen, named: "session-prep-\(size.0)x\(size.1)")
    }

    @Test("prep mode before a deal is opened")
    func prepStart() {
        let state = SessionPrepFixtures.prep()
        var screen = Screen(width: 80, height: 24)
        PrepView.render(state, theme: Theme.fallback, into: &screen, area: screen.bounds)
        assertGolden(screen, named: "session-prep-start-80x24")
    }
}

enum SessionPrepFixtures {
    static func prep() -> PrepState {
        var scheduled = SessionUIFixtures.review()
        scheduled.status = .scheduled
        scheduled.startedAt = nil
        for index in scheduled.answers.indices { scheduled.answers[index].notes = "" }
        let other = Deal(id: "nordwind-crm", account: "Nordwind Logistik GmbH", name: "Fleet CRM rollout",
                         amount: Money(Decimal(42000), "EUR"), outcome: .lost, closeDate: Day(iso: "2026-10-20") ?? Day(serial: 0), owner: "Priya Raman")
        let third = Deal(id: "sakura-pos", account: "さくら珈琲", name: "POS pilot", amount: Money(Decimal(9000), "JPY"),
                         outcome: .noDecision, closeDate: Day(iso: "2026-09-12") ?? Day(serial: 0), owner: "priya raman")
        let notMine = Deal(id: "x-1", account: "Other", name: "Other", amount: Money(Decimal(1), "EUR"), outcome: .won,
                           closeDate: Day(iso: "2026-11-01") ?? Day(serial: 0), owner: "Tomás Herrera")
        return PrepState(rep: "Priya Raman", deals: [other, SessionUIFixtures.deal, third, notMine], reviews: [scheduled],
                         questions: QuestionBank(), now: SessionUIFixtures.t0)
    }
}
