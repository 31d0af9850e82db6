import Foundation
import Testing

/// A batched import keeps a chunk's lock files open until the chunk is renamed into place. Under the
/// usual default limit of open files (1,024 on Linux, 256 on macOS) every deal must still import:
/// chunks shrink to fit instead of failing the last deals with "Too many open files".
@Suite struct ImportOpenFileLimitTests {
    @Test func aLowOpenFileLimitStillImportsEveryDeal() throws {
        let scratch = ScratchDirectory()
        try FileManager.default.createDirectory(at: scratch.url, withIntermediateDirectories: true)
        var csv = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner\n"
        for index in 0..<300 {
            csv += "\(5000 + index),Account \(index) - Pilot,\(index % 3 == 0 ? "Closed Lost" : "Closed Won"),\(1000 + index),2026-10-\(10 + index % 18),Priya Raman\n"
        }
        let file = scratch.file("crm.csv")
        try Data(csv.utf8).write(to: file)
        let data = scratch.file("data")
        // The shell lowers the limit for the binary alone, not for the test process.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -n 64 && exec \"$0\" \"$@\"", try DebriefProcess.binary.path,
                             "import", file.path, "--data-dir", data.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("added 300, updated 0, unchanged 0, skipped 0 open, rejected 0"), "\(output)")
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("deals").path)
        #expect(files.filter { $0.hasSuffix(".json") }.count == 300)
        #expect(!files.contains { $0.hasSuffix(".lock") })
    }
}
