import DebriefCore
import Foundation
import Testing

/// The journal is what makes `kill -9` lose nothing; when it cannot be written the person typing is
/// told at once (not after the crash), and the note is still saved the ordinary way.
@Suite("Journal failure, headless")
struct JournalFailureHeadlessTests {
    @Test func aJournalThatCannotBeWrittenIsSaidOnScreenAndTheNoteStillSaves() throws {
        let app = try HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        // The journal folder is a file: every append fails.
        let folder = JournalRecovery.directory(in: app.scratch.appendingPathComponent("state"))
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("not a folder".utf8).write(to: folder)
        let start = Date()
        app.events([.tick(start)])
        app.type("Enter Enter")
        var screen = app.typeText("The CFO signed")
        #expect(screen.contains("could not journal typed text"), "the failure is on screen:\n\(screen)")
        #expect(screen.contains("The CFO signed"), "the text stays")
        screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(app.store.loadAll(Review.self).records.first?.answers.first?.notes == "The CFO signed", "\(screen)")
    }
}
