import Foundation
import Testing
@testable import DebriefCore

@Suite struct ImportParsingTests {
    @Test(arguments: [
        ("USD 48,000.00", "48000", "USD"), ("$48,000", "48000", "USD"), ("€21.000,00", "21000", "EUR"),
        ("48000", "48000", nil), (" 24000", "24000", nil), ("1.234.567,89", "1234567.89", nil),
        ("CHF 1'250.50", "1250.5", "CHF"), ("1,234,567.89", "1234567.89", nil), ("1250,5", "1250.5", nil),
        ("48 000 EUR", "48000", "EUR"), ("21.000,00 €", "21000", "EUR"), ("£9,999.99", "9999.99", "GBP"),
        ("0", "0", nil), ("48000.125", "48000.125", nil), ("12 500 kr", "12500", nil), ("US$ 7", "7", "USD"),
        ("0.1", "0.1", nil), ("123456789012345678901234.5", "123456789012345678901234.5", nil),
    ] as [(String, String, String?)])
    func amountsParseExactly(text: String, expected: String, currency: String?) throws {
        let parsed = try AmountText.parse(text).get()
        #expect(parsed.value == Decimal.of(expected))
        #expect(parsed.currency == currency)
    }

    @Test(arguments: ["", "abc", "12,34,56", "1.2.3", "--5", "$", "12e5", "0x10", "4 8 0 0 0 .0.0"])
    func nonAmountsAreRejected(text: String) {
        #expect((try? AmountText.parse(text).get()) == nil)
    }

    @Test func negativeAmountsAreRejectedWithAReason() {
        #expect(AmountText.parse("-500") == .failure(.negative))
        #expect(AmountText.parse("(1,200.00)") == .failure(.negative))
        #expect(AmountText.parse("USD -5") == .failure(.negative))
    }

    @Test func datesInEveryForm() {
        #expect(DateText.parse("2026-10-21", order: nil) == .on("2026-10-21"))
        #expect(DateText.parse("2026-10-21 14:05", order: nil) == .on("2026-10-21"))
        #expect(DateText.parse("2026-10-21T23:59:59Z", order: nil) == .on("2026-10-21"))
        #expect(DateText.parse("10/14/2026", order: .us) == .on("2026-10-14"))
        #expect(DateText.parse("14/10/2026", order: .dayFirst) == .on("2026-10-14"))
        #expect(DateText.parse("14.10.2026", order: .dayFirst) == .on("2026-10-14"))
        #expect(DateText.parse("14.10.2026", order: nil) == .on("2026-10-14"))
        #expect(DateText.parse("3/4/26", order: .us) == .on("2026-03-04"))
        #expect(DateText.parse("11/20/2026 10:42 AM", order: .us) == .on("2026-11-20"))
        #expect(DateText.parse("14/10/2026", order: .us) == nil)
        #expect(DateText.parse("10/14/2026", order: .iso) == nil)
        #expect(DateText.parse("2026-02-30", order: nil) == nil)
        #expect(DateText.parse("yesterday", order: .us) == nil)
    }

    @Test func slashedDatesAreSettledPerFile() throws {
        #expect(try DateOrder.settle(["01/02/2026", "10/14/2026"], chosen: nil) == .us)
        #expect(try DateOrder.settle(["01/02/2026", "14/10/2026"], chosen: nil) == .dayFirst)
        #expect(try DateOrder.settle(["2026-01-02"], chosen: nil) == nil)
        #expect(try DateOrder.settle(["01/02/2026"], chosen: .dayFirst) == .dayFirst)
        #expect(throws: ImportRefusal.ambiguousDates(examples: ["01/02/2026", "03/04/2026"])) {
            try DateOrder.settle(["01/02/2026", "03/04/2026", "01/02/2026"], chosen: nil)
        }
        #expect(throws: ImportRefusal.mixedDateOrders(usExample: "10/14/2026", dayFirstExample: "14/10/2026")) {
            try DateOrder.settle(["10/14/2026", "14/10/2026"], chosen: nil)
        }
    }

    @Test func stagesBecomeOutcomes() {
        for won in ["Closed Won", "closedwon", "won", "WON", "Closed Won - Renewal", "Gewonnen"] {
            #expect(StageOutcome.verdict(forStage: won) == .won, "\(won)")
        }
        for lost in ["Closed Lost", "closedlost", "lost", "Verloren"] {
            #expect(StageOutcome.verdict(forStage: lost) == .lost, "\(lost)")
        }
        for open in ["Negotiation", "Qualified", "open", "deleted", "Closed"] {
            #expect(StageOutcome.verdict(forStage: open) == .open, "\(open)")
        }
        #expect(StageOutcome.verdict(forStage: "Stalled", overrides: ["stalled": .noDecision]) == .noDecision)
        #expect(StageOutcome.outcome(for: .lost, lossReasons: ["Went dark after pricing"]) == .noDecision)
        #expect(StageOutcome.outcome(for: .lost, lossReasons: ["Customer chose status quo"]) == .noDecision)
        #expect(StageOutcome.outcome(for: .lost, lossReasons: ["Project postponed"]) == .noDecision)
        #expect(StageOutcome.outcome(for: .lost, lossReasons: ["Postponed, then chose a competitor"]) == .lost)
        #expect(StageOutcome.outcome(for: .lost, lossReasons: ["No budget"]) == .lost)
        #expect(StageOutcome.outcome(for: .open, lossReasons: []) == nil)
    }

    @Test(arguments: [
        ("Price", ReasonCategory.price), ("Too expensive", .price), ("No budget this year", .budget),
        ("Lost to Competitor", .competitor), ("Missing Features", .features), ("Our champion left", .champion),
        ("Timing: bad quarter", .timing), ("No Decision", .noDecision), ("Went dark", .noDecision),
        ("Great demo", .product), ("Something else entirely", .other), ("Epoch change", .other),
    ])
    func reasonsAreCategorisedByKeywords(text: String, category: ReasonCategory) {
        #expect(ReasonClassifier.category(of: text) == category)
    }

    @Test func columnNamesMatchLoosely() {
        #expect(ColumnName.key("Deal – Close Date") == "dealclosedate")
        #expect(ColumnName.key("deal_close-date") == "dealclosedate")
        #expect(ColumnName.key(" CLOSE DATE ") == "closedate")
        #expect(ColumnName.key("Währung") == "wahrung")
        #expect(ColumnMap.match("closedate")?.0 == .closeDate)
        #expect(ColumnMap.match("dealwontime")?.0 == .closeDate)
        #expect(ColumnMap.match("opportunityowner")?.0 == .owner)
        #expect(ColumnMap.match("nothingweknow") == nil)
    }

    @Test func everyAliasBelongsToOneField() {
        var owner: [String: DealField] = [:]
        for field in DealField.allCases {
            for alias in field.aliases {
                #expect(owner[alias] == nil, "\(alias) is claimed by \(owner[alias]?.rawValue ?? "") and \(field.rawValue)")
                owner[alias] = field
            }
        }
    }

    @Test func sourcesAreDetectedFromTheHeader() {
        #expect(CRMSource.detect(header: ["Opportunity ID", "Opportunity Name", "Stage", "Amount", "Close Date"]) == .salesforce)
        #expect(CRMSource.detect(header: ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date"]) == .hubspot)
        #expect(CRMSource.detect(header: ["Deal - ID", "Deal - Title", "Deal - Status", "Deal - Value", "Deal - Won time"]) == .pipedrive)
        #expect(CRMSource.detect(header: ["id", "name", "stage", "amount", "closed"]) == .generic)
    }

    @Test func idsAreSafeAndStable() {
        #expect(DealIdentity.id(source: "hubspot", key: "18734529011") == "hubspot-18734529011")
        let slash = DealIdentity.id(source: "csv", key: "A/1")
        let colon = DealIdentity.id(source: "csv", key: "A:1")
        let clean = DealIdentity.id(source: "csv", key: "A_1")
        #expect(clean == "csv-A_1")
        #expect(slash.hasPrefix("csv-A_1-") && colon.hasPrefix("csv-A_1-"))
        #expect(Set([slash, colon, clean]).count == 3)
        #expect(slash == DealIdentity.id(source: "csv", key: "A/1"))
        for hostile in ["../../etc/passwd", "..", ".hidden", "a\u{0}b", String(repeating: "x", count: 300), "東京", ""] {
            let id = DealIdentity.id(source: "csv", key: hostile)
            #expect(RecordID.isValid(id), "\(id)")
        }
    }
}
