import DebriefCore
import Foundation
import Testing

/// The board's header must agree with `debrief deals` for the same filter: one definition of
/// "what is on screen", two ways to look at it.
@Suite struct BoardParityTests {
    let environment = ["DEBRIEF_TODAY": "2026-11-28"]

    private func headerNumbers(_ dir: ScratchDirectory, keys: String) throws -> String {
        let snapshot = try DebriefProcess.run(["snapshot", "--data-dir", dir.path, "--size", "120x40", "--keys", keys], environment: environment)
        #expect(snapshot.status == 0, "\(snapshot.stderr)")
        return snapshot.stdout.split(separator: "\n", omittingEmptySubsequences: false)[2].trimmingCharacters(in: .whitespaces)
    }

    private func listed(_ dir: ScratchDirectory, _ arguments: [String]) throws -> [Deal] {
        let result = try DebriefProcess.run(["deals", "--data-dir", dir.path, "--json"] + arguments, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        return try RecordCoding.decoder().decode([Deal].self, from: Data(result.stdout.utf8))
    }

    private func expectedLine(_ deals: [Deal], dir: ScratchDirectory) throws -> String {
        let completed = Set(RecordStore(root: dir.url).loadAll(Review.self).records.filter { $0.status == .completed }.map(\.dealId))
        let summary = PipelineSummary(deals: deals, completedReviewDealIDs: completed)
        func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        return "Won \(summary.wins) · Lost \(summary.losses) · No dec. \(summary.noDecisions) │ Win \(percent(summary.winRateByCount))"
            + " (\(percent(summary.winRateByValue)) by value)"
    }

    @Test func defaultBoardMatchesTheLast90Days() throws {
        let dir = ScratchDirectory()
        let demo = try DebriefProcess.run(["demo", "--dir", dir.path, "--deals", "300", "--reviews", "60", "--as-of", "2026-11-28"])
        #expect(demo.status == 0)
        let deals = try listed(dir, ["--period", "90d"])
        #expect(!deals.isEmpty)
        let header = try headerNumbers(dir, keys: "")
        #expect(header.hasPrefix(try expectedLine(deals, dir: dir)), "\(header)")
        #expect(header.hasSuffix("Reviewed \(PipelineSummary(deals: deals, completedReviewDealIDs: Set(RecordStore(root: dir.url).loadAll(Review.self).records.filter { $0.status == .completed }.map(\.dealId))).reviewed)/\(deals.count)"))
    }

    @Test func searchAndPeriodMatchTheSameFilterOnTheCommandLine() throws {
        let dir = ScratchDirectory()
        _ = try DebriefProcess.run(["demo", "--dir", dir.path, "--deals", "300", "--reviews", "60", "--as-of", "2026-11-28"])
        // p p p: 90 → 180 → 365 → quarter
        let deals = try listed(dir, ["--period", "quarter", "--search", "lena"])
        #expect(!deals.isEmpty)
        let header = try headerNumbers(dir, keys: "p p p / l e n a Enter")
        #expect(header.hasPrefix(try expectedLine(deals, dir: dir)), "\(header)")
        // Competitors in the picker, sorted: Corvid Analytics, In-house build, Lumio, …
        let lumio = try listed(dir, ["--period", "all", "--competitor", "lumio"])
        #expect(!lumio.isEmpty && lumio.allSatisfy { $0.competitors.contains("Lumio") })
        let lumioHeader = try headerNumbers(dir, keys: "p p p p c j j j Enter")
        #expect(lumioHeader.hasPrefix(try expectedLine(lumio, dir: dir)), "\(lumioHeader)")
    }
}
