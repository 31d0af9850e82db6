import Benchmark
import DebriefCore
import Foundation

/// 10,000 closed deals in the HubSpot shape, made in code so the benchmark needs no fixture.
private let tenThousandRows: Data = {
    var text = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Pipeline,Deal Type,Closed Won Reason,Closed Lost Reason,Create Date\r\n"
    let owners = ["Priya Raman", "Marcus Oyelaran", "Lena Vogt", "Tomás Herrera", "Kenji Watanabe", "Dana Whitfield"]
    for index in 0..<10_000 {
        let won = index % 3 != 0
        let day = 1 + index % 28
        let month = 1 + index % 12
        text += "\(900_000 + index),Account \(index) - Project \(index % 7),\(won ? "Closed Won" : "Closed Lost"),"
        text += "\"\(1_000 + index * 7),\(index % 100)\",2026-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day) 10:00,"
        text += "\(owners[index % owners.count]),Sales Pipeline,newbusiness,"
        text += won ? "Fast onboarding; exec sponsor,," : ",\"Price: competitor cheaper, \"\"good enough\"\"\","
        text += "2025-12-01 09:00\r\n"
    }
    return Data(text.utf8)
}()

private func temporaryStore() -> (RecordStore, URL) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-\(UUID().uuidString)")
    return (RecordStore(root: url), url)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        maxDuration: .seconds(60),
        maxIterations: 5
    )

    Benchmark("Import 10,000 rows into an empty data directory") { benchmark in
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(tenThousandRows, named: "bench.csv")
        benchmark.stopMeasurement()
        precondition(report.added.count == 10_000, "expected 10,000 added: \(report.summary)")
    }

    Benchmark("Re-import the same 10,000 rows (all unchanged)") { benchmark in
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        _ = try DealImporter(store: store).importData(tenThousandRows, named: "bench.csv")
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(tenThousandRows, named: "bench.csv")
        benchmark.stopMeasurement()
        precondition(report.unchanged.count == 10_000, "expected 10,000 unchanged: \(report.summary)")
    }

    Benchmark("Parse and plan 10,000 rows (dry run, empty directory)") { benchmark in
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(tenThousandRows, named: "bench.csv", options: ImportOptions(dryRun: true))
        benchmark.stopMeasurement()
        precondition(report.added.count == 10_000, "expected 10,000 to add: \(report.summary)")
    }
}
