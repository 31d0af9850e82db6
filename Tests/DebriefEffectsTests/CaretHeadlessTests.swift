import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The caret (#17 item 2): while text is typed (a note, a form field, a prep answer) the frame's
/// cursor is at the insertion point, and arrows move it; otherwise there is none.
@Suite("Caret, headless")
struct CaretHeadlessTests {
    /// Where the cell after the first `text` on screen is, or nil when it is not shown.
    private func end(of text: String, in frame: Screen) -> Point? {
        for y in 0..<frame.height {
            let row = frame.text(ofRow: y)
            guard let range = row.range(of: text) else { continue }
            return Point(x: DisplayWidth.of(String(row[..<range.upperBound])), y: y)
        }
        return nil
    }

    private func lastFrame(_ app: HeadlessApp) throws -> Screen { try #require(app.frames.last) }

    @Test func aNoteBeingTypedShowsTheCaretWhereTheTextEnds() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter")
        #expect(try lastFrame(app).cursor == nil, "no caret on the question list")
        app.type("Enter")
        app.typeText("Pilot won it — café")
        let typed = try lastFrame(app)
        let after = try #require(end(of: "Pilot won it — café", in: typed))
        #expect(typed.cursor == after)
        app.type("Left Left")
        #expect(try lastFrame(app).cursor == Point(x: after.x - 2, y: after.y), "arrows move the caret")
        app.type("Escape")
        #expect(try lastFrame(app).cursor == nil, "no caret once typing stops")
    }

    @Test func aFormFieldShowsTheCaret() throws {
        let app = try HeadlessApp(width: 80, height: 24, deals: 10, reviews: 0, asOf: "2026-11-28")
        app.type("Enter M-f")
        app.typeText("Reference call")
        let frame = try lastFrame(app)
        #expect(frame.cursor != nil && frame.cursor == end(of: "Reference call", in: frame))
        app.type("Escape")
        #expect(try lastFrame(app).cursor == nil)
    }

    @Test func aPrepAnswerShowsTheCaret() throws {
        let app = try HeadlessApp(width: 80, height: 24, deals: 12, reviews: 3, asOf: "2026-11-28")
        let data = app.state.data
        let rep = try #require(data.deals.first { deal in !data.reviews.contains { $0.dealId == deal.id && $0.status == .completed } }?.owner)
        app.state.prep = PrepState(rep: rep, deals: data.deals, reviews: data.reviews, questions: data.questions, now: Date())
        app.type("Enter Enter")
        app.typeText("We ran a pilot")
        let frame = try lastFrame(app)
        #expect(frame.cursor != nil && frame.cursor == end(of: "We ran a pilot", in: frame), "\(frame.plainText)")
        app.type("Escape")
        #expect(try lastFrame(app).cursor == nil)
    }
}
