import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// Golden screens of the app shell: help overlay and the too-small message. Re-record with `DEBRIEF_RECORD_GOLDENS=1` (see Golden.swift).
@Suite("App goldens")
struct AppGoldenTests {
    static let data: AppData = {
        var deals: [Deal] = []
        let outcomes: [Outcome] = [.won, .won, .won, .lost, .lost, .noDecision]
        for (index, outcome) in outcomes.enumerated() {
            deals.append(Deal(
                id: "deal-\(index)", account: "Account \(index)", name: "Deal \(index)", amount: Money(1000, "USD"),
                outcome: outcome, closeDate: Day(iso: "2026-10-0\(index + 1)") ?? Day.today(), owner: "Rep"
            ))
        }
        let review = Review(id: "review-1", dealId: "deal-0", kind: .win, status: .prepReady, manager: "M", rep: "Rep", questionSetId: "win", createdAt: Date(timeIntervalSince1970: 0))
        return AppData(deals: deals, reviews: [review], problems: [LoadProblem(path: "/data/deals/broken.json", reason: "not valid JSON")])
    }()

    func state(_ width: Int, _ height: Int, data: AppData = AppGoldenTests.data) -> AppState {
        AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: "/data", data: data)
    }

    func screen(_ width: Int, _ height: Int, keys: String = "", data: AppData = AppGoldenTests.data) -> Screen {
        var s = state(width, height, data: data)
        for key in KeyScript.parse(keys) { _ = DebriefApp.update(&s, .key(key)) }
        return DebriefApp.render(s)
    }

    @Test func helpAt80x24() { assertGolden(screen(80, 24, keys: "?"), named: "app-help-80x24") }
    @Test func helpScrolledAt60x16() { assertGolden(screen(60, 16, keys: "? j j"), named: "app-help-scrolled-60x16") }
    @Test func tooSmall() { assertGolden(screen(59, 16), named: "app-too-small-59x16") }
    @Test func tooSmallAndNarrow() { assertGolden(screen(30, 8), named: "app-too-small-30x8") }

    @Test func tooSmallMessageNamesBothSizes() {
        let text = screen(59, 16).plainText
        #expect(text.contains("terminal too small"))
        #expect(text.contains("60x16"))
        #expect(text.contains("59x16"))
        #expect(!screen(60, 16).plainText.contains("too small"))
    }
}
