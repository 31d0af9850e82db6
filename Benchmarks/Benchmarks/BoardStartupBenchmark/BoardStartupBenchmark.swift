import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// The board's start-up target: from the data on disk to the first full frame, as `debrief` does it
/// (load through the record index, build the app state, render the whole 120x40 screen). Process
/// start itself (dynamic linking, argument parsing) is measured by compare-python.sh on the binary.
/// Data: $DEBRIEF_BENCH_10K and $DEBRIEF_BENCH_100K, made with
/// `debrief demo --dir DIR --deals 10000 --reviews 2000` and `--deals 100000 --reviews 20000`.
private func firstFrame(_ store: RecordStore, index: RecordIndex) -> Screen {
    let workspace = Workspace.load(from: store, index: index)
    var data = AppData(deals: workspace.deals, problems: workspace.problems, questions: workspace.questions)
    // As `debrief` does: the board needs only the reviews' headlines, the whole reviews wait for first use.
    data.loadedReviews = workspace.loadedReviews
    let state = AppState(width: 120, height: 40, theme: Theme.fallback, dataLabel: store.root.path, data: data,
                         today: Day(iso: "2026-11-28")!)
    return DebriefApp.render(state)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(120),
        maxIterations: 10
    )
    for (label, variable) in [("10k", "DEBRIEF_BENCH_10K"), ("100k", "DEBRIEF_BENCH_100K")] {
        guard let path = ProcessInfo.processInfo.environment[variable] else { continue }
        let dir = URL(fileURLWithPath: path)
        let store = RecordStore(root: dir)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-board-\(label)", isDirectory: true)
        let index = RecordIndex(dataDirectory: dir, cacheDirectory: cache)
        Benchmark("First board frame \(label), warm (record index present)") { benchmark in
            _ = index.load(from: store)
            benchmark.startMeasurement()
            blackHole(firstFrame(store, index: index))
        }
        Benchmark("First board frame \(label), cold (no record index)", configuration: .init(maxIterations: 3)) { benchmark in
            try? FileManager.default.removeItem(at: index.file)
            benchmark.startMeasurement()
            blackHole(firstFrame(store, index: index))
        }
    }
}
