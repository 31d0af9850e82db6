import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The signal form in the real app offers the signals of the team's reviews on disk (#17 item 9).
@Suite("Signal form, headless")
struct SignalFormHeadlessTests {
    @Test func budgOffersTheTeamsBudgetSignalAndTheFileGetsItsWording() throws {
        let app = try HeadlessApp(width: 80, height: 24, deals: 30, reviews: 12, asOf: "2026-11-28")
        let known = try #require(app.state.data.reviews.flatMap(\.signals).first { $0.text.lowercased().hasPrefix("budg") })
        // A deal the board shows that was never reviewed: its review is new.
        let unreviewed = app.state.data.deals.filter { deal in !app.state.data.reviews.contains { $0.dealId == deal.id } }
        for deal in unreviewed {
            app.state.board.select(dealID: deal.id)
            if app.state.board.selectedDeal?.id == deal.id { break }
        }
        #expect(app.type("Enter").contains("Question 1 of"))
        app.type("M-b")
        var screen = app.typeText("BUDG")
        #expect(screen.contains(known.text), "\(screen)")
        screen = app.type("Tab Enter")
        #expect(screen.contains("Added signal “"), "\(screen)")
        let id = try #require(app.state.session?.review.id)
        app.type("M-q")
        let saved = try #require(try app.store.load(Review.self, id: id))
        #expect(saved.signals.map(\.text) == [known.text])
    }
}
