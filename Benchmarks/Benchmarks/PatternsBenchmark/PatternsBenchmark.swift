import Benchmark
import DebriefCore
import Foundation

/// The data `debrief demo --deals 10000 --reviews 2000` writes, made in memory (same generator, same seed).
private let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)
private let demo = DemoTeam(.init(deals: 10_000, reviews: 2_000, seed: 1, asOf: asOf))
/// The archive size for search: 20,000 reviews.
private let bigArchive = DemoTeam(.init(deals: 20_000, reviews: 20_000, seed: 1, asOf: asOf))

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(30),
        maxIterations: 20
    )

    Benchmark("Patterns report, 10,000 deals and 2,000 reviews (all time)") { benchmark in
        let report = PatternsReport(deals: demo.deals, reviews: demo.reviews, today: asOf)
        blackHole(report)
        precondition(report.scope.deals == 10_000)
    }

    Benchmark("Patterns report, one rep, last 90 days") { benchmark in
        let filter = DealFilter(period: .last90, rep: "Lena Vogt")
        blackHole(PatternsReport(deals: demo.deals, reviews: demo.reviews, filter: filter, today: asOf))
    }

    Benchmark("Playbook from 2,000 reviews") { benchmark in
        blackHole(Playbook(reviews: demo.reviews, deals: demo.deals))
    }

    Benchmark("Review archive index, 20,000 reviews") { benchmark in
        blackHole(ReviewArchive(reviews: bigArchive.reviews, deals: bigArchive.deals))
    }

    Benchmark("Full-text search across 20,000 reviews") { benchmark in
        let archive = ReviewArchive(reviews: bigArchive.reviews, deals: bigArchive.deals)
        let filter = ReviewFilter(search: "reference call cfo")
        benchmark.startMeasurement()
        let hits = archive.matching(filter, today: asOf)
        benchmark.stopMeasurement()
        blackHole(hits)
    }
}
