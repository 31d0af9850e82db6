import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Testing

/// What a new user sees at start (#19 item 8), in process: a theme that does not exist is said on
/// the screen (stderr is behind the alternate screen), and an empty data directory says how to
/// fill it, with the folder in use. (These ran in tmux; they need no real terminal.)
@Suite struct StartScreenHeadlessTests {
    @Test func anUnknownThemeIsSaidOnScreen() throws {
        let app = try HeadlessApp(width: 100, height: 30, theme: "nosuch")
        let screen = app.type("")
        #expect(screen.contains("Debrief · Board") && screen.contains("nosuch"), "\(screen)")
        #expect(screen.contains("Using debrief-"), "the notice says what is used instead:\n\(screen)")
        let after = app.type("j")
        #expect(!after.contains("nosuch") && after.contains("Debrief · Board"), "the notice goes after a key:\n\(after)")
    }

    @Test func anEmptyDataDirectorySaysHowToImportIntoItAndHowToAddADeal() throws {
        let app = try HeadlessApp(width: 120, height: 30) { data, _ in
            for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
                try FileManager.default.removeItem(at: data.appendingPathComponent(name))
            }
        }
        let screen = app.type("")
        #expect(screen.contains("No deals yet"), "\(screen)")
        #expect(screen.contains("debrief import deals.csv --data-dir \(app.dataDirectory.path)"), "\(screen)")
        #expect(screen.contains("press a to add a deal"), "\(screen)")
        #expect(app.type("a").contains("New deal"))
    }
}
