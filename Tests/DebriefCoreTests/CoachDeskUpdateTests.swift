import DebriefCore
import Foundation
import Testing

/// The desk updated for a few changed reviews knows exactly what a desk made afresh from the same
/// records knows, and ranks, briefs and counts the same, over many random changes: completions,
/// reopenings, a review moved to another rep or deal, new reviews, reviews of unknown deals.
@Suite("Coach's desk, updated in place")
struct CoachDeskUpdateTests {
    static let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)

    /// A small deterministic generator, so a failure names a seed that repeats it.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    static func change(_ review: Review, deals: [Deal], reps: [String], dice: inout Dice) -> Review {
        var changed = review
        changed.revision += 1
        switch dice.next(7) {
        case 0:
            changed.status = .completed
            changed.completedAt = asOf.startDate.addingTimeInterval(Double(-dice.next(400)) * 86_400)
        case 1:
            changed.status = [.scheduled, .prepReady, .inProgress][dice.next(3)]
            changed.completedAt = nil
        case 2: changed.rep = reps[dice.next(reps.count)]
        case 3: changed.dealId = dice.next(10) == 0 ? "no-such-deal" : deals[dice.next(deals.count)].id
        case 4: changed.startedAt = asOf.startDate.addingTimeInterval(Double(-dice.next(200)) * 86_400)
        case 5: changed.createdAt = asOf.startDate.addingTimeInterval(Double(-dice.next(300)) * 86_400)
        default: changed.rep = changed.rep.uppercased()  // the same rep, spelled otherwise
        }
        return changed
    }

    @Test(arguments: [1, 2, 3, 4])
    func anUpdatedDeskKnowsWhatAFreshOneKnows(seed: Int) {
        let team = DemoTeam(.init(deals: 240, reviews: 200, seed: UInt64(seed), asOf: Self.asOf))
        let reps = Array(Set(team.deals.map(\.owner))).sorted() + ["Newcomer Rep"]
        var dice = Dice(state: UInt64(seed))
        var reviews = team.reviews
        var desk = CoachDesk(deals: team.deals, reviews: reviews, today: Self.asOf)
        for round in 0..<60 {
            var changedAt: [Int] = []
            for _ in 0...dice.next(3) {
                if dice.next(8) == 0 {
                    var added = reviews[dice.next(reviews.count)]
                    added.id = "added-\(round)-\(reviews.count)"
                    reviews.append(Self.change(added, deals: team.deals, reps: reps, dice: &dice))
                } else {
                    let index = dice.next(reviews.count)
                    reviews[index] = Self.change(reviews[index], deals: team.deals, reps: reps, dice: &dice)
                    changedAt.append(index)
                }
            }
            guard let updated = desk.updating(reviews: reviews, changedAt: changedAt) else {
                Issue.record("no update for a longer list")
                return
            }
            desk = updated
            let fresh = CoachDesk(deals: team.deals, reviews: reviews, today: Self.asOf)
            // Compared first, so a failure names the round instead of printing two desks.
            let knowsTheSame = desk.knowsTheSame(as: fresh), sameQueue = desk.queue() == fresh.queue()
            let deal = team.deals[dice.next(team.deals.count)].id
            let sameBrief = desk.brief(dealID: deal) == fresh.brief(dealID: deal)
            #expect(knowsTheSame, "seed \(seed), round \(round)")
            #expect(sameQueue, "seed \(seed), round \(round)")
            #expect(sameBrief, "seed \(seed), round \(round), \(deal)")
            if !(knowsTheSame && sameQueue && sameBrief) { return }
        }
    }

    @Test func aShorterListIsNoUpdate() {
        let team = DemoTeam(.init(deals: 20, reviews: 10, seed: 1, asOf: Self.asOf))
        let desk = CoachDesk(deals: team.deals, reviews: team.reviews, today: Self.asOf)
        #expect(desk.updating(reviews: Array(team.reviews.dropLast()), changedAt: []) == nil)
    }
}
