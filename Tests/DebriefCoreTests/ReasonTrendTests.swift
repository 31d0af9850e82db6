import DebriefCore
import Foundation
import Testing

/// Why we win and lose, quarter by quarter, counted by hand on a small team.
@Suite struct ReasonTrendTests {
    func deal(_ id: String, _ outcome: Outcome, _ closed: String, _ categories: [ReasonCategory]) -> Deal {
        Deal(id: id, account: "A \(id)", name: "D \(id)", amount: nil, outcome: outcome, closeDate: Day(iso: closed)!, owner: "Lena Vogt",
             reasons: categories.map { DealReason($0, "\($0.label) mattered") })
    }

    @Test func quartersCountEachDealOncePerCategoryAndMarkThinOnes() throws {
        var deals: [Deal] = []
        // 2026 Q2: five wins with a reason (price ×3, one of them twice; champion ×2) and one without.
        deals += [deal("a", .won, "2026-04-02", [.price, .price]), deal("b", .won, "2026-05-10", [.price, .champion]),
                  deal("c", .won, "2026-06-30", [.price]), deal("d", .won, "2026-04-15", [.champion]),
                  deal("e", .won, "2026-05-01", [.features]), deal("f", .won, "2026-05-02", [])]
        // 2026 Q3: nothing won. 2026 Q4: two wins (thin).
        deals += [deal("g", .won, "2026-10-01", [.champion]), deal("h", .won, "2026-11-20", [.champion, .price])]
        // Losses never count toward why we win.
        deals += [deal("x", .lost, "2026-05-05", [.price]), deal("y", .noDecision, "2026-05-06", [.timing])]
        let trend = ReasonTrend(outcome: .won, deals: deals)
        #expect(trend.categories == [.price, .champion, .features], "most common over the span first: price 4, champion 4 (tie in category order), features 1")
        #expect(trend.quarters.map(\.label) == ["2026 Q2", "2026 Q3", "2026 Q4"], "no gaps: an empty quarter is shown")
        let q2 = trend.quarters[0], q3 = trend.quarters[1], q4 = trend.quarters[2]
        #expect(q2.deals == 6 && q2.dealsWithReasons == 5 && q2.counts == [3, 2, 1] && !q2.isTooThin)
        #expect(q2.share(0) == 0.6)
        #expect(q3.deals == 0 && q3.counts == [0, 0, 0] && q3.isTooThin)
        #expect(q4.deals == 2 && q4.counts == [1, 2, 0] && q4.isTooThin)
        #expect(ReasonTrend(outcome: .lost, deals: deals).quarters.map(\.counts) == [[1]])
    }

    @Test func atMostTheLatestQuartersAndCategories() {
        var deals: [Deal] = []
        for (index, month) in stride(from: 1, through: 30, by: 3).enumerated() {
            let year = 2024 + (month - 1) / 12, inYear = (month - 1) % 12 + 1
            deals.append(deal("q\(index)", .lost, String(format: "%04d-%02d-15", year, inYear), ReasonCategory.allCases))
        }
        let trend = ReasonTrend(outcome: .lost, deals: deals)
        #expect(trend.quarters.count == ReasonTrend.maximumQuarters)
        #expect(trend.quarters.last?.label == "2026 Q2")
        #expect(trend.categories.count == ReasonTrend.maximumCategories)
    }
}
