import DebriefCore
import Foundation
import Testing

/// Past reviews in a real terminal: search the archive, open a review, compare two side by side,
/// then export the playbook from the command line.
@Suite("Archive end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct ArchiveE2ETests {
    @Test func searchOpenCompareAndExportThePlaybook() throws {
        let tmux = try TmuxHarness(width: 120, height: 40, deals: 60, reviews: 20, asOf: "2026-11-28")
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the board") { $0.contains("┏ WON (") }

        tmux.send("2")
        _ = try tmux.waitFor("the reviews browser") { $0.contains("Debrief · Reviews") && $0.contains("Newest first") }
        tmux.send("/")
        tmux.send("-l", "mutual")
        tmux.send("Enter")
        _ = try tmux.waitFor("search results") { $0.contains("mutual") && !$0.contains("Reviews 20 of 20") }

        tmux.send("Enter")
        _ = try tmux.waitFor("the review, read-only on its summary") { $0.contains("Summary") && $0.contains("FACTORS BY CAUSE") }
        tmux.send("q")
        _ = try tmux.waitFor("back in the browser") { $0.contains("Debrief · Reviews") }

        tmux.send("Space", "j", "Space", "v")
        _ = try tmux.waitFor("two reviews side by side") { text in
            text.components(separatedBy: "\n").contains { $0.components(separatedBy: "┐").count >= 3 }
        }
        tmux.sendEscape()
        tmux.send("q")
        _ = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with 0") }

        let export = try DebriefProcess.run(["export", "playbook", "--format", "markdown", "--data-dir", tmux.dataDirectory.path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasPrefix("# "), "\(export.stdout.prefix(200))")
        #expect(export.stdout.contains("Mutual action plan from the first demo"))
    }
}
