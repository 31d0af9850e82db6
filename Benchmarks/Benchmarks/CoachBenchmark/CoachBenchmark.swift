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
        state.load(deals: team.deals, reviews: team.reviews)
        var screen = Screen(width: 120, height: 40)
        ReviewQueueView.render(state, theme: .fallback, into: &screen, area: Rect(x: 0, y: 1, width: 120, height: 38))
        blackHole(screen)
    }

    queueKeyBenchmarks()
}

/// The app on the queue view (6) at 120x40, the whole archive built, as a manager has it open.
private func appOnTheQueue() -> AppState {
    var state = AppState(width: 120, height: 40, theme: .fallback, dataLabel: "bench", data: AppData(deals: team.deals, reviews: team.reviews), today: asOf)
    _ = DebriefApp.update(&state, .key(.char("6")))
    return state
}

/// A data change while the queue shows: the open review of a queued deal, completed elsewhere (a
/// teammate's save, a sync), so the deal leaves the queue and the screen must show it gone.
private let completedElsewhere: Review = {
    let queued = appOnTheQueue().archive.queue.entries.first { $0.reviewId != nil }
    guard let id = queued?.reviewId, var review = team.reviews.first(where: { $0.id == id }) else { preconditionFailure("no open review in the queue") }
    review.status = .completed
    review.completedAt = asOf.startDate
    review.revision += 1
    return review
}()

let queueKeyBenchmarks: @Sendable () -> Void = {
    // Each sample: a review saved elsewhere arrives (`.reviewSaved`) and is drawn, then the next key
    // (j) and its frame: what a key typed just after a data change waits for. Setup is outside.
    Benchmark("Queue view: a review completed elsewhere arrives, then j, each drawn at 120x40") { benchmark in
        var state = appOnTheQueue()
        var screen = Screen(width: 120, height: 40)
        benchmark.startMeasurement()
        _ = DebriefApp.update(&state, .reviewSaved(ReviewSaver.Outcome(saved: completedElsewhere, overlaps: [], mergedOtherSession: true)))
        DebriefApp.render(state, into: &screen)
        _ = DebriefApp.update(&state, .key(.char("j")))
        DebriefApp.render(state, into: &screen)
        benchmark.stopMeasurement()
        precondition(!state.archive.queue.entries.prefix(50).contains { $0.reviewId == completedElsewhere.id })
        blackHole(screen)
    }
    // The same change brought by a reload (Ctrl-R, or the reload after a sync that pulled it).
    Benchmark("Queue view: a reload with one review changed arrives, then j, each drawn at 120x40") { benchmark in
        var state = appOnTheQueue()
        var data = state.data
        if let index = data.reviews.firstIndex(where: { $0.id == completedElsewhere.id }) { data.reviews[index] = completedElsewhere }
        var screen = Screen(width: 120, height: 40)
        benchmark.startMeasurement()
        _ = DebriefApp.update(&state, .loaded(data))
        DebriefApp.render(state, into: &screen)
        _ = DebriefApp.update(&state, .key(.char("j")))
        DebriefApp.render(state, into: &screen)
        benchmark.stopMeasurement()
        blackHole(screen)
    }
    // A key with no data change before it, for comparison.
    Benchmark("Queue view: j, drawn at 120x40") { benchmark in
        var state = appOnTheQueue()
        var screen = Screen(width: 120, height: 40)
        benchmark.startMeasurement()
        _ = DebriefApp.update(&state, .key(.char("j")))
        DebriefApp.render(state, into: &screen)
        benchmark.stopMeasurement()
        blackHole(screen)
    }
}
