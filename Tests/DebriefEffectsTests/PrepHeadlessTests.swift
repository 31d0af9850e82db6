import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The rep's side in process: a prep answer typed and paused on is saved by the autosave; one typed
/// and never saved comes back after a crash; a save that fails says why on screen, keeps the text
/// and goes through once the disk is back.
@Suite("Prep mode, headless")
struct PrepHeadlessTests {
    static let rep = "Lena Vogt"

    /// The app in prep mode for Lena, on a team with no reviews yet.
    static func prepApp(reopening old: HeadlessApp? = nil) throws -> HeadlessApp {
        let app = try old.map(HeadlessApp.init(reopening:)) ?? HeadlessApp(width: 110, height: 34, deals: 20, reviews: 0, asOf: "2026-11-28")
        let data = app.state.data
        app.state.prep = PrepState(rep: rep, deals: data.deals, reviews: data.reviews, questions: data.questions, now: Date())
        return app
    }

    static func prepAnswers(_ app: HeadlessApp) -> [String] {
        app.store.loadAll(Review.self).records.flatMap { $0.answers.map(\.prepAnswer) }.filter { !$0.isEmpty }
    }

    @Test func aPausedAnswerIsSavedByTheAutosave() throws {
        let app = try Self.prepApp()
        let start = Date()
        app.events([.tick(start)])
        var screen = app.type("Enter Enter")
        screen = app.typeText("Kick-off 3 May; the CFO joined in June — Zoë")
        #expect(screen.contains("Zoë"), "\(screen)")
        #expect(Self.prepAnswers(app).isEmpty, "saved before any pause")
        screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(Self.prepAnswers(app) == ["Kick-off 3 May; the CFO joined in June — Zoë"], "\(screen)")
    }

    /// Typing straight away, without Enter: the sentence is the answer to the question shown, not
    /// lost. Letters that are prep keys (j, k, q, R) still move, leave and mark ready.
    @Test func typingWithoutEnterAnswersTheQuestionShown() throws {
        let app = try Self.prepApp()
        let start = Date()
        app.events([.tick(start)])
        var screen = app.typeText("We met at a trade fair; just two calls")
        #expect(screen.contains("We met at a trade fair; just two calls"), "\(screen)")
        screen = app.type("Escape")
        screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(Self.prepAnswers(app) == ["We met at a trade fair; just two calls"], "\(screen)")
        // Back on the questions, j moves to the next question rather than typing.
        screen = app.type("j")
        #expect(!screen.contains("just two callsj"), "\(screen)")
        #expect(Self.prepAnswers(app) == ["We met at a trade fair; just two calls"])
    }

    @Test func anAnswerTypedAndNeverSavedComesBackAfterACrash() throws {
        let first = try Self.prepApp()
        first.type("Enter Enter")
        first.typeText("Pilot decided it 決め手")
        #expect(Self.prepAnswers(first).isEmpty)
        let second = try Self.prepApp(reopening: first)
        var screen = second.type("")
        #expect(screen.contains("Unsaved text recovered"), "\(screen)")
        screen = second.type("r")
        #expect(!screen.contains("Unsaved text recovered"))
        #expect(Self.prepAnswers(second) == ["Pilot decided it 決め手"])
        // The rep sees the restored answer where it was typed.
        screen = second.type("Enter")
        #expect(screen.contains("Pilot decided it"), "\(screen)")
    }

    @Test func aFailedSaveSaysWhyKeepsTheTextAndGoesThroughLater() throws {
        let app = try Self.prepApp()
        let start = Date()
        app.events([.tick(start)])
        app.type("Enter Enter")
        app.typeText("Security review took 6 weeks")
        // Every review save fails until the folder is repaired.
        let repair = try app.breakReviewsFolder()
        var screen = app.events([.tick(start.addingTimeInterval(5))])
        #expect(screen.contains("Not a directory") || screen.contains("not a directory"), "the reason is on screen:\n\(screen)")
        #expect(screen.contains("Security review took 6 weeks"), "the text stays on screen")
        // The disk is back: the next autosave writes it.
        try repair()
        screen = app.events([.tick(start.addingTimeInterval(10))])
        #expect(Self.prepAnswers(app) == ["Security review took 6 weeks"], "\(screen)")
    }
}
