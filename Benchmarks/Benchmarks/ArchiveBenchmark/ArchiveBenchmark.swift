import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// The archive size, made in memory by the demo generator (`debrief demo --deals 20000
/// --reviews 20000` writes the same records): full-text search in the reviews browser must
/// answer in under 50 ms, the Patterns view must render in under 100 ms.
private let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)
private let archive = DemoTeam(.init(deals: 20_000, reviews: 20_000, seed: 1, asOf: asOf))
/// The same 20,000 reviews among five times as many closed deals (`--deals 100000 --reviews 20000`).
private let bigPipeline = DemoTeam(.init(deals: 100_000, reviews: 20_000, seed: 1, asOf: asOf))
private let theme = Theme.fallback
private let size = (width: 120, height: 40)

private func render(_ browser: ReviewsBrowserState) -> Screen {
    var screen = Screen(width: size.width, height: size.height)
    ReviewsBrowserView.render(browser, theme: theme, into: &screen, area: screen.bounds)
    return screen
}

private func render(_ patterns: PatternsViewState) -> Screen {
    var screen = Screen(width: size.width, height: size.height)
    PatternsView.render(patterns, theme: theme, into: &screen, area: screen.bounds)
    return screen
}

/// Keys as typed: `/`, each letter of `query`, Enter.
private func typing(_ query: String) -> [Key] {
    [.char("/")] + query.map { Key.char($0) } + [.enter]
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(20),
        maxIterations: 50
    )
    var loaded = ReviewsBrowserState(today: asOf)
    loaded.load(reviews: archive.reviews, deals: archive.deals)
    let browser = loaded

    Benchmark("Search 20,000 reviews for \"mutual\" (archive only)") { benchmark in
        let filter = ReviewFilter(search: "mutual")
        for _ in benchmark.scaledIterations {
            blackHole(browser.archive.matching(filter, today: asOf))
        }
    }

    Benchmark("Search 20,000 reviews for \"pricing\" and render the browser (120x40)") { benchmark in
        for _ in benchmark.scaledIterations {
            var state = browser
            state.setFilter(ReviewFilter(search: "pricing"))
            blackHole(render(state))
        }
    }

    Benchmark("Type \"/mutual⏎\" in the browser, 20,000 reviews: 8 keys, each searched and rendered") { benchmark in
        let keys = typing("mutual")
        for _ in benchmark.scaledIterations {
            var state = browser
            for key in keys {
                _ = state.handle(key, visibleRows: 34)
                blackHole(render(state))
            }
            precondition(state.filter.search == "mutual")
        }
    }

    Benchmark("Patterns view, 20,000 deals and 20,000 reviews: report, layout, render (120x40)") { benchmark in
        for _ in benchmark.scaledIterations {
            var state = PatternsViewState(today: asOf)
            state.load(deals: archive.deals, reviews: archive.reviews)
            blackHole(render(state))
        }
    }

    Benchmark("Patterns view, 100,000 deals and 20,000 reviews: report, layout, render (120x40)") { benchmark in
        for _ in benchmark.scaledIterations {
            var state = PatternsViewState(today: asOf)
            state.load(deals: bigPipeline.deals, reviews: bigPipeline.reviews)
            blackHole(render(state))
        }
    }

    Benchmark("Reviews archive index, 20,000 reviews: rows, folded text, rep names") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ReviewArchive(reviews: archive.reviews, deals: archive.deals))
        }
    }

    Benchmark("All four archive views built (the first 2–5 key after a load), 20,000 reviews") { benchmark in
        let data = AppData(deals: archive.deals, reviews: archive.reviews)
        for _ in benchmark.scaledIterations {
            var views = ArchiveViews(today: asOf)
            views.load(data)
            blackHole(views)
        }
    }

    Benchmark("Patterns view, 20,000 reviews: scroll a page and render (report already built)") { benchmark in
        var state = PatternsViewState(today: asOf)
        state.load(deals: archive.deals, reviews: archive.reviews)
        let area = Rect(x: 0, y: 0, width: size.width, height: size.height)
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
            state.apply(iteration % 2 == 0 ? .pageDown : .pageUp, area: area)
            blackHole(render(state))
        }
    }
}
