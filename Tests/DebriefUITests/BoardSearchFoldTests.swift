import DebriefCore
import Testing
@testable import DebriefUI

/// The board's search text is folded off the UI thread: asked for once a search starts, taken
/// when it comes back, and never allowed to make a search show other deals than it should.
@Suite struct BoardSearchFoldTests {
    static let today = Day(iso: "2026-11-28")!
    let team = DemoTeam(.init(seed: 1, asOf: BoardSearchFoldTests.today))

    func state() -> AppState {
        AppState(width: 100, height: 30, theme: Theme.fallback.degraded(to: .none), dataLabel: "demo",
                 data: AppData(deals: team.deals, reviews: team.reviews), today: Self.today)
    }

    func send(_ keys: String, to state: inout AppState) -> [Effect] {
        KeyScript.parse(keys).flatMap { DebriefApp.update(&state, .key($0)) }
    }

    /// What `debrief deals --search` lists for the board's filter.
    func listed(_ state: AppState) -> Set<String> {
        let matcher = state.board.filter.matcher(today: Self.today)
        return Set(state.data.deals.filter { matcher.matches($0) }.map(\.id))
    }

    func folds(_ effects: [Effect]) -> [[Deal]] {
        effects.compactMap { if case .foldSearchText(let deals) = $0 { deals } else { nil } }
    }

    @Test func theFoldIsAskedForOnceWhenASearchStarts() {
        var s = state()
        #expect(folds(send("j j p Tab", to: &s)).isEmpty, "no search, nothing to fold")
        let asked = folds(send("/", to: &s))
        #expect(asked == [team.deals])
        #expect(folds(send("a c BSpace Enter / m", to: &s)).isEmpty, "asked once per load")
    }

    @Test func aSearchTypedBeforeTheFoldArrivesFindsWhatItFindsAfter() {
        var s = state()
        let asked = folds(send("/ a c", to: &s))
        let before = s.board.shownDeals.map(\.id)
        #expect(!before.isEmpty && Set(before) == listed(s))
        for deals in asked { _ = DebriefApp.update(&s, .searchTextFolded(DealSearchText(deals: deals))) }
        #expect(s.board.index.searchText != nil)
        _ = send("m", to: &s)
        #expect(Set(s.board.shownDeals.map(\.id)) == listed(s))
        _ = send("BSpace BSpace z", to: &s)
        #expect(s.board.filter.search == "az")
        #expect(Set(s.board.shownDeals.map(\.id)) == listed(s))
    }

    /// A reload (a sync, an edit) comes in while the fold of the old deals is on its way: that fold
    /// must not be taken, the new deals are asked for, and the search shows the new deals meanwhile.
    @Test func aFoldOfDealsReplacedMeanwhileIsDropped() throws {
        var s = state()
        let target = try #require(team.deals.firstIndex { $0.id == s.board.shownDeals.first?.id })
        let stale = folds(send("/ z y x q u", to: &s))
        #expect(s.board.shownDeals.isEmpty)
        var changed = team.deals
        changed[target].account = "Zyxqu Robotics"
        var reloaded = AppData(deals: changed, reviews: team.reviews)
        reloaded.questions = s.data.questions
        let asked = folds(DebriefApp.update(&s, .loaded(reloaded)))
        #expect(asked == [changed], "the search is still open: the new deals are folded")
        for deals in stale { _ = DebriefApp.update(&s, .searchTextFolded(DealSearchText(deals: deals))) }
        #expect(s.board.index.searchText == nil)
        #expect(s.board.shownDeals.map(\.id) == [changed[target].id])
        _ = send("BSpace BSpace BSpace BSpace BSpace a", to: &s)
        #expect(Set(s.board.shownDeals.map(\.id)) == listed(s) && listed(s).contains(changed[target].id))
        for deals in asked { _ = DebriefApp.update(&s, .searchTextFolded(DealSearchText(deals: deals))) }
        #expect(s.board.index.searchText != nil)
        _ = send("BSpace z y x q u", to: &s)
        #expect(s.board.shownDeals.map(\.id) == [changed[target].id])
    }
}
