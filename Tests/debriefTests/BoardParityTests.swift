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

    /// The header's counts and rates for `deals`, in the 120-column forms ("No dec." or "ND", "by value"
    /// or "value" depending on what fits), plus the note on deals left out of the value figures.
    private func expectHeader(_ header: String, matches deals: [Deal], dir: ScratchDirectory) throws {
        let completed = Set(RecordStore(root: dir.url).loadAll(Review.self).records.filter { $0.status == .completed }.map(\.dealId))
        let summary = PipelineSummary(deals: deals, completedReviewDealIDs: completed)
        func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–" }
        let rate = percent(summary.winRateByCount), valueRate = percent(summary.winRateByValue)
        let forms = [
            "Won \(summary.wins) · Lost \(summary.losses) · No dec. \(summary.noDecisions) │ Win \(rate) of \(summary.closed) (\(valueRate) by value)",
            "Won \(summary.wins) · Lost \(summary.losses) · ND \(summary.noDecisions) │ Win \(rate) of \(summary.closed) (\(valueRate) value)",
        ]
        #expect(forms.contains { header.hasPrefix($0) }, "\(header)")
        // The count may be followed by the queue's key, "(w queue)", where it fits.
        #expect(header.hasSuffix("Reviewed \(summary.reviewed)/\(deals.count)") || header.hasSuffix("Reviewed \(summary.reviewed)/\(deals.count) (w queue)"),
                "\(header)")
        if summary.otherCurrencyDeals > 0 {
            #expect(header.contains("(\(summary.otherCurrencyDeals) not \(summary.currency ?? ""))"), "\(header)")
        } else {
            #expect(!header.contains(" not "), "\(header)")
        }
    }

    @Test func defaultBoardMatchesTheLast90Days() throws {
        let dir = ScratchDirectory()
        let demo = try DebriefProcess.run(["demo", "--dir", dir.path, "--deals", "300", "--reviews", "60", "--as-of", "2026-11-28"])
        #expect(demo.status == 0)
        let deals = try listed(dir, ["--period", "90d"])
        #expect(!deals.isEmpty)
        let header = try headerNumbers(dir, keys: "")
        try expectHeader(header, matches: deals, dir: dir)
    }

    @Test func searchAndPeriodMatchTheSameFilterOnTheCommandLine() throws {
        let dir = ScratchDirectory()
        _ = try DebriefProcess.run(["demo", "--dir", dir.path, "--deals", "300", "--reviews", "60", "--as-of", "2026-11-28"])
        // p p p: 90 → 180 → 365 → quarter
        let deals = try listed(dir, ["--period", "quarter", "--search", "lena"])
        #expect(!deals.isEmpty)
        let header = try headerNumbers(dir, keys: "p p p / l e n a Enter")
        try expectHeader(header, matches: deals, dir: dir)
        // Competitors in the picker, sorted: Corvid Analytics, In-house build, Lumio, …
        let lumio = try listed(dir, ["--period", "all", "--competitor", "lumio"])
        #expect(!lumio.isEmpty && lumio.allSatisfy { $0.competitors.contains("Lumio") })
        let lumioHeader = try headerNumbers(dir, keys: "p p p p c j j j Enter")
        try expectHeader(lumioHeader, matches: lumio, dir: dir)
    }
}
