import DebriefCore
import DebriefUI
import Foundation
import Testing

/// The clock through the real program loop and performer: two sittings a week apart add up, the
/// header shows the sum, and the file holds it as `spentSeconds` (#17 item 4).
@Suite("Session clock, headless")
struct SessionClockHeadlessTests {
    private func ticks(from start: Date, seconds: Int) -> [BackendEvent] {
        (0...seconds).map { .tick(start.addingTimeInterval(Double($0))) }
    }

    @Test func twoSittingsAWeekApartAddUp() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 10, reviews: 0, asOf: "2026-11-28")
        let monday = Day(iso: "2026-11-30")!.startDate.addingTimeInterval(9 * 3600)
        app.events([.tick(monday)])
        app.type("Enter Enter")
        app.typeText("Champion left in week 3")
        var screen = app.events(ticks(from: monday, seconds: 60))
        #expect(screen.contains("01:00 / 30:00"), "\(screen)")
        app.type("Escape M-q")

        let first = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(first.spentSeconds == 60)

        let nextWeek = monday.addingTimeInterval(7 * 86_400)
        app.events([.tick(nextWeek)])
        screen = app.type("Enter")
        #expect(screen.contains("01:00 / 30:00"), "a resumed review starts from what it recorded, not from a week of wall time: \(screen)")
        screen = app.events(ticks(from: nextWeek, seconds: 30))
        #expect(screen.contains("01:30 / 30:00"), "\(screen)")
        app.type("M-q")

        let second = try #require(RecordStore(root: app.dataDirectory).loadAll(Review.self).records.first)
        #expect(second.spentSeconds == 90)
        #expect(second.answers[0].notes == "Champion left in week 3")
    }
}
