import DebriefCore
import Foundation
import Testing

/// End-to-end: the real `debrief` binary in a real terminal (tmux), driven by keys.
@Suite("Terminal end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct TerminalE2ETests {
    @Test func drawsResizesShowsHelpQuitsAndRestoresTheTerminal() throws {
        let tmux = try TmuxHarness(width: 100, height: 30)
        defer { tmux.stop() }
        try tmux.start()

        var screen = try tmux.waitFor("the home view") { $0.contains("Debrief · Board") && $0.contains("WON") }
        var lines = screen.components(separatedBy: "\n")
        #expect(lines.count >= 30)
        #expect(lines[29].contains("? help"), "status bar on the last row at 100x30:\n\(screen)")
        #expect(lines[0].hasPrefix(" Debrief"))

        tmux.resize(width: 70, height: 20)
        screen = try tmux.waitFor("the layout at 70x20") { text in
            let rows = text.components(separatedBy: "\n")
            // The status bar ends in the view name at the right edge only once debrief has redrawn.
            return rows.count >= 20 && rows[19].contains("? help") && rows[19].hasSuffix("Board") && (66...70).contains(rows[19].count)
        }
        lines = screen.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasSuffix("┓") && $0.count == 70 }, "the board's frame fits the new width:\n\(screen)")

        tmux.resize(width: 50, height: 12)
        _ = try tmux.waitFor("the too-small message") { $0.contains("terminal too small") && $0.contains("50x12") }
        tmux.resize(width: 100, height: 30)
        _ = try tmux.waitFor("the layout back at 100x30") { text in
            let rows = text.components(separatedBy: "\n")
            return rows.count >= 30 && rows[29].hasSuffix("Board") && (96...100).contains(rows[29].count) && !text.contains("too small")
        }

        tmux.send("?")
        _ = try tmux.waitFor("the help overlay") { $0.contains("the deal's facts and reviews") && $0.contains("period: 30/90/180/365 days") }
        tmux.send("Escape")
        _ = try tmux.waitFor("help closed by Esc") { !$0.contains("the deal's facts and reviews") && $0.contains("Debrief · Board") && $0.contains("WON") }

        tmux.send("q")
        screen = try tmux.waitFor("the shell after quitting") { $0.contains("debrief exited with") && $0.contains("tty:") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)")
        #expect(!screen.contains("Debrief · Board"), "the alternate screen is gone:\n\(screen)")
        #expect(screen.contains("tty: icanon echo"), "the tty is back in cooked mode:\n\(screen)")
    }

    @Test func ctrlCQuitsFromTheHelpOverlay() throws {
        let tmux = try TmuxHarness(width: 80, height: 24)
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the home view") { $0.contains("Debrief · Board") && $0.contains("WON") }
        tmux.send("?")
        _ = try tmux.waitFor("the help overlay") { $0.contains("the deal's facts and reviews") }
        tmux.send("C-c")
        let screen = try tmux.waitFor("the shell after Ctrl-C") { $0.contains("debrief exited with") && $0.contains("tty:") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)")
        #expect(screen.contains("tty: icanon echo"), "\(screen)")
    }

    @Test func aLoneEscapeStopsEditingAtOnceAndTheNextKeyIsAKey() throws {
        let tmux = try TmuxHarness(width: 120, height: 40, deals: 30, reviews: 0, asOf: "2026-11-28")
        defer { tmux.stop() }
        try tmux.start()
        _ = try tmux.waitFor("the board") { $0.contains("┏ WON (") }
        tmux.send("Enter")
        _ = try tmux.waitFor("the session") { $0.contains("Question 1 of") }
        tmux.send("Enter")
        tmux.send("-l", "Champion was the CFO")
        _ = try tmux.waitFor("the note") { $0.contains("Champion was the CFO") }
        // Esc, a pause past the 25 ms escape delay, then j: a lone Esc (not Alt-j), so typing stops
        // and j is a key of its own (on the session screen a letter types on into the note).
        tmux.sendEscape()
        _ = try tmux.waitFor("typing stopped") { $0.contains(" SESSION ") }
        tmux.send("j")
        _ = try tmux.waitFor("j typed after Esc") { $0.contains("Champion was the CFOj") && $0.contains(" TYPING ") }
        tmux.send("C-c")
        let screen = try tmux.waitFor("the shell after Ctrl-C") { $0.contains("debrief exited with") }
        #expect(screen.contains("debrief exited with 0"), "\(screen)")
    }
}
