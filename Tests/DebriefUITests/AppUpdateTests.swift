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
        s.unsaved = [.review(review)]
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
        #expect(s.helpScroll == 0)
    }

    @Test func reloadAsksForALoadAndLoadedReplacesData() {
        var s = state()
        #expect(send("r", to: &s) == [.load])
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
        #expect(s == before)
        let now = Date(timeIntervalSince1970: 1_000)
        #expect(DebriefApp.update(&s, .tick(now)).isEmpty)
        #expect(s.lastTick == now)
    }

    @Test func failedEffectsBecomeANotice() {
        var s = state()
        _ = DebriefApp.update(&s, .effectFailed("could not save: disk full"))
        #expect(s.notice == .init(.error, "could not save: disk full"))
    }

    @Test func helpAndStatusHintsComeFromTheKeymap() {
        let entries = Keymap.standard.helpEntries(for: .home)
        for binding in Keymap.standard.bindings {
            #expect(entries.contains { $0.keys == binding.keysLabel && $0.description == binding.description })
        }
        let hints = Keymap.standard.hints(for: [.view(.home), .global])
        #expect(hints.map(\.keys) == ["?", "q", "r"])
        let screen = DebriefApp.render(state())
        let statusBar = screen.text(ofRow: 29)
        for hint in hints { #expect(statusBar.contains("\(hint.keys) \(hint.description)")) }
    }
}
