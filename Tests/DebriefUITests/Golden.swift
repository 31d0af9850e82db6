import Foundation
import Testing
@testable import DebriefUI

/// Compares a screen's plain text with `Goldens/<name>.txt` beside this file.
///
/// To record or update goldens, run the tests with `DEBRIEF_RECORD_GOLDENS=1`:
///
///     DEBRIEF_RECORD_GOLDENS=1 swift test --filter DebriefUITests
///
/// then read every changed file under `Tests/DebriefUITests/Goldens/` before committing it. A
/// recording run writes the files and still reports each one as an issue, so it never passes by
/// accident.
func assertGolden(_ screen: Screen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = screen.plainText
    let url = goldenDirectory.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["DEBRIEF_RECORD_GOLDENS"] == "1" {
        do {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded golden \(name).txt; check it by eye, then run again without DEBRIEF_RECORD_GOLDENS.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not write golden \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Missing golden \(name).txt. Record it with DEBRIEF_RECORD_GOLDENS=1 swift test --filter DebriefUITests, then read it before committing.", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "Screen differs from golden \(name).txt:\n\(actual)", sourceLocation: sourceLocation)
}

private let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
