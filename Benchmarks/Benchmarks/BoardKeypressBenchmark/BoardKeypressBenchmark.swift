import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// One key press on the board at 10,000 deals: the state change plus a full 120x40 re-render.
/// Data: $DEBRIEF_BENCH_10K.
private func render(_ board: BoardState) -> Screen {
    var screen = Screen(width: 120, height: 40)
    BoardView.render(board, theme: Theme.fallback, into: &screen, area: Rect(x: 0, y: 0, width: 120, height: 40))
    return screen
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(20),
        maxIterations: 2_000
    )
    guard let path = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_10K"] else { return }
    let workspace = Workspace.load(from: RecordStore(root: URL(fileURLWithPath: path)))
    var loaded = BoardState(today: Day(iso: "2026-11-28")!)
    loaded.load(deals: workspace.deals, reviews: workspace.reviews)
    let board = loaded

    Benchmark("Key j (move down) + re-render, 10k deals") { benchmark in
        var state = board
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            state.apply(.moveDown, visibleRows: 34)
            blackHole(render(state))
        }
    }
    Benchmark("Key p (next period filter) + re-render, 10k deals") { benchmark in
        var state = board
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            state.apply(.cyclePeriod, visibleRows: 34)
            blackHole(render(state))
        }
    }
    Benchmark("Search keystroke (\"ac\" → \"acm\") + re-render, 10k deals") { benchmark in
        var state = board
        state.setSearch("ac")
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
            state.setSearch(iteration % 2 == 0 ? "acm" : "ac")
            blackHole(render(state))
        }
    }
}
