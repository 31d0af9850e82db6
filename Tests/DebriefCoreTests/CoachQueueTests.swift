import DebriefCore
import Foundation
import Testing

@Suite("Coach: what to review next")
struct CoachQueueTests {
    typealias F = CoachFixtures

    @Test func bigRecentUnreviewedWinBeatsSmallOldLoss() {
        let deals = F.filler + [
            F.deal("small-old-loss", .lost, rep: "Ben", amount: 4_000, closed: "2025-09-01", stage: "Discovery"),
            F.deal("big-win", .won, rep: "Ana", amount: 300_000, closed: "2026-06-25"),
        ]
        let desk = CoachDesk(deals: deals, reviews: F.fillerReviews, today: F.today)
        let ids = desk.queue().map(\.dealId)
        #expect(ids == ["big-win", "small-old-loss"])
        let top = desk.queue()[0]
        #expect(top.reasons.contains("a win nobody has learned from yet"))
        #expect(top.reasons.contains("large win: USD 300,000, in the team's top quarter"))
        #expect(top.reasons.contains("closed 5 days ago: review it while it is fresh"))
        #expect(top.score > desk.queue()[1].score)
    }

    @Test func aReviewedDealNeverAppearsButOneUnderWayDoes() {
        let deals = F.filler + [
            F.deal("done", .won, rep: "Ana", amount: 300_000, closed: "2026-06-28"),
            F.deal("scheduled", .lost, rep: "Ana", closed: "2026-06-27"),
        ]
        let reviews = F.fillerReviews + [
            F.review("done-r1", deal: "done", rep: "Ana", completed: "2026-06-29"),
            F.review("scheduled-r1", deal: "scheduled", rep: "Ana", status: .scheduled),
        ]
        let queue = CoachDesk(deals: deals, reviews: reviews, today: F.today).queue()
        #expect(queue.map(\.dealId) == ["scheduled"], "filler and 'done' have completed reviews")
        #expect(queue[0].reviewStatus == .scheduled)
        #expect(queue[0].reviewId == "scheduled-r1")
    }

    /// A win whose review was started says so, with how much is left, instead of "nobody has
    /// learned from it yet": the manager has, half way. The points stay those of any unreviewed win.
    @Test func aWinWhoseReviewStoppedHalfWaySaysHowMuchIsLeft() {
        let deals = F.filler + [F.deal("half", .won, rep: "Ana", closed: "2026-06-20"), F.deal("none", .won, rep: "Ana", closed: "2026-06-20")]
        var half = F.review("half-r1", deal: "half", rep: "Ana", status: .inProgress)
        half.answers = (0..<5).map { n in Answer(question: Question(id: "q\(n)", theme: .story, wording: "Q\(n)?"), notes: n < 2 ? "n" : "", skipped: n == 2) }
        let desk = CoachDesk(deals: deals, reviews: F.fillerReviews + [half], today: F.today)
        let started = desk.queue().first { $0.dealId == "half" }
        let fresh = desk.queue().first { $0.dealId == "none" }
        #expect(started?.reasons.contains("a win whose review stopped with 2 of 5 questions open") == true, "\(String(describing: started))")
        #expect(started?.reasons.contains("a win nobody has learned from yet") == false)
        #expect(fresh?.reasons.contains("a win nobody has learned from yet") == true)
        #expect(started?.score == fresh?.score)
    }

    @Test func winsAreNeverCrowdedOutByLosses() {
        // Ten fresh, large losses at the last stage score far above three small, old wins.
        let losses = (0..<10).map { F.deal("loss\($0)", .lost, rep: "Cara", amount: 90_000, closed: "2026-06-2\($0)", stage: "Negotiation") }
        let wins = (0..<3).map { F.deal("win\($0)", .won, rep: "Cara", amount: 1_000, closed: "2025-0\($0 + 1)-01") }
        let desk = CoachDesk(deals: F.filler + losses + wins, reviews: F.fillerReviews, today: F.today)
        let all = desk.queue()
        #expect(all.first { $0.outcome == .lost }!.score > all.first { $0.outcome == .won }!.score)
        for limit in 1...8 {
            let top = desk.queue(limit: limit)
            let winsShown = top.filter { $0.outcome == .won }.count
            #expect(winsShown >= min(3, (limit + 1) / 2), "limit \(limit): \(top.map(\.dealId))")
        }
        #expect(desk.queue(limit: 1)[0].outcome == .won)
        #expect(all.count == 13)
    }

    @Test func reasonsNameTheLastStageTheCompetitorTheQuietRepAndTheNoDecisionRun() {
        // Quantia: 1 win in 6 (17%) against the team's 11 in 25 (44%).
        var deals = F.filler + (1...6).map { F.deal("w\($0)", .won, rep: "Cara", closed: "2026-01-0\($0)") }
        deals += (0..<5).map { F.deal("q-loss\($0)", .lost, rep: "Cara", closed: "2026-02-0\($0 + 1)", competitors: ["Quantia"]) }
        deals.append(F.deal("q-win", .won, rep: "Dan", closed: "2026-06-20", competitors: ["quantia"]))
        deals.append(F.deal("neg-loss", .lost, rep: "Cara", closed: "2026-06-10", stage: "Negotiation/Review"))
        deals += (0..<3).map { F.deal("nd\($0)", .noDecision, rep: "Cara", closed: "2026-05-1\($0)", segment: "SMB") }
        deals.append(F.deal("quiet", .lost, rep: "Eve", closed: "2026-06-01"))
        let reviews = F.fillerReviews + [
            F.review("eve-old", deal: "fill1", rep: "Eve", completed: "2026-04-01"),
        ] + (0..<5).map { F.review("ql\($0)", deal: "q-loss\($0)", rep: "Cara", completed: "2026-06-2\($0)") }
        let queue = CoachDesk(deals: deals, reviews: reviews, today: F.today).queue()
        func reasons(_ id: String) -> [String] { queue.first { $0.dealId == id }?.reasons ?? ["missing"] }
        #expect(reasons("q-win").contains { $0.hasPrefix("vs Quantia we win 17% of 6 deals (team ") && $0.hasSuffix("a win against the odds") })
        #expect(reasons("neg-loss").contains("lost at Negotiation/Review, the last stage"))
        #expect(reasons("nd1").contains("one of 3 no-decisions in a row in SMB"))
        #expect(reasons("quiet").contains("Eve: no review in 12 weeks"))
        #expect(reasons("q-win").contains("Dan: no review held yet"))
        #expect(!reasons("neg-loss").contains { $0.contains("no review") }, "Cara was reviewed this week")
    }
}
