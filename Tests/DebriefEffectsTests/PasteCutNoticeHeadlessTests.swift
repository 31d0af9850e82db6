import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Testing

/// A paste cut at the 16 MB limit is said on screen (#21 item 10): how much went in, how much was
/// dropped; before, the rest vanished without a word.
@Suite struct PasteCutNoticeHeadlessTests {
    @Test func aCutPasteSaysHowMuchWentInAndHowMuchWasDropped() throws {
        let app = try HeadlessApp(width: 120, height: 30)
        app.type("Enter")
        #expect(app.type("Enter").contains("TYPING"))
        let screen = app.events([.paste("the first part"), .pasteCut(keptBytes: 16 << 20, droppedBytes: 5 << 19)])
        #expect(screen.contains("the first part"), "\(screen)")
        #expect(screen.contains("Paste cut at 16 MB: the first 16 MB went in, the last 2.5 MB were dropped"), "\(screen)")
        #expect(app.type("x").contains("the first partx"))
        #expect(!app.screen.contains("Paste cut"), "the notice goes with the next key")
    }
}
