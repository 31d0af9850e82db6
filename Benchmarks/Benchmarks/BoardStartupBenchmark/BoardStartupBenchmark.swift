import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// Process start to first board frame, minus process start: load the workspace (cold = no record
/// index, warm = index present), build the board's index and columns, render a 120x40 frame.
/// Data as in RecordIndexBenchmark: $DEBRIEF_BENCH_10K, $DEBRIEF_BENCH_100K.
private func firstFrame(_ store: RecordStore, index: RecordIndex) -> Screen {
    let workspace = Workspace.load(from: store, index: index)
    var board = BoardState(today: Day(iso: "2026-11-28")!)
    board.load(deals: workspace.deals, reviews: workspace.reviews)
    var screen = Screen(width: 120, height: 40)
    BoardView.render(board, theme: Theme.fallback, into: &screen, area: Rect(x: 0, y: 0, width: 120, height: 40))
    return screen
}

private func data(_ variable: String) -> URL? {
    ProcessInfo.processInfo.environment[variable].map { URL(fileURLWithPath: $0) }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(120),
        maxIterations: 5
    )
    for (label, variable) in [("10k", "DEBRIEF_BENCH_10K"), ("100k", "DEBRIEF_BENCH_100K")] {
        guard let dir = data(variable) else { continue }
        let store = RecordStore(root: dir)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-board-\(label)", isDirectory: true)
        let index = RecordIndex(dataDirectory: dir, cacheDirectory: cache)
        Benchmark("First board frame \(label), cold (no record index)") { benchmark in
            try? FileManager.default.removeItem(at: index.file)
            benchmark.startMeasurement()
            blackHole(firstFrame(store, index: index))
        }
        Benchmark("First board frame \(label), warm (record index present)") { benchmark in
            _ = index.load(from: store)
            benchmark.startMeasurement()
            blackHole(firstFrame(store, index: index))
        }
    }
}
