import DebriefCore
import Foundation
import Testing

/// A paste in a real terminal (#21 item 10): debrief turns bracketed paste on, so tmux's
/// `paste-buffer -p` sends the text between paste markers; it lands whole in the note, Tab, q and
/// line breaks included, instead of as keys (Tab would switch panes, q on the questions screen
/// would have typed but Esc inside would stop typing).
@Suite("Bracketed paste end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct PasteE2ETests {
    @Test func aBracketedPasteLandsWholeInTheNoteAndTheFile() throws {
        let tmux = try TmuxHarness.inNewReviewSession()
        defer { tmux.stop() }
        tmux.send("Enter")
        _ = try tmux.waitFor("typing") { $0.contains("TYPING") }

        // About 100 KB: tabs, accents, CJK, an Escape, and keys that are commands elsewhere.
        var lines: [String] = []
        var size = 0
        while size < 100_000 {
            let line = "\(lines.count + 1)\tpilot, not price — café 決め手 q s ? \u{1B}x Tab"
            lines.append(line)
            size += line.utf8.count + 1
        }
        lines.append("the last line of the paste")
        let buffer = tmux.scratch.appendingPathComponent("paste.txt")
        try Data(lines.joined(separator: "\n").utf8).write(to: buffer)
        try tmux.run(["load-buffer", "-b", "note", buffer.path])
        try tmux.run(["paste-buffer", "-p", "-d", "-b", "note", "-t", tmux.session])
        _ = try tmux.waitFor("the end of the paste", seconds: 60) { $0.contains("the last line of the paste") }
        // Still typing: nothing in the paste was taken as a key.
        tmux.send("-l", " typed after")
        var screen = try tmux.waitFor("typing after the paste") { $0.contains("the paste typed after") }
        #expect(screen.contains("TYPING") && screen.contains("Question 1 of"), "\(screen)")

        tmux.sendEscape()
        screen = try tmux.waitFor("the save") { $0.contains("✓ saved") }
        let review = try #require(RecordStore(root: tmux.dataDirectory).loadAll(Review.self).records.first)
        // tmux sends each line break as CR; the note stores it as a newline.
        #expect(review.answers[0].notes == lines.joined(separator: "\n") + " typed after")
        try tmux.leaveSessionAndQuit()
    }

    /// Keys typed right behind a paste arrive with its last bytes: they are still keys, in order,
    /// after it (debrief reads a paste in blocks and gives back what came after its end).
    @Test func keysRightBehindAPasteAreTypedAfterIt() throws {
        let tmux = try TmuxHarness.inNewReviewSession()
        defer { tmux.stop() }
        tmux.send("Enter")
        _ = try tmux.waitFor("typing") { $0.contains("TYPING") }
        let buffer = tmux.scratch.appendingPathComponent("paste.txt")
        try Data("pasted first".utf8).write(to: buffer)
        try tmux.run(["load-buffer", "-b", "note", buffer.path])
        // One tmux command line: the keys reach the terminal right behind the paste's end marker.
        try tmux.run(["paste-buffer", "-p", "-d", "-b", "note", "-t", tmux.session, ";", "send-keys", "-t", tmux.session, "-l", ", then typed"])
        let screen = try tmux.waitFor("the paste and the keys") { $0.contains("pasted first, then typed") }
        #expect(screen.contains("TYPING"), "\(screen)")
        tmux.sendEscape()
        _ = try tmux.waitFor("typing stopped") { !$0.contains("TYPING") && $0.contains("saved") }
        try tmux.leaveSessionAndQuit()
    }
}
