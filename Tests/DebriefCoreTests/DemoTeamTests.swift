import DebriefCore
import Foundation
import Testing

@Suite struct DemoTeamTests {
    let asOf = Day(iso: "2026-11-28")!

    private func bytes(of dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for folder in ["deals", "reviews"] {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path) {
                result["\(folder)/\(name)"] = FileManager.default.contents(atPath: dir.appendingPathComponent(folder).appendingPathComponent(name).path)
            }
        }
        return result
    }

    @Test func sameSeedSameBytes() throws {
        let a = TemporaryDirectory(), b = TemporaryDirectory()
        try DemoTeam(.init(seed: 42, asOf: asOf)).write(to: a.url)
        try DemoTeam(.init(seed: 42, asOf: asOf)).write(to: b.url)
        let first = try bytes(of: a.url)
        #expect(first.count == 96 + 14)
        #expect(first == (try bytes(of: b.url)))
    }

    @Test func anotherSeedAnotherTeam() {
        #expect(DemoTeam(.init(seed: 1, asOf: asOf)).deals != DemoTeam(.init(seed: 2, asOf: asOf)).deals)
    }

    @Test func theDefaultTeamLooksLikeARealTeam() {
        let team = DemoTeam(.init(asOf: asOf))
        #expect(Set(team.deals.map(\.owner)).count == 6)
        #expect((60...120).contains(team.deals.count))
        #expect(Set(team.deals.map(\.outcome)) == Set(Outcome.allCases))
        #expect(Set(team.reviews.map(\.status)) == Set(ReviewStatus.allCases))
        #expect(team.deals.allSatisfy { $0.closeDate <= asOf && $0.closeDate > asOf.adding(days: -366) })
        #expect(team.deals.allSatisfy { $0.validationProblems().isEmpty })
        #expect(team.deals.contains { $0.account.unicodeScalars.contains { $0.value >= 0x3040 && $0.value <= 0x9FFF } })
        #expect(team.deals.contains { $0.notes.unicodeScalars.contains { $0.properties.isEmojiPresentation } })
        let dealIDs = Set(team.deals.map(\.id))
        #expect(team.reviews.allSatisfy { dealIDs.contains($0.dealId) })
        #expect(Set(team.reviews.map(\.dealId)).count == team.reviews.count)
        let completed = team.reviews.filter { $0.status == .completed }
        #expect(completed.allSatisfy { !$0.factors.isEmpty && !$0.actionItems.isEmpty && $0.completedAt != nil })
        #expect(team.reviews.filter { $0.status == .scheduled }.allSatisfy { $0.answers.allSatisfy { $0.prepAnswer.isEmpty && $0.notes.isEmpty } })
        // A review left half done has the time its first sitting took: a manager resuming it sees
        // "09:30 / 30:00", not a clock starting from nothing ("—" in `debrief reviews`).
        let halfDone = team.reviews.filter { $0.status == .inProgress }
        #expect(!halfDone.isEmpty)
        #expect(halfDone.allSatisfy { (1..<($0.plannedMinutes * 60)).contains($0.spentSeconds ?? 0) }, "\(halfDone.map(\.spentSeconds))")
    }

    /// The demo is the first thing a prospective user sees: its figures must read like a real team's.
    @Test func theDemoTeamIsBelievable() {
        let team = DemoTeam(.init(deals: 400, reviews: 120, seed: 7, asOf: asOf))
        let factors = team.reviews.flatMap(\.factors)
        #expect(factors.count > 50)
        // One sentence, one cause: never the same text filed under three causes.
        let causes = Dictionary(grouping: factors, by: \.text).mapValues { Set($0.map(\.cause)) }
        #expect(causes.values.allSatisfy { $0.count == 1 }, "\(causes.filter { $0.value.count > 1 })")
        #expect(team.reviews.allSatisfy { Set($0.factors.map(\.text)).count == $0.factors.count }, "no factor twice in one review")
        // A factor naming a buyer, a visit or a CRM fact is not all "rep's belief", nor all fact.
        let evidence = Set(factors.map(\.evidence))
        #expect(evidence == Set(FactorEvidence.allCases))
        // Why buyers decided nothing is not "no decision 61%".
        let stalled = ReasonBreakdown(outcome: .noDecision, deals: team.deals)
        #expect(stalled.categories.count >= 3)
        #expect((stalled.categories.first?.share ?? 1) < 0.5, "\(stalled.categories)")
        // Summaries are headed for what the deal was.
        let deals = Dictionary(uniqueKeysWithValues: team.deals.map { ($0.id, $0) })
        for review in team.reviews where review.status == .completed {
            let prefix = switch deals[review.dealId]?.outcome { case .won: "Won: "; case .lost: "Lost: "; default: "No decision: " }
            #expect(review.summary.hasPrefix(prefix), "\(review.summary)")
        }
    }

    @Test func writtenTeamPassesTheCheck() throws {
        let dir = TemporaryDirectory()
        try DemoTeam(.init(deals: 200, reviews: 50, seed: 3, asOf: asOf)).write(to: dir.url)
        let report = DataCheck.run(on: RecordStore(root: dir.url))
        #expect(report.problems.isEmpty)
        #expect(report.dealCount == 200)
        #expect(report.reviewCount == 50)
    }
}
