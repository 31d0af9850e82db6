import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The first board frame waits for the board only: the archive views (2–5) are built when first
/// shown, from the data as it is then, and look exactly as if they had been built up front.
@Suite struct BoardStartupTests {
    static let today = Day(iso: "2026-11-28")!
    static let team = DemoTeam(.init(seed: 2, asOf: today))

    func app(_ deals: [Deal], _ reviews: [Review]) -> AppState {
        AppState(width: 120, height: 40, theme: .fallback, dataLabel: "test", data: AppData(deals: deals, reviews: reviews), today: Self.today)
    }

    /// The reviews view drawn from an archive built eagerly from `data`.
    func eagerReviewsScreen(_ data: AppData) -> String {
        var state = app(data.deals, data.reviews)
        state.archive.load(data)
        state.staleArchive = []
        state.view = .reviews
        return DebriefApp.render(state).plainText
    }

    @Test func archiveIsBuiltWhenFirstShownAndMatchesAnEagerBuild() {
        var state = app(Self.team.deals, Self.team.reviews)
        #expect(state.staleArchive == Set(ArchivePart.allCases), "start-up builds the board only")
        _ = DebriefApp.update(&state, .key(.char("2")))
        #expect(state.view == .reviews)
        #expect(state.staleArchive == [.actions, .playbook, .patterns, .queue], "the view shown is built, the others when shown")
        #expect(DebriefApp.render(state).plainText == eagerReviewsScreen(state.data))
    }

    @Test func aReloadOnTheBoardReachesTheArchiveWhenItIsShown() {
        var state = app(Self.team.deals, Self.team.reviews)
        _ = DebriefApp.update(&state, .key(.char("2")))
        _ = DebriefApp.update(&state, .key(.char("1")))
        let fewer = AppData(deals: Self.team.deals, reviews: Array(Self.team.reviews.prefix(3)))
        _ = DebriefApp.update(&state, .loaded(fewer))
        #expect(state.staleArchive.contains(.reviews))
        _ = DebriefApp.update(&state, .key(.char("2")))
        #expect(state.archive.reviews.archive.rows.count == 3)
        #expect(DebriefApp.render(state).plainText == eagerReviewsScreen(fewer))
    }

    @Test func aReloadWhileTheArchiveShowsRebuildsItAtOnce() {
        var state = app(Self.team.deals, Self.team.reviews)
        state.view = .reviews
        _ = DebriefApp.update(&state, .loaded(AppData(deals: Self.team.deals, reviews: Array(Self.team.reviews.prefix(2)))))
        #expect(!state.staleArchive.contains(.reviews))
        #expect(state.archive.reviews.archive.rows.count == 2)
    }
}
