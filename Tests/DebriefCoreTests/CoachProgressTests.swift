import DebriefCore
import Foundation
import Testing

@Suite("Coach: a rep's progress by quarter")
struct CoachProgressTests {
    typealias F = CoachFixtures

    /// Ana, counted by hand:
    /// 2026-Q1: deals d1 (won), d2 (lost), d3 (won) → 2/3; reviews r1 (win: 3 success factors, 2 rep
    ///          actions, 1 confirmed; 2 insights) and r2 (loss: 1 insight) → 3 insights / 2 reviews;
    ///          items due in Q1 owned by Ana: a (done), b (open) → 1/2.
    /// 2026-Q2: no deal; review r3 (win, 1 success factor, rep action, CRM; 0 insights); item c due
    ///          2026-06-01 done → 1/1; item d due 2026-07-10 is after today and not counted.
    /// Ben's deal and items never count for Ana; "ana" in lower case does.
    static let deals: [Deal] = [
        F.deal("d1", .won, rep: "Ana", closed: "2026-01-15"),
        F.deal("d2", .lost, rep: "ana", closed: "2026-02-15"),
        F.deal("d3", .won, rep: "Ana", closed: "2026-03-15"),
        F.deal("d9", .won, rep: "Ben", closed: "2026-03-15"),
    ]
    static let reviews: [Review] = [
        F.review("r1", deal: "d1", rep: "Ana", completed: "2026-02-01",
                 factors: [F.factor(1, .repAction, .buyerSaid), F.factor(2, .repAction, .repBelief), F.factor(3, .product, .repBelief),
                           F.factor(4, .price, .crmRecord, effect: .failure)],
                 insights: 2,
                 items: [ActionItem(id: "a", text: "a", owner: "Ana", due: F.day("2026-03-01"), done: true),
                         ActionItem(id: "b", text: "b", owner: "ANA", due: F.day("2026-03-20")),
                         ActionItem(id: "m", text: "m", owner: "Mia Manager", due: F.day("2026-03-20"))]),
        F.review("r2", deal: "d2", rep: "Ana", completed: "2026-03-01", kind: .loss,
                 factors: [F.factor(5, .repAction, .buyerSaid)], insights: 1),
        F.review("r3", deal: "d3", rep: "Ana", completed: "2026-04-10", factors: [F.factor(6, .repAction, .crmRecord)],
                 items: [ActionItem(id: "c", text: "c", owner: "Ana", due: F.day("2026-06-01"), done: true),
                         ActionItem(id: "d", text: "d", owner: "Ana", due: F.day("2026-07-10"))]),
        F.review("r9", deal: "d9", rep: "Ben", completed: "2026-04-10", factors: [F.factor(7, .luck, .repBelief)], insights: 3,
                 items: [ActionItem(id: "e", text: "e", owner: "Ben", due: F.day("2026-03-01"))]),
    ]

    @Test func quartersMatchCountsDoneByHand() throws {
        let progress = CoachDesk(deals: Self.deals, reviews: Self.reviews, today: F.today).progress(rep: "ana")
        #expect(progress.rep == "Ana")
        #expect(progress.quarters.map(\.quarter.description) == ["2026-Q1", "2026-Q2"])
        let q1 = progress.quarters[0], q2 = progress.quarters[1]
        #expect((q1.deals, q1.wins) == (3, 2))
        #expect(q1.completedReviews == 2)
        #expect((q1.successFactors, q1.repActionFactors, q1.confirmedFactors) == (3, 2, 1), "the loss review's factor is not a success")
        #expect(q1.insights == 3)
        #expect(q1.insightsPerReview == 1.5)
        #expect((q1.actionItemsDue, q1.actionItemsDoneOnTime) == (2, 1))
        #expect(q1.dealsThin && q1.reviewsThin)
        #expect((q2.deals, q2.wins, q2.winRate) == (0, 0, nil))
        #expect((q2.completedReviews, q2.successFactors, q2.repActionFactors, q2.confirmedFactors) == (1, 1, 1, 1))
        #expect((q2.actionItemsDue, q2.actionItemsDoneOnTime) == (1, 1))
        #expect(q2.repActionShare == 1)
    }

    @Test func quartersRunWithoutGapsToToday() {
        let deals = [F.deal("old", .won, rep: "Ana", closed: "2025-08-01")]
        let progress = CoachDesk(deals: deals, reviews: [], today: F.today).progress(rep: "Ana")
        #expect(progress.quarters.map(\.quarter.description) == ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"])
        #expect(CoachDesk(deals: deals, reviews: [], today: F.today).progress(rep: "Ana", last: 2).quarters.count == 2)
    }
}

/// Ticking an action item off keeps the day (#20: "done on time"), so a rep's progress tells an item
/// done by its due day from one done late.
@Suite struct ActionItemDoneOnTests {
    typealias F = CoachFixtures

    @Test func tickingKeepsTheDayAndUntickingForgetsIt() throws {
        var review = SessionFixtures.review()
        review.actionItems = [ActionItem(id: "a", text: "Send the case study", owner: "Ana", due: Day(iso: "2026-06-01"))]
        let ticked = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: .current, year: 2026, month: 6, day: 3, hour: 12)))
        try review.apply(.setActionItemDone(id: "a", true), at: ticked)
        #expect(review.actionItems[0].doneOn == Day(iso: "2026-06-03"))
        #expect(review.actionItems[0].done && !review.actionItems[0].doneOnTime, "done two days late")
        try review.apply(.setActionItemDone(id: "a", false), at: ticked)
        #expect(review.actionItems[0].doneOn == nil && !review.actionItems[0].done)
    }

    @Test func theDayIsStoredAndReadBackOnEveryRoad() throws {
        var review = SessionFixtures.review()
        review.actionItems = [ActionItem(id: "a", text: "t", owner: "Ana", due: Day(iso: "2026-06-01"), done: true, doneOn: Day(iso: "2026-05-30")),
                              ActionItem(id: "b", text: "t", owner: "Ana", done: true)]
        let data = try RecordCoding.encode(review)
        #expect(String(decoding: data, as: UTF8.self).contains("\"doneOn\" : \"2026-05-30\""))
        #expect(FastDecodingContract.check(Review.self, data), "the fast path reads it")
        let reread = try RecordDecoding.decode(Review.self, from: data, path: "r.json").get()
        #expect(reread.actionItems == review.actionItems)
        #expect(reread.actionItems[0].doneOnTime && reread.actionItems[1].doneOnTime, "an item ticked before the day was kept counts as on time")
    }

    @Test func progressCountsOnlyItemsDoneByTheirDueDay() throws {
        let items = [
            ActionItem(id: "on", text: "on", owner: "Ana", due: F.day("2026-02-10"), done: true, doneOn: F.day("2026-02-10")),
            ActionItem(id: "late", text: "late", owner: "Ana", due: F.day("2026-02-10"), done: true, doneOn: F.day("2026-02-11")),
            ActionItem(id: "open", text: "open", owner: "Ana", due: F.day("2026-02-10")),
        ]
        let deals = [F.deal("d1", .won, rep: "Ana", closed: "2026-01-15")]
        let reviews = [F.review("r1", deal: "d1", rep: "Ana", completed: "2026-01-20", items: items)]
        let q1 = try #require(CoachDesk(deals: deals, reviews: reviews, today: F.today).progress(rep: "Ana").quarters.first)
        #expect((q1.actionItemsDue, q1.actionItemsDoneOnTime) == (3, 1))
    }
}
