import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The first-run screen's import command (#19 item 8): with a data directory too long for the box,
/// the command is drawn whole under it, from the first column, in shell lines that select and
/// paste as the one command (before, the path was cut with "…" inside the box).
@Suite struct FirstRunCommandTests {
    static let longPath = "/home/dana.whitfield/Library/Application Support/debrief/teams/emea-enterprise-sales/win-loss-reviews/fiscal-2026/shared-with-the-regional-leads"

    static func screen(_ width: Int, _ height: Int, path: String = longPath) -> Screen {
        var state = AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: path, data: AppData(deals: [], reviews: []))
        state.dataDirectory = path
        return DebriefApp.render(state)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func aLongDataDirectoryIsNeverCut(width: Int, height: Int) throws {
        let screen = Self.screen(width, height)
        assertGolden(screen, named: "board-first-run-long-path-\(width)x\(height)")
        let command = Self.commandLines(screen)
        #expect(command.count > 1, "\(screen.plainText)")
        #expect(command.allSatisfy { DisplayWidth.of($0) <= width })
        // The lines as a shell reads them: the continuations go, the path is whole.
        #expect(try Self.shellWords(command) == ["import", "deals.csv", "--data-dir", Self.longPath])
    }

    @Test func theLinesPastedIntoAShellAreTheOneCommand() throws {
        let path = "/tmp/it's a folder/" + String(repeating: "very-long-name-", count: 9) + "end"
        let lines = BoardFirstRun.commandLines(dataDirectory: path, width: 40)
        #expect(lines.count > 3 && lines.allSatisfy { DisplayWidth.of($0) <= 40 }, "\(lines)")
        #expect(try Self.shellWords(lines) == ["import", "deals.csv", "--data-dir", path])
    }

    /// The arguments `sh` gives `debrief` when it reads `lines` (a function that prints them, one a line).
    static func shellWords(_ lines: [String]) throws -> [String] {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "debrief() { printf '%s\\n' \"$@\"; }\n" + lines.joined(separator: "\n")]
        let output = Pipe()
        shell.standardOutput = output
        try shell.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func aShortDataDirectoryStaysOnOneLineInTheBox() {
        let text = Self.screen(120, 40, path: "/srv/debrief").plainText
        #expect(text.contains("┃   debrief import deals.csv --data-dir /srv/debrief"), "\(text)")
        #expect(!text.contains("under this box"))
    }

    /// The rows from the one starting the command to the one that does not end in a continuation.
    static func commandLines(_ screen: Screen) -> [String] {
        let rows = (0..<screen.height).map { screen.text(ofRow: $0) }
        guard let first = rows.firstIndex(where: { $0.hasPrefix("debrief import") }) else { return [] }
        var lines: [String] = []
        for row in rows[first...] {
            lines.append(row)
            if !row.hasSuffix("\\") { break }
        }
        return lines
    }
}
