import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// The coach's desk (issue 20) at the size: 20,000 deals with 20,000 reviews, made in
/// memory by the demo generator (same seed as the archive benchmark). A key press should cost
/// well under 100 ms: the queue, a brief and a rep's progress are each measured, and together.
private let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)
private let team = DemoTeam(.init(deals: 20_000, reviews: 20_000, seed: 1, asOf: asOf))
private let playbook = Playbook(reviews: team.reviews, deals: team.deals)

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 30
    )

    Benchmark("Coach desk index, 20,000 deals + 20,000 reviews") { _ in
        blackHole(CoachDesk(deals: team.deals, reviews: team.reviews, today: asOf))
    }

    Benchmark("Queue: rank every deal without a completed review") { benchmark in
        let desk = CoachDesk(deals: team.deals, reviews: team.reviews, today: asOf)
        benchmark.startMeasurement()
        let queue = desk.queue()
        benchmark.stopMeasurement()
        precondition(!queue.isEmpty)
        blackHole(queue)
    }

    Benchmark("Brief for the top deal (playbook built)") { benchmark in
        let desk = CoachDesk(deals: team.deals, reviews: team.reviews, today: asOf)
        let top = desk.queue(limit: 1)[0].dealId
        benchmark.startMeasurement()
        let brief = desk.brief(dealID: top, playbook: playbook)
        benchmark.stopMeasurement()
        precondition(brief != nil)
        blackHole(brief)
    }

    Benchmark("Rep progress by quarter, one rep") { benchmark in
        let desk = CoachDesk(deals: team.deals, reviews: team.reviews, today: asOf)
        benchmark.startMeasurement()
        blackHole(desk.progress(rep: "Lena Vogt"))
        benchmark.stopMeasurement()
    }

    Benchmark("Together: index + queue + brief + rep progress") { _ in
        let desk = CoachDesk(deals: team.deals, reviews: team.reviews, today: asOf)
        let queue = desk.queue()
        blackHole(desk.brief(dealID: queue[0].dealId, playbook: playbook))
        blackHole(desk.progress(rep: queue[0].rep))
    }

    Benchmark("Queue view: load and render at 120x40") { _ in
        var state = ReviewQueueState(today: asOf)
        state.load(deals: team.deals, reviews: team.reviews, playbook: playbook)
        var screen = Screen(width: 120, height: 40)
        ReviewQueueView.render(state, theme: .fallback, into: &screen, area: Rect(x: 0, y: 1, width: 120, height: 38))
        blackHole(screen)
    }
}
