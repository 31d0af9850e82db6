@testable import DebriefCore
import Foundation
import Testing

/// Dates and amounts as exports write them when no sample shows it: HubSpot API properties (Unix
/// milliseconds, ISO instants), spreadsheets with month names and Excel day numbers, amounts left as
/// "-", "N/A" or "TBD". Each asserts on the deals on disk and on what the report says.
@Suite struct ImportWrittenShapesTests {
    @Test func hubspotApiPropertiesReadMillisecondDatesOwnerIdsAndReasons() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importer.importFile(atPath: ImportFixture.path("hubspot-api-properties.csv"))
        #expect(report.source == .hubspot)
        #expect(report.rejected.isEmpty)
        #expect(report.skippedOpen == ["presentationscheduled": 1])
        #expect(report.unknownAmounts == 1)
        #expect(report.numericDates == 2)
        let deals = dir.deals()
        #expect(deals.count == 3)
        let won = try #require(deals["hubspot-87654321001"])
        #expect(won.outcome == .won && won.closeDate == .on("2026-05-17") && won.createdDate == .on("2026-01-10"))
        #expect(won.amount == Money(50000, "USD") && won.owner == "41230001")
        #expect(won.reasons.map(\.text) == ["Strong champion in IT"])
        let lost = try #require(deals["hubspot-87654321002"])
        #expect(lost.outcome == .lost && lost.amount == nil && lost.closeDate == .on("2026-05-18"))
        #expect(lost.reasons.map(\.text) == ["Chose a cheaper competitor"])
        let shelved = try #require(deals["hubspot-87654321003"])
        #expect(shelved.outcome == .noDecision && shelved.closeDate == .on("2026-05-19") && shelved.createdDate == .on("2026-01-10"))
        #expect(shelved.amount == Money(12000, "EUR"))
    }

    @Test func monthNamesExcelDayNumbersAndPlaceholderAmounts() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importer.importFile(atPath: ImportFixture.path("won-lost-tracker.csv"))
        #expect(report.placeholderAmounts == 3)
        #expect(report.numericDates == 3)
        // "1.2 million" is no amount Debrief can read exactly: the row is refused, never read as 1.2 or 0.
        #expect(report.rejected == [RejectedRow(line: 6, column: "Deal Value", value: "1.2 million",
                                                reason: "not an amount; write it like 48000, 48,000.00, USD 48,000 or €21.000,00")])
        let deals = Dictionary(uniqueKeysWithValues: dir.deals().values.map { ($0.name, $0) })
        #expect(deals.count == 4)
        let atlas = try #require(deals["Atlas renewal"])
        #expect(atlas.closeDate == .on("2026-05-17") && atlas.createdDate == .on("2026-01-01"))
        #expect(atlas.amount == Money(12500, "USD") && atlas.owner == "Kim Lee" && atlas.account == "Atlas Ltd")
        let borealis = try #require(deals["Borealis pilot"])
        #expect(borealis.outcome == .lost && borealis.amount == nil)
        #expect(borealis.closeDate == .on("2026-05-18") && borealis.createdDate == .on("2026-01-08"))
        #expect(deals["Cobalt upgrade"]?.closeDate == .on("2026-05-19") && deals["Cobalt upgrade"]?.amount == nil)
        #expect(deals["Delta expansion"]?.closeDate == .on("2026-05-23"))
    }

    /// What Excel writes when a sheet is saved as it is shown: the error names the cause and the fix.
    @Test func excelDisplayArtefactsAreRefusedWithTheirCause() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importText("""
        Deal ID,Deal Name,Stage,Amount,Close Date
        1,A,Closed Won,1.23E+06,2026-05-17
        2,B,Closed Won,#####,2026-05-17
        3,C,Closed Won,100,########
        """)
        #expect(report.rejected.map(\.reason) == [
            AmountText.Problem.scientific.description, AmountText.Problem.hashes.description,
            "Excel saved \"#####\" because the column was too narrow; widen the column in Excel (or export again from the CRM) and import again",
        ])
        #expect(AmountText.Problem.scientific.description.hasPrefix("Excel saved the amount in scientific notation"))
        #expect(dir.deals().isEmpty)
    }

    @Test func anUnknownAmountNeverErasesAKnownOneOnReimport() throws {
        let dir = try TemporaryDataDirectory()
        _ = try dir.importText("Deal ID,Deal Name,Stage,Amount,Close Date\nX1,Alpha,Closed Won,\"$4,000\",2026-05-17\n")
        let again = try dir.importText("Deal ID,Deal Name,Stage,Amount,Close Date\nX1,Alpha,Closed Won,N/A,2026-05-17\n")
        #expect(again.unchanged.count == 1 && again.placeholderAmounts == 1)
        #expect(dir.deals().values.first?.amount == Money(4000, "USD"))
    }

    /// 03/04/2026 could be either; 17/05/2026 further down cannot, and the report names it.
    @Test func oneDateProvesTheOrderOfAColumnAndTheReportSaysWhich() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importText("""
        Deal ID,Deal Name,Stage,Amount,Close Date
        1,A,Closed Won,10,03/04/2026
        2,B,Closed Won,10,05/06/2026
        3,C,Closed Lost,10,17/05/2026
        """)
        #expect(report.dateOrder == .dayFirst && report.dateOrderShownBy == "17/05/2026")
        #expect(dir.deals()["hubspot-1"]?.closeDate == .on("2026-04-03") && dir.deals()["hubspot-2"]?.closeDate == .on("2026-06-05"))
    }

    @Test func aCloseDateAfterTodayIsKeptAndCounted() throws {
        let dir = try TemporaryDataDirectory()
        var options = ImportOptions()
        options.today = .on("2026-06-01")
        let report = try dir.importer.importData(Data("""
        Deal ID,Deal Name,Stage,Amount,Close Date
        1,A,Closed Won,1.2k,2026-05-17
        2,B,Closed Won,$1.5M,2031-05-17
        3,C,Closed Won,"EUR 2,5 mn",2032-01-01
        """.utf8), named: "future.csv", options: options)
        #expect(report.futureCloseDates == 2 && report.firstFutureCloseLine == 3)
        let deals = dir.deals()
        #expect(deals["hubspot-1"]?.amount == Money(1200, "USD"))
        #expect(deals["hubspot-2"]?.amount == Money(1_500_000, "USD") && deals["hubspot-2"]?.closeDate == .on("2031-05-17"))
        #expect(deals["hubspot-3"]?.amount == Money(2_500_000, "EUR"))
    }

    @Test(arguments: [
        ("17-May-2026", "2026-05-17"), ("May 17, 2026", "2026-05-17"), ("17 May 2026 10:00 AM", "2026-05-17"),
        ("Sunday, May 17th 2026", "2026-05-17"), ("17. Mai 2026", "2026-05-17"), ("17 de mayo de 2026", "2026-05-17"),
        ("1er mai 2026", "2026-05-01"), ("17-MAY-26", "2026-05-17"), ("2026年5月17日", "2026-05-17"),
        ("17 déc. 2026", "2026-12-17"), ("1779012000000", "2026-05-17"), ("1779012000", "2026-05-17"),
        ("46159", "2026-05-17"), ("46159.4166", "2026-05-17"), ("20260517", "2026-05-17"),
    ])
    func writtenAndNumericDates(text: String, iso: String) {
        #expect(DateText.parse(text, order: nil) == .on(iso))
    }

    @Test(arguments: ["May 2026", "Q2 2026", "17 Mayday 2026", "12345", "99999", "123456", "31 Feb 2026", "2026-13-05", "17 May"])
    func notDates(text: String) {
        #expect(DateText.parse(text, order: nil) == nil)
    }

    @Test(arguments: ["-", "—", "N/A", "n/a", "TBD", "none", "NULL", "?", "$"])
    func placeholderAmounts(text: String) {
        #expect(AmountText.isPlaceholder(text))
    }

    @Test(arguments: ["0", "", "1.2k", "abc", "USD 0"])
    func notPlaceholderAmounts(text: String) {
        #expect(!AmountText.isPlaceholder(text))
    }
}

/// A sparser export of the same deals (a report whose user cannot see some fields writes them empty) never
/// wipes what a fuller one brought; a value that changed still updates.
@Suite struct ImportSparseReimportTests {
    static let header = "Deal ID,Deal Name,Account,Stage,Amount,Close Date,Created Date,Owner,Type,Lead Source,Competitor,Closed Lost Reason"

    @Test func emptyCellsKeepWhatAFullerExportBrought() throws {
        let dir = try TemporaryDataDirectory()
        _ = try dir.importText(Self.header + "\n1,Alpha,Acme,Closed Lost,500,2026-05-17,2026-01-02,Kim Lee,New,Web,Rival Inc,Price\n")
        let sparse = try dir.importText(Self.header + "\n1,Alpha,,Closed Lost,,2026-05-17,,,,,,\n")
        #expect(sparse.unchanged == ["hubspot-1"])
        let deal = try #require(dir.deals()["hubspot-1"])
        #expect(deal.account == "Acme" && deal.amount == Money(500, "USD") && deal.owner == "Kim Lee")
        #expect(deal.createdDate == .on("2026-01-02") && deal.dealType == "New" && deal.leadSource == "Web")
        #expect(deal.competitors == ["Rival Inc"] && deal.reasons.map(\.text) == ["Price"])

        // A changed value still lands, and a lost deal that was won after all drops its loss reasons.
        let changed = try dir.importText(Self.header + "\n1,Alpha,,Closed Won,700,2026-05-20,,Ravi Shah,,,,\n")
        #expect(changed.updated == ["hubspot-1"])
        let now = try #require(dir.deals()["hubspot-1"])
        #expect(now.outcome == .won && now.amount == Money(700, "USD") && now.owner == "Ravi Shah" && now.reasons.isEmpty)
        #expect(now.account == "Acme" && now.closeDate == .on("2026-05-20"))
    }
}
