import Benchmark
import DebriefCore
import Foundation

/// Closed deals in the HubSpot shape, made in code so the benchmark needs no fixture.
private func hubspotRows(_ count: Int) -> Data {
    var text = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Pipeline,Deal Type,Closed Won Reason,Closed Lost Reason,Create Date\r\n"
    let owners = ["Priya Raman", "Marcus Oyelaran", "Lena Vogt", "Tomás Herrera", "Kenji Watanabe", "Dana Whitfield"]
    for index in 0..<count {
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
}

/// A Bitrix24 export whose loss reasons and comments are long Russian text (issue 16: classifying
/// such text took 3–6× as long per row as English).
private func russianBitrixRows(_ count: Int) -> Data {
    let reason = String(repeating: "Клиент долго согласовывал бюджет, затем выбрал решение конкурента по более низкой цене; "
        + "руководство отложило проект до следующего года, а ответственный за закупку ушёл из компании. ", count: 3)
    let stages = ["WON", "LOSE", "C2:WON", "C6:LOSE", "APOLOGY"]
    var text = "ID,TITLE,STAGE_ID,OPPORTUNITY,CURRENCY_ID,COMPANY_TITLE,ASSIGNED_BY_ID,CLOSED,CLOSEDATE,DATE_CREATE,LOSS_REASON,COMMENTS\n"
    for index in 0..<count {
        let day = 1 + index % 28, month = 1 + index % 12
        text += "\(index + 1),Сделка номер \(index),\(stages[index % stages.count]),\(1_000 + index),RUB,ООО Компания \(index % 300),"
        text += "\(index % 40),Y,\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month).2026,01.01.2026,\"\(reason)\",\"\(reason)\"\n"
    }
    return Data(text.utf8)
}

private let tenThousandRows = hubspotRows(10_000)

/// A Salesforce export of `count` closed deals written to a temporary file, as `scripts/generate-crm-csv.py`
/// writes them (quoted cells, US dates, a two-line note on every tenth deal), for imports read from disk.
private func salesforceFile(_ count: Int) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-bench-\(UUID().uuidString).csv")
    FileManager.default.createFile(atPath: url.path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: url.path) else { fatalError("cannot write \(url.path)") }
    defer { try? handle.close() }
    let owners = ["Dana Whitfield", "Marcus Oyelaran", "Priya Raman", "Lena Vogt", "Tomás Herrera", "Kenji Watanabe"]
    var text = "\"Opportunity Owner\",\"Account Name\",\"Opportunity Name\",\"Stage\",\"Amount\",\"Close Date\",\"Created Date\","
        + "\"Opportunity ID\",\"Loss Reason\",\"Description\"\r\n"
    for index in 0..<count {
        let won = index % 3 != 0
        let month = 1 + index % 12, day = 1 + index % 28
        let note = index % 10 == 0 ? "Call with the café owner, \"\"good fit\"\".\r\nFollow-up \(index)." : ""
        text += "\"\(owners[index % owners.count])\",\"Account \(index % 5000) GmbH\",\"Account \(index % 5000) - Project \(index)\","
        text += "\"\(won ? "Closed Won" : "Closed Lost")\",\"\(1000 + (index * 37) % 250_000)\",\"\(month)/\(day)/2026\",\"01/01/2026\","
        text += "\"0065g\(String(repeating: "0", count: 10 - String(index).count))\(index)AAA\",\"\(won ? "" : "Price")\",\"\(note)\"\r\n"
        if text.utf8.count > 1 << 20 {
            handle.write(Data(text.utf8))
            text = ""
        }
    }
    handle.write(Data(text.utf8))
    return url
}

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

    // Issue 16: 100,000 rows must take under 10× the 10,000-row time (linear), under 300 MB peak.
    Benchmark("Import 100,000 rows into an empty data directory", configuration: .init(maxIterations: 2)) { benchmark in
        let rows = hubspotRows(100_000)
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(rows, named: "bench.csv")
        benchmark.stopMeasurement()
        precondition(report.added.count == 100_000, "expected 100,000 added: \(report.summary)")
    }

    Benchmark("Parse and plan 100,000 rows (dry run, empty directory)", configuration: .init(maxIterations: 3)) { benchmark in
        let rows = hubspotRows(100_000)
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(rows, named: "bench.csv", options: ImportOptions(dryRun: true))
        benchmark.stopMeasurement()
        precondition(report.added.count == 100_000, "expected 100,000 to add: \(report.summary)")
    }

    // Issue 21 item 12: an import reads its file a piece at a time and writes a batch at a time, so its
    // peak memory grows with the ids it has seen, not with the file. Compare the peak of these two.
    Benchmark("Import 100,000 rows from a file into an empty data directory (streamed)", configuration: .init(maxIterations: 2)) { benchmark in
        let file = salesforceFile(100_000)
        let (store, url) = temporaryStore()
        defer {
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(at: file)
        }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importFile(atPath: file.path)
        benchmark.stopMeasurement()
        precondition(report.added.count == 100_000, "expected 100,000 added: \(report.summary)")
    }

    Benchmark("Parse and plan 400,000 rows from a file (dry run, streamed)", configuration: .init(maxIterations: 2)) { benchmark in
        let file = salesforceFile(400_000)
        let (store, url) = temporaryStore()
        defer {
            try? FileManager.default.removeItem(at: url)
            try? FileManager.default.removeItem(at: file)
        }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importFile(atPath: file.path, options: ImportOptions(dryRun: true))
        benchmark.stopMeasurement()
        precondition(report.added.count == 400_000, "expected 400,000 to add: \(report.summary)")
    }

    Benchmark("Parse and plan 8,000 Bitrix24 rows with long Russian reasons (dry run)") { benchmark in
        let rows = russianBitrixRows(8_000)
        let (store, url) = temporaryStore()
        defer { try? FileManager.default.removeItem(at: url) }
        benchmark.startMeasurement()
        let report = try DealImporter(store: store).importData(rows, named: "bench.csv", options: ImportOptions(dryRun: true))
        benchmark.stopMeasurement()
        precondition(report.added.count == 8_000, "expected 8,000 to add: \(report.summary)")
    }
}
