import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The mouse in the session's notes and in prep (#19 item 12, #17): the wheel over a long note
/// scrolls the note and leaves the question alone; a click in a note starts typing it; in prep a
/// click chooses the deal or question under it and a click in the answer starts typing it.
@Suite("Mouse in the session's notes and in prep, headless")
struct SessionMouseHeadlessTests {
    /// Where `text` is drawn: its column and row.
    static func position(of text: String, in screen: String) -> (x: Int, y: Int)? {
        let rows = screen.components(separatedBy: "\n")
        guard let y = rows.firstIndex(where: { $0.contains(text) }), let range = rows[y].range(of: text) else { return nil }
        return (DisplayWidth.of(String(rows[y][..<range.lowerBound])), y)
    }

    @Test func theWheelOverTheNotesScrollsTheNoteNotTheQuestion() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 12, reviews: 0, asOf: "2026-11-28")
        app.type("Enter Enter")
        app.typeText((1...40).map { "note line \($0)" }.joined(separator: "\n"))
        var screen = app.type("Escape")
        #expect(screen.contains("note line 40") && !screen.contains("note line 1\n") && !screen.contains("note line 2 "), "the end shows:\n\(screen)")
        let notes = try #require(Self.position(of: "note line 40", in: screen))
        for _ in 0..<20 { app.events([MouseHeadlessTests.wheel(down: false, notes.x, notes.y)]) }
        screen = app.screen
        #expect(app.state.session?.selected == 0, "the question stays")
        #expect(screen.contains("note line 1 ") && !screen.contains("note line 40"), "scrolled to the top:\n\(screen)")
        screen = app.events([MouseHeadlessTests.wheel(down: true, notes.x, notes.y)])
        #expect(!screen.contains("note line 1 ") && screen.contains("note line 4 "), "three lines down:\n\(screen)")
        #expect(app.state.session?.review.answers[0].notes.hasSuffix("note line 40") == true, "scrolling changes no text")
    }

    @Test func aClickInTheNotesStartsTypingThere() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 12, reviews: 0, asOf: "2026-11-28")
        var screen = app.type("Enter")
        let notes = try #require(Self.position(of: "Notes — Enter to type", in: screen))
        screen = app.events([MouseHeadlessTests.click(notes.x + 2, notes.y + 3)])
        #expect(app.state.session?.isEditing == true && screen.contains("Notes — typing"), "\(screen)")
        screen = app.typeText("clicked in")
        #expect(app.state.session?.review.answers[0].notes == "clicked in")
    }

    @Test func aClickInPrepChoosesTheQuestionAndTypesInItsAnswer() throws {
        let app = try PrepHeadlessTests.prepApp()
        var screen = app.type("Enter")
        #expect(app.state.prep?.currentReview != nil, "\(screen)")
        let second = try #require(Self.position(of: "Who made the final decision", in: screen), "\(screen)")
        screen = app.events([MouseHeadlessTests.click(second.x, second.y)])
        #expect(app.state.prep?.questionIndex == 1, "\(screen)")
        let answer = try #require(Self.position(of: "Your answer — Enter to type", in: screen), "\(screen)")
        screen = app.events([MouseHeadlessTests.click(answer.x + 2, answer.y + 2)])
        #expect(app.state.prep?.isEditing == true, "\(screen)")
        screen = app.typeText("Priya decided")
        let prep = try #require(app.state.prep)
        let answered = try #require(prep.currentAnswer)
        #expect(answered.wording.hasPrefix("Who made the final decision") && answered.prepAnswer == "Priya decided", "\(screen)")

        // A click on another deal chooses it (the answer is saved on the way).
        app.type("Escape")
        let deals = try #require(app.state.prep?.items)
        guard deals.count > 1 else { return }
        let other = try #require(Self.position(of: String(deals[1].deal.account.prefix(10)), in: app.screen), "\(app.screen)")
        app.events([MouseHeadlessTests.click(other.x, other.y)])
        #expect(app.state.prep?.dealIndex == 1)
        #expect(PrepHeadlessTests.prepAnswers(app) == ["Priya decided"])
    }
}
