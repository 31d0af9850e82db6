import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

@Suite("App update")
struct AppUpdateTests {
    func state(width: Int = 100, height: Int = 30) -> AppState {
        AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data")
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    @Test func qQuitsFromHome() {
        var s = state()
        #expect(send("q", to: &s) == [.quit])
        #expect(s.isQuitting)
    }

    @Test func questionMarkTogglesHelpAndEscCloses() {
        var s = state()
        #expect(send("?", to: &s).isEmpty)
        #expect(s.overlay == .help)
        #expect(send("Escape", to: &s).isEmpty)
        #expect(s.overlay == nil)
        _ = send("? ?", to: &s)
        #expect(s.overlay == nil)
    }

    @Test func qInsideHelpClosesHelpInsteadOfQuitting() {
        var s = state()
        #expect(send("? q", to: &s).isEmpty)
        #expect(s.overlay == nil)
        #expect(!s.isQuitting)
    }

    @Test func ctrlCQuitsFromAnywhereAfterSavingPendingChanges() {
        var s = state()
        let review = Review(id: "r1", dealId: "d1", kind: .win, manager: "M", rep: "R", questionSetId: "win", createdAt: Date(timeIntervalSince1970: 0))
        s.unsaved = [.save(.review(review))]
        _ = send("?", to: &s)
        #expect(send("C-c", to: &s) == [.save(.review(review)), .quit])
    }

    @Test func resizeChangesTheSizeAndClampsHelpScroll() {
        var s = state(width: 80, height: 16)
        _ = send("? G", to: &s)
        let scrolled = s.helpScroll
        #expect(scrolled > 0)
        #expect(DebriefApp.update(&s, .resize(width: 120, height: 40)).isEmpty)
        #expect(s.width == 120 && s.height == 40)
        #expect(s.helpScroll < scrolled, "a taller screen needs less scrolling")
        #expect(s.helpScroll == HelpPanel.maxScroll(s))
    }

    @Test func reloadAsksForALoadAndLoadedReplacesData() {
        var s = state()
        #expect(send("C-r", to: &s) == [.load])
        #expect(s.isLoading)
        let data = AppData(problems: [LoadProblem(path: "/data/deals/x.json", reason: "not JSON")])
        #expect(DebriefApp.update(&s, .loaded(data)).isEmpty)
        #expect(s.data == data)
        #expect(!s.isLoading)
    }

    @Test func unboundKeysAndTicksChangeNothingButTheClock() {
        var s = state()
        let before = s
        #expect(send("x C-e M-x F3", to: &s).isEmpty)
        #expect(DebriefApp.render(s) == DebriefApp.render(before), "the screen is the same")
        let now = Date(timeIntervalSince1970: 1_000)
        #expect(DebriefApp.update(&s, .tick(now)).isEmpty)
        #expect(s.lastTick == now)
    }

    @Test func failedEffectsBecomeANotice() {
        var s = state()
        _ = DebriefApp.update(&s, .effectFailed("could not save: disk full"))
        #expect(s.notice == .init(.error, "could not save: disk full"))
    }

    /// A notice takes its whole row: the end of what the board drew there (its legend) must not show
    /// after a shorter message.
    @Test func aShortNoticeClearsTheRestOfItsRow() {
        let today = Day(iso: "2026-11-28")!
        let team = DemoTeam(.init(seed: 1, asOf: today))
        var s = AppState(width: 80, height: 24, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data",
                         data: AppData(deals: team.deals, reviews: team.reviews), today: today)
        let legendRow = 22
        #expect(DebriefApp.render(s).plainText.components(separatedBy: "\n")[legendRow].contains("completed"))
        _ = DebriefApp.update(&s, .effectFailed("disk full"))
        let row = DebriefApp.render(s).plainText.components(separatedBy: "\n")[legendRow]
        #expect(row.trimmingCharacters(in: .whitespaces) == "disk full")
    }

    @Test func helpAndStatusHintsComeFromTheKeymap() {
        var shown = state()
        _ = DebriefApp.update(&shown, .key(.char("?")))
        let lines = HelpPanel.lines(for: shown)
        for binding in Keymap.standard.bindings where AppView.board.keyContexts.contains(binding.context) || binding.context == .global {
            #expect(lines.contains(.entry(keys: binding.keysLabel, description: binding.description)))
        }
        let hints = Keymap.standard.hints(for: [.board, .views, .global])
        #expect(hints.map(\.keys).prefix(4) == ["?", "q", "j/↓", "Tab/l/→"])
        let screen = DebriefApp.render(state())
        let statusBar = screen.text(ofRow: 29)
        for hint in hints.prefix(4) { #expect(statusBar.contains("\(hint.keys) \(hint.description)")) }
    }
}

@Suite("App update: board")
struct AppBoardUpdateTests {
    static let today = Day(iso: "2026-11-28")!
    let team = DemoTeam(.init(seed: 1, asOf: AppBoardUpdateTests.today))

    func state() -> AppState {
        AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                 data: AppData(deals: team.deals, reviews: team.reviews), today: Self.today)
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    @Test func searchIsLiveAndEscapePutsBackThePreviousSearch() {
        var s = state()
        _ = send("/ f a l c o n", to: &s)
        #expect(s.board.filter.search == "falcon")
        #expect(s.board.shownDeals.allSatisfy { $0.account.contains("Falcon") })
        _ = send("Enter", to: &s)
        #expect(s.overlay == nil && s.board.filter.search == "falcon")
        _ = send("/ BSpace BSpace BSpace x", to: &s)
        #expect(s.board.filter.search == "falx")
        _ = send("Escape", to: &s)
        #expect(s.board.filter.search == "falcon")
    }

    @Test func typedLettersGoToTheSearchNotToTheBoardKeys() {
        var s = state()
        _ = send("/ q j k ?", to: &s)
        #expect(s.board.filter.search == "qjk?")
        #expect(!s.isQuitting)
    }

    @Test func pickingARepFiltersTheBoard() {
        var s = state()
        _ = send("r j j Enter", to: &s)
        #expect(s.board.filter.rep == s.board.index.reps[1])
        #expect(s.board.shownDeals.allSatisfy { $0.owner == s.board.index.reps[1] })
        _ = send("r Escape", to: &s)
        #expect(s.board.filter.rep == s.board.index.reps[1], "Esc leaves the filter as it was")
        _ = send("x", to: &s)
        #expect(s.board.filter.rep == nil)
    }

    @Test func infoOpensTheSelectedDealAndEscapeCloses() throws {
        var s = state()
        _ = send("l j i", to: &s)
        let deal = try #require(s.board.selectedDeal)
        #expect(deal.outcome != .won)
        #expect(s.overlay == .dealDetail(dealID: deal.id))
        let screen = DebriefApp.render(s)
        #expect(screen.plainText.contains("Stage reached"))
        _ = send("Escape", to: &s)
        #expect(s.overlay == nil)
    }

    @Test func enterStartsAReviewOfTheRightKindAndQSavesAndReturns() throws {
        var s = state()
        let deal = try #require(s.board.selectedDeal)
        #expect(Review.self == Review.self && !s.data.reviews.contains { $0.dealId == deal.id && $0.status.isOpen })
        _ = send("Enter", to: &s)
        let session = try #require(s.session)
        #expect(session.review.dealId == deal.id && session.review.kind == .win)
        #expect(session.review.questionSetId == BuiltInQuestions.winSetID)
        _ = send("Enter N o t e Escape", to: &s)
        let effects = send("M-q", to: &s)
        #expect(s.session == nil)
        guard case .saveReview(let review, _)? = effects.first(where: { if case .saveReview = $0 { true } else { false } }) else {
            Issue.record("leaving saves the review: \(effects)")
            return
        }
        #expect(review.answers[0].notes == "Note")
        #expect(s.data.reviews.contains { $0.id == review.id }, "the board sees the review at once")
    }

    @Test func ctrlCInASessionSavesBeforeQuitting() {
        var s = state()
        let effects = send("Enter Enter a b c C-c", to: &s)
        guard case .saveReview(let review, _)? = effects.first(where: { if case .saveReview = $0 { true } else { false } }) else {
            Issue.record("expected a save: \(effects)")
            return
        }
        #expect(review.answers[0].notes == "abc")
        #expect(effects.last == .quit)
    }

    @Test func periodKeyCyclesAndTheHeaderFollows() {
        var s = state()
        _ = send("p", to: &s)
        #expect(s.board.filter.period == .last180)
        let screen = DebriefApp.render(s)
        #expect(screen.text(ofRow: 1).contains("Last 180 days"))
    }
}

@Suite("App update: deal form")
struct AppDealFormTests {
    static let today = Day(iso: "2026-11-28")!
    let team = DemoTeam(.init(seed: 1, asOf: AppDealFormTests.today))

    func state() -> AppState {
        AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                 data: AppData(deals: team.deals, reviews: team.reviews), today: Self.today)
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    @Test func aNewDealIsValidatedThenSavedAndSelected() throws {
        var s = state()
        #expect(send("a A c m é Enter", to: &s).isEmpty, "missing fields keep the form open")
        guard case .dealForm(let form) = s.overlay else { Issue.record("form closed"); return }
        #expect(form.form.fields.first { $0.key == "name" }?.error == "give the deal a name")
        #expect(form.form.fields.first { $0.key == "owner" }?.error == "name the rep who owned it")
        #expect(form.form.focus == 1, "focus jumps to the first field with a problem")
        let effects = send("P i l o t Tab 4 8 , 0 0 0 Tab Tab Right Tab Tab Tab P r i y a Space R a m a n Enter", to: &s)
        let saved = try #require(effects.first)
        guard case .save(.deal(let deal, _)) = saved else { Issue.record("expected a save, got \(effects)"); return }
        #expect(deal.id == "manual-acme-2026-11-28")
        #expect(deal.account == "Acmé" && deal.name == "Pilot" && deal.owner == "Priya Raman")
        #expect(deal.amount == Money(48_000, "USD"))
        #expect(deal.outcome == .lost)
        #expect(deal.revision == 0)
        guard case .dealForm(let waiting) = s.overlay else { Issue.record("the form waits for the store"); return }
        #expect(waiting.saving == deal)
        #expect(!s.data.deals.contains { $0.id == deal.id }, "not on the board before it is saved")
        var savedDeal = deal
        savedDeal.revision = 1
        _ = DebriefApp.update(&s, .saved(.deal(savedDeal)))
        #expect(s.overlay == nil)
        #expect(s.board.selectedDeal?.id == deal.id, "the new deal is on the board and selected")
        #expect(s.unsaved.isEmpty)
        #expect(s.data.deals.first { $0.id == deal.id }?.revision == 1, "the next edit starts from the saved revision")
    }

    @Test func aFailedSaveKeepsTheFormOpenWithTheReasonAndNothingOnTheBoard() throws {
        var s = AppState(width: 80, height: 24, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                         data: AppData(deals: team.deals, reviews: team.reviews), today: Self.today)
        let countsBefore = DebriefApp.render(s).text(ofRow: 2)
        let effects = send("a A c m e Tab P i l o t Tab 4 8 0 0 0 Tab Tab Tab Tab Tab P r i y a Enter", to: &s)
        guard case .save(let request)? = effects.first, case .deal(let deal, _) = request else { Issue.record("expected a save: \(effects)"); return }
        let reason = "could not save: could not create /home/lena/.local/share/debrief/deals/.manual-acme-2026-11-28.json.tmp: Permission denied"
        _ = DebriefApp.update(&s, .saveFailed(request, EffectFailure(.other, reason)))
        guard case .dealForm(let form) = s.overlay else { Issue.record("the form must stay open"); return }
        #expect(form.saving == nil)
        #expect(form.form.value("account") == "Acme" && form.form.value("owner") == "Priya", "what was typed is still there")
        #expect(!s.data.deals.contains { $0.id == deal.id } && s.unsaved.isEmpty)
        let screen = DebriefApp.render(s)
        #expect(screen.plainText.contains("Permission denied"), "the reason is not cut off at 80 columns:\n\(screen.plainText)")
        #expect(screen.text(ofRow: 2) == countsBefore, "the header counts do not include the unsaved deal")
        // Enter tries again; this time the store takes it.
        let retry = send("Enter", to: &s)
        #expect(retry == [.save(.deal(deal))])
        _ = DebriefApp.update(&s, .saved(.deal(deal)))
        #expect(s.overlay == nil && s.data.deals.contains { $0.id == deal.id })
    }

    @Test func aFailedEditSaveKeepsTheFormAndTheOldDeal() throws {
        var s = state()
        let before = try #require(s.board.selectedDeal)
        let effects = send("e Tab 9 Enter", to: &s)
        guard case .save(let request)? = effects.first else { Issue.record("expected a save: \(effects)"); return }
        _ = DebriefApp.update(&s, .saveFailed(request, "could not save: disk full"))
        guard case .dealForm(let form) = s.overlay else { Issue.record("the form must stay open"); return }
        #expect(form.form.value("name") == "9")
        #expect(form.form.error?.contains("disk full") == true)
        #expect(s.data.deals.first { $0.id == before.id } == before)
    }

    @Test func aFailedSaveElsewhereIsANotice() {
        var s = state()
        _ = DebriefApp.update(&s, .saveFailed(.deal(team.deals[0]), "could not save: disk full"))
        #expect(s.notice == .init(.error, "could not save: disk full"))
    }

    @Test func editingKeepsTheIdAndRevision() throws {
        var s = state()
        let before = try #require(s.board.selectedDeal)
        let effects = send("e Tab Tab C-w 9 9 9 Enter", to: &s)
        guard case .save(.deal(let deal, _))? = effects.first else { Issue.record("expected a save, got \(effects)"); return }
        #expect(deal.id == before.id && deal.revision == before.revision)
        #expect(deal.amount?.amount == 999)
        #expect(deal.notes == before.notes && deal.reasons == before.reasons, "fields the form does not show are kept")
    }

    @Test func escapeCancelsWithoutSaving() {
        var s = state()
        #expect(send("a x y z Escape", to: &s).isEmpty)
        #expect(s.overlay == nil && s.unsaved.isEmpty)
    }

    @Test func badDatesAndAmountsAreExplained() {
        var form = DealForm(editing: team.deals[0], today: Self.today)
        form.form.fields[2] = .text("amount", "Amount", "-5")
        form.form.fields[5] = .text("closed", "Closed", "2026-02-30")
        form.form.fields[6] = .text("created", "Created", "yesterday")
        guard case .failure(let errors) = form.deal(existingIDs: []) else { Issue.record("should fail"); return }
        #expect(errors.messages == ["amount": "must not be negative", "closed": "a date as YYYY-MM-DD", "created": "a date as YYYY-MM-DD, or empty"])
    }
}
