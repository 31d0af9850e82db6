import Foundation
import Testing

/// The Linux console and 8-colour terminals, as tmux shows them (#19 item 7): the selected row
/// is drawn in reverse video (not only marked by ›), boxes and symbols fall back to what the
/// terminal can draw, and no border is drawn in its own background colour. (There is no real
/// Linux console here: this is TERM=linux's terminfo as ncurses uses it, drawn by tmux.)
@Suite("Few colours end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(3)))
struct FewColoursE2ETests {
    @Test(arguments: ["linux", "xterm"])
    func theSelectedRowAndTheBoxesShow(term: String) throws {
        let tmux = try TmuxHarness(width: 100, height: 30)
        defer { tmux.stop() }
        try tmux.start(term: term)
        let screen = try tmux.waitFor("the board") { $0.contains("WON (") && $0.contains("Board") && $0.contains("quit") }
        let colours = try tmux.run(["capture-pane", "-p", "-e", "-t", tmux.session])
        let rows = screen.components(separatedBy: "\n")
        let escaped = colours.components(separatedBy: "\n")
        let header = try #require(rows.firstIndex { $0.contains("WON (") })
        if term == "linux" {
            // The console's fonts have light lines only and no ✓ or ›.
            #expect(rows[header].hasPrefix("┌ WON ("), "\(screen)")
            #expect(!screen.contains("┏") && !screen.contains("›") && !screen.contains("✓"), "\(screen)")
            #expect(rows[header + 1].hasPrefix("│>"), "\(screen)")
        } else {
            #expect(rows[header].hasPrefix("┏ WON ("), "\(screen)")
            #expect(rows[header + 1].hasPrefix("┃›"), "\(screen)")
        }
        // The selected row in reverse video; before, with 8 colours, the › alone marked it.
        #expect(escaped[header + 1].contains("7m"), "the selected row is not in reverse:\n\(escaped[header + 1])")
        // The unfocused column's border was black on black.
        #expect(!colours.contains("\u{1B}[30m\u{1B}[40m"), "a border in its own background colour:\n\(colours)")
        tmux.send("q")
        _ = try tmux.waitFor("the shell") { $0.contains("debrief exited with 0") }
    }
}
