import DebriefCore
import Foundation
import Testing

@Suite struct ValueTypeTests {
    @Test func moneyIsExactAndNeverAFloat() throws {
        let money = try #require(Money(plain: "0.1", currency: "usd"))
        let sum = Money(money.amount + Money(plain: "0.2", currency: "USD")!.amount, "USD")
        #expect(sum.plain == "0.3")
        #expect(sum.currency == "USD")
        let big = try #require(Money(plain: "12345678901234567.89", currency: "EUR"))
        let decoded = try RecordCoding.decoder().decode(Money.self, from: RecordCoding.encode(big))
        #expect(decoded.plain == "12345678901234567.89")
        #expect(Money(Decimal(48000), "USD").display == "USD 48,000")
        #expect(Money(Decimal(string: "1250.5")!, "EUR").display == "EUR 1,250.50")
        for bad in ["", "1e5", "1,000", "abc", "--1", "1.2.3", "0x10", "１２"] {
            #expect(Money(plain: bad, currency: "USD") == nil, "\(bad) must be refused")
        }
    }

    @Test func daysAreCalendarDays() throws {
        let day = try #require(Day(iso: "2024-02-29"))
        #expect(day.adding(days: 1).description == "2024-03-01")
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "26-01-01") == nil)
        #expect(Day(iso: "2026-1-1") == nil)
        #expect(Day(serial: 0).description == "1970-01-01")
        for serial in stride(from: -800_000, to: 800_000, by: 997) {
            #expect(Day(serial: serial).serial == serial)
        }
        #expect(Day(iso: "2026-10-14")!.days(since: Day(iso: "2026-06-02")!) == 134)
    }

    @Test func timestampsRoundTripInUTC() throws {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        let text = Timestamp.format(date)
        #expect(text == "2026-09-21T14:13:20Z")
        #expect(Timestamp.parse(text) == date)
        #expect(Timestamp.parse("2026-09-21T16:13:20+02:00") == date)
        #expect(Timestamp.parse("2026-09-21T16:13:20+0200") == date)
        #expect(Timestamp.parse("2026-09-21T14:13:20.250Z") == date.addingTimeInterval(0.25))
    }

    /// Found by RecordJSONFuzzTests: the system formatter read "20e6" as a year, and the deal then
    /// saved as "-3518032-12-12T17:00:00Z", a file that no longer decodes.
    @Test func timestampsInOtherShapesAreRefused() {
        for text in ["20e6-05-17T17:00:00Z", "+026-05-17T17:00:00Z", "2026-05-17T17:00:00", "2026-05-17T17:00:00.Z",
                     "2026-05-17T17:00:00+2", "2026-05-17T17:00:00+0:200", "2026-05-17T17:00:00+02:00:00", "2026-05-17 17:00:00Z", "0000-01-01T00:00:00+01:00"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
    }

    @Test func dealValidationExplainsEachProblem() {
        var deal = StoreFixtures.deal()
        deal.account = " "
        deal.source = Deal.manualSource
        deal.amount = Money(-5, "DOLLARS")
        deal.createdDate = Day(iso: "2026-12-01")
        let problems = deal.validationProblems()
        #expect(problems == [
            "account: give the customer's name",
            "amount: must not be negative",
            "currency: use a three-letter code such as USD or EUR",
            "dates: created 2026-12-01 is after closed 2026-09-29",
        ])
    }

    @Test func builtInQuestionSetsAreWellFormed() {
        let all = BuiltInQuestions.sets
        #expect(all.allSatisfy { $0.validationProblems().isEmpty })
        let distinct = Set(all.flatMap(\.questions))
        #expect((30...45).contains(distinct.count))
        for set in all {
            #expect(Set(set.questions.map(\.theme)) == Set(QuestionTheme.allCases), "\(set.id) covers every theme")
            #expect(!set.prepQuestions.isEmpty)
            #expect(set.questions.allSatisfy { !($0.hint ?? "").isEmpty })
        }
    }
}
