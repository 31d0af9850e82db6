import DebriefCore
import Foundation
import Testing

@Suite("Calendar invite (RFC 5545)")
struct CalendarInviteTests {
    typealias F = CoachFixtures

    @Test func textIsEscapedAndControlsDropped() {
        #expect(CalendarInvite.escape("a\\b;c,d\r\ne\u{1B}[31mf\tg") == "a\\\\b\\;c\\,d\\ne[31mf\tg")
    }

    @Test func linesFoldAt75OctetsWithoutSplittingACharacter() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 100) + String(repeating: "x", count: 50)
        let folded = CalendarInvite.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        #expect(parts.count > 2)
        for part in parts { #expect(part.utf8.count <= 75) }
        for part in parts.dropFirst() { #expect(part.hasPrefix(" ")) }
        #expect(parts.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    @Test func inviteHasTheEventTheBriefAndCRLF() throws {
        let deal = F.deal("d1", .won, rep: "Ana", amount: 60_000, closed: "2026-06-25", competitors: ["Quantia, Inc."])
        var review = F.review("d1-r1", deal: "d1", rep: "Ana", status: .scheduled)
        review.scheduledFor = F.day("2026-07-02")
        review.plannedMinutes = 45
        let desk = CoachDesk(deals: [deal], reviews: [review], today: F.today)
        let text = CalendarInvite.render(review: review, deal: deal, brief: desk.brief(dealID: "d1"),
                                         slot: .init(day: F.day("2026-07-02"), hour: 9, minute: 30), stamp: F.at("2026-06-30"))
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains("\r\nDTSTART:20260702T093000\r\nDTEND:20260702T101500\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20260630T100000Z\r\n"))
        #expect(text.contains("UID:d1-r1@debrief"))
        #expect(text.contains("SUMMARY:Win review: Acct d1 with Ana"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("vs Quantia\\, Inc."))
        #expect(unfolded.contains("THE DEAL\\n- Won\\, USD 60\\,000"))
        for line in text.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }
}
