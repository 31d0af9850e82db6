import Benchmark
import DebriefCore
import Foundation

/// Start-up's data half: loading every deal and review, without and with the record index.
/// Data: $DEBRIEF_BENCH_10K (else a 10,000-deal demo team written once to a temp folder) and, if set,
/// $DEBRIEF_BENCH_100K (make it with `debrief demo --dir DIR --deals 100000 --reviews 20000 --as-of 2026-11-28`).
enum BenchData {
    static let tenThousand: URL = {
        if let path = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_10K"] { return URL(fileURLWithPath: path) }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-10k", isDirectory: true)
        if !FileManager.default.fileExists(atPath: url.appendingPathComponent("deals").path) {
            try? DemoTeam(.init(deals: 10_000, reviews: 2_000, seed: 1, asOf: Day(iso: "2026-11-28")!)).write(to: url)
        }
        return url
    }()

    static let hundredThousand: URL? = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_100K"].map { URL(fileURLWithPath: $0) }

    static func index(for data: URL, label: String) -> RecordIndex {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-cache-\(label)", isDirectory: true)
        return RecordIndex(dataDirectory: data, cacheDirectory: cache)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    var sets = [("10k", BenchData.tenThousand)]
    if let big = BenchData.hundredThousand { sets.append(("100k", big)) }
    for (label, data) in sets {
        let store = RecordStore(root: data)
        Benchmark("Load \(label): every file parsed (RecordStore.loadAll)") { _ in
            blackHole(Workspace.load(from: store))
        }
        Benchmark("Load \(label): record index cold (none on disk, then written)") { benchmark in
            let index = BenchData.index(for: data, label: "cold-\(label)")
            try? FileManager.default.removeItem(at: index.file)
            benchmark.startMeasurement()
            blackHole(Workspace.load(from: store, index: index))
        }
        Benchmark("Load \(label): record index warm (nothing changed)") { benchmark in
            let index = BenchData.index(for: data, label: "warm-\(label)")
            _ = index.load(from: store)
            benchmark.startMeasurement()
            let load = index.load(from: store)
            benchmark.stopMeasurement()
            precondition(load.filesRead == 0 || load.indexIgnored != nil, "warm load read \(load.filesRead) files")
        }
    }
}
