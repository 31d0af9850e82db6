import Foundation
import Testing
@testable import DebriefCore

/// Files as they really arrive: other encodings and line ends, hostile text, broken rows, wrong files.
@Suite struct ImportFileShapeTests {
    static let header = "Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Stage,Amount,Close Date"

    @Test func utf8ByteOrderMarkIsRemoved() throws {
        let dir = try TemporaryDataDirectory()
        let text = "\u{FEFF}" + Self.header + "\nX1,Café - Deal,Café,Ann,Closed Won,100,2026-01-05\n"
        let report = try dir.importText(text)
        #expect(report.encoding == .utf8WithBOM)
        #expect(report.columns["crm_id"] == ["Opportunity ID"])
        #expect(dir.deals()["salesforce-X1"]?.account == "Café")
    }

    @Test func windows1252FromExcelIsDecoded() throws {
        let dir = try TemporaryDataDirectory()
        var bytes = Array((Self.header + "\nX1,Caf").utf8)
        bytes += [0xE9]  // é
        bytes += Array(" - POS,Caf".utf8)
        bytes += [0xE9]
        bytes += Array(",Ren".utf8) + [0xE9] + Array(",Closed Won,\"".utf8)
        bytes += [0x80] + Array("21.000,00\",2026-01-05\r\n".utf8)  // € in Windows-1252
        let report = try dir.importer.importData(Data(bytes), named: "excel.csv")
        #expect(report.encoding == .windows1252)
        #expect(report.rejected.isEmpty)
        let deal = try #require(dir.deals()["salesforce-X1"])
        #expect(deal.account == "Café")
        #expect(deal.name == "Café - POS")
        #expect(deal.owner == "René")
        #expect(deal.amount == Money(21000, "EUR"))
    }

    @Test(arguments: ["\r\n", "\n", "\r"])
    func lineEndsOfEveryKind(lineEnd: String) throws {
        let dir = try TemporaryDataDirectory()
        let rows = [Self.header, "A1,One,Acme,Ann,Closed Won,10,2026-01-05", "A2,\"Two\(lineEnd)lines\",Acme,Ann,Closed Lost,20,2026-01-06",
                    "A3,Three,Acme,Ann,Closed Won,oops,2026-01-07"]
        let report = try dir.importText(rows.joined(separator: lineEnd) + lineEnd)
        #expect(report.added == ["salesforce-A1", "salesforce-A2"])
        #expect(report.rejected == [RejectedRow(line: 5, column: "Amount", value: "oops", reason: AmountText.Problem.notANumber.description)])
        #expect(dir.deals()["salesforce-A2"]?.name == "Two\(lineEnd)lines")
    }

    @Test func lineNumbersCountLineBreaksInsideQuotedCells() throws {
        let dir = try TemporaryDataDirectory()
        let text = """
        Opportunity ID,Opportunity Name,Account Name,Opportunity Owner,Stage,Amount,Close Date,Next Step
        A1,One,Acme,Ann,Closed Won,10,2026-01-05,"line one
        line two
        line three"
        A2,Two,Acme,Ann,Closed Won,10,2026-13-05,
        A3,"Three
        ",Acme,Ann,Closed Won,,2026-01-05,

        A4,Four,Acme,,Closed Won,10,2026-01-05,"x"
        """
        let report = try dir.importText(text)
        #expect(report.rejected == [
            RejectedRow(line: 5, column: "Close Date", value: "2026-13-05", reason: "not a date; expected a date such as 2026-10-14 or 14 Oct 2026"),
        ])
        #expect(report.added == ["salesforce-A1", "salesforce-A3", "salesforce-A4"])
        #expect(dir.deals()["salesforce-A3"]?.amount == nil)
        #expect(dir.deals()["salesforce-A4"]?.owner == "Unassigned")
        #expect(dir.deals()["salesforce-A1"]?.notes == "line one\nline two\nline three")
    }

    @Test func escapeSequencesAndControlsAreStoredAsTheyAre() throws {
        let dir = try TemporaryDataDirectory()
        let hostileName = "Evil \u{1B}[31mRed\u{1B}[0m \u{202E}txt.exe \u{7}"
        let text = Self.header + "\nE1,\"\(hostileName)\",\"Acme\u{1B}]0;pwned\u{7}\",Ann,Closed Won,1,2026-01-05\n"
        let report = try dir.importText(text)
        #expect(report.added == ["salesforce-E1"])
        let deal = try #require(dir.deals()["salesforce-E1"])
        #expect(deal.name == hostileName)
        #expect(deal.account == "Acme\u{1B}]0;pwned\u{7}")
    }

    @Test func hostileIdsCannotEscapeTheDataDirectory() throws {
        let dir = try TemporaryDataDirectory()
        let text = Self.header + "\n../../../tmp/owned,One,Acme,Ann,Closed Won,1,2026-01-05\n.hidden,Two,Acme,Ann,Closed Won,1,2026-01-05\n"
        let report = try dir.importText(text)
        #expect(report.added.count == 2)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("deals").path)
        #expect(files.count == 2)
        #expect(files.allSatisfy { !$0.hasPrefix(".") && !$0.contains("/") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["deals"])
    }

    @Test func collidingCrmIdsGetDistinctStableIds() throws {
        let dir = try TemporaryDataDirectory()
        let text = Self.header + "\nA/1,Slash,Acme,Ann,Closed Won,1,2026-01-05\nA:1,Colon,Acme,Ann,Closed Won,2,2026-01-05\nA_1,Plain,Acme,Ann,Closed Won,3,2026-01-05\n"
        let first = try dir.importText(text)
        #expect(first.added.count == 3)
        #expect(Set(first.added).count == 3)
        #expect(first.added[2] == "salesforce-A_1")
        let deals = dir.deals()
        #expect(Set(deals.values.map(\.name)) == ["Slash", "Colon", "Plain"])
        #expect(deals[first.added[0]]?.crmId == "A/1")
        let again = try dir.importText(text)
        #expect(again.unchanged == first.added)
    }

    @Test func duplicateRowsImportOnceAndContradictionsAreReported() throws {
        let dir = try TemporaryDataDirectory()
        let row = "D1,Dup,Acme,Ann,Closed Won,100,2026-01-05"
        let text = [Self.header, row, row, "D1,Dup,Acme,Ann,Closed Won,999,2026-01-05"].joined(separator: "\n")
        let report = try dir.importText(text)
        #expect(report.added == ["salesforce-D1"])
        #expect(report.duplicates == [3])
        #expect(report.rejected == [RejectedRow(line: 4, column: "Opportunity ID", value: "D1",
                                                reason: "line 2 has the same deal with different values; the first was kept")])
        #expect(dir.deals()["salesforce-D1"]?.amount == Money(100, "USD"))
    }

    @Test func reorderedAndRenamedColumns() throws {
        let dir = try TemporaryDataDirectory()
        let text = """
        close_date;AMOUNT;deal-owner;Währung;Deal – Stage;Company;DEAL NAME;record id;Lost Reason;Competitors
        14.10.2026;1.234,50;Ann;EUR;Closed Lost;Acme GmbH;Acme – Rollout;77;Lost to competitor;"Rival A; Rival B"
        """
        let report = try dir.importText(text)
        #expect(report.rejected.isEmpty)
        let deal = try #require(dir.deals()["hubspot-77"])
        #expect(report.source == .hubspot)  // record id, deal name, deal stage, deal owner
        #expect(deal.amount == Money(Decimal.of("1234.5"), "EUR"))
        #expect(deal.closeDate == .on("2026-10-14"))
        #expect(deal.account == "Acme GmbH")
        #expect(deal.owner == "Ann")
        #expect(deal.outcome == .lost)
        #expect(deal.competitors == ["Rival A", "Rival B"])
        #expect(deal.reasons == [DealReason(.competitor, "Lost to competitor")])
    }

    @Test func mappingFileNamesCustomColumnsStagesAndDefaults() throws {
        let dir = try TemporaryDataDirectory()
        let mapping = try ImportMapping.parse("""
        source = "zoho"
        currency = "GBP"
        date_format = "day-first"

        [columns]
        loss_reason = "Why We Lost (custom)"
        amount = "Deal Size"
        competitors = ["Competitor 1", "Competitor 2"]

        [stages]
        "Dormant" = "no-decision"
        "Verbal yes" = "won"
        """)
        let text = """
        Deal ID,Deal Name,Stage,Deal Size,Amount,Close Date,Owner,Loss Reason,Why We Lost (custom),Competitor 1,Competitor 2
        Z1,Acme - One,Dormant,500,1,01/02/2026,Ann,ignored,Champion left,R1,R2
        Z2,Beta - Two,Verbal yes,"1,500",1,03/02/2026,Ann,,,,
        Z3,Gamma - Three,Closed Lost,700,1,04/02/2026,Ann,ignored,Price too high,R2,
        """
        let report = try dir.importText(text, options: ImportOptions(mapping: mapping))
        #expect(report.rejected.isEmpty)
        #expect(report.dateOrder == .dayFirst)
        let deals = dir.deals()
        let one = try #require(deals["zoho-Z1"])
        #expect(one.outcome == .noDecision)
        #expect(one.amount == Money(500, "GBP"))
        #expect(one.closeDate == .on("2026-02-01"))
        #expect(one.reasons == [DealReason(.champion, "Champion left")])
        #expect(one.competitors == ["R1", "R2"])
        #expect(deals["zoho-Z2"]?.outcome == .won)
        #expect(deals["zoho-Z2"]?.amount == Money(1500, "GBP"))
        #expect(deals["zoho-Z3"]?.reasons == [DealReason(.price, "Price too high")])
    }

    @Test func mappingMistakesAreRefusedClearly() throws {
        #expect(throws: ImportRefusal.self) { try ImportMapping.parse("[columns]\nloss_raeson = \"X\"") }
        #expect(throws: ImportRefusal.self) { try ImportMapping.parse("currency = \"euros\"") }
        #expect(throws: ImportRefusal.self) { try ImportMapping.parse("[stages]\nX = \"maybe\"") }
        #expect(throws: ImportRefusal.self) { try ImportMapping.parse("this is = not toml =") }
        let dir = try TemporaryDataDirectory()
        let mapping = try ImportMapping.parse("[columns]\nloss_reason = \"Nope\"")
        #expect(throws: ImportRefusal.mappingColumnNotFound(field: "loss_reason", column: "Nope", seen: ["Id", "Stage", "Amount", "Close Date"])) {
            try dir.importText("Id,Stage,Amount,Close Date\n1,won,1,2026-01-01\n", options: ImportOptions(mapping: mapping))
        }
    }

    @Test func salesforceFooterWithoutTheRestOfTheSample() throws {
        let dir = try TemporaryDataDirectory()
        let text = Self.header + "\nF1,One,Acme,Ann,Closed Won,1,2026-01-05\n\n\"Confidential Information - Do Not Distribute\"\n\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n\"Acme Analytics Inc.\"\n"
        let report = try dir.importText(text)
        #expect(report.footerLines == 4)
        #expect(report.rejected.isEmpty)
        #expect(report.added == ["salesforce-F1"])
    }

    @Test func openDealsAreSkippedAndCounted() throws {
        let dir = try TemporaryDataDirectory()
        let text = Self.header + "\nO1,One,Acme,Ann,Negotiation,1,\nO2,Two,Acme,Ann,Negotiation,1,\nO3,Three,Acme,Ann,Qualified,1,2026-01-01\nO4,Four,Acme,Ann,Closed Won,1,2026-01-01\n"
        let report = try dir.importText(text)
        #expect(report.skippedOpen == ["Negotiation": 2, "Qualified": 1])
        #expect(report.skippedCount == 3)
        #expect(report.added == ["salesforce-O4"])
    }

    @Test func ambiguousDatesAreRefusedUntilTheUserSays() throws {
        let dir = try TemporaryDataDirectory()
        let text = Self.header + "\nD1,One,Acme,Ann,Closed Won,1,01/02/2026\nD2,Two,Acme,Ann,Closed Won,1,03/04/2026\n"
        #expect(throws: ImportRefusal.ambiguousDates(examples: ["01/02/2026", "03/04/2026"])) { try dir.importText(text) }
        #expect(dir.deals().isEmpty)
        let report = try dir.importText(text, options: ImportOptions(dateOrder: .us))
        #expect(report.added.count == 2)
        #expect(dir.deals()["salesforce-D1"]?.closeDate == .on("2026-01-02"))
        let message = ImportRefusal.ambiguousDates(examples: ["01/02/2026"]).description
        #expect(message.contains("--date-format"))
    }

    @Test func filesThatAreNotCSVAreRefused() throws {
        let dir = try TemporaryDataDirectory()
        #expect(throws: ImportRefusal.empty) { try dir.importer.importData(Data(), named: "empty.csv") }
        #expect(throws: ImportRefusal.empty) { try dir.importText("  \n\r\n") }
        let binary = Data([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x41, 0x42])
        #expect(throws: ImportRefusal.self) { try dir.importer.importData(binary, named: "x.bin") }
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00])
        do {
            _ = try dir.importer.importData(zip, named: "deals.xlsx")
            Issue.record("an xlsx was imported")
        } catch {
            #expect(error.description.contains("save it as CSV"))
        }
        do {
            _ = try dir.importText("[{\"id\": \"x\", \"name\": \"y\"}]")
            Issue.record("JSON was imported")
        } catch {
            #expect(error.description.contains("JSON"))
        }
        #expect(dir.deals().isEmpty)
    }

    @Test func unrecognisableColumnsAreListedWithWhatIsNeeded() throws {
        let dir = try TemporaryDataDirectory()
        do {
            _ = try dir.importText("Foo,Bar,Amount\n1,2,3\n")
            Issue.record("imported a file without the needed columns")
        } catch {
            guard case .missingColumns(let missing, let seen) = error else { Issue.record("\(error)"); return }
            #expect(missing.map(\.what) == [
                "an id or a name (Opportunity ID, Record ID, Deal Name, Title)",
                "an outcome (Stage, Deal Stage, Status, IsWon)", DealField.closeDate.label,
            ])
            #expect(seen == ["Foo", "Bar", "Amount"])
            #expect(error.description.contains("Columns seen: \"Foo\", \"Bar\", \"Amount\""))
            #expect(error.description.contains("--mapping"))
            #expect(error.description.contains("[columns] close_date = "))
            #expect(error.description.contains("--outcome"))
        }
        // Only what is missing is named, with the line that supplies it.
        do {
            _ = try dir.importText("Deal Name,Stage,Amount\nA,Won,3\n")
            Issue.record("imported a file without a close date")
        } catch {
            guard case .missingColumns(let missing, _) = error else { Issue.record("\(error)"); return }
            #expect(missing.map(\.what) == [DealField.closeDate.label])
            #expect(!error.description.contains("stage ="))
            #expect(error.description.contains("[columns] close_date = \"Your Close Date Column\""))
        }
    }

    @Test func shortRowsAreRejectedNotMisread() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importText(Self.header + "\nS1,One,Acme,Ann,Closed Won\nS2,Two,Acme,Ann,Closed Won,5,2026-01-01,,\n")
        #expect(report.rejected.map(\.line) == [2])
        #expect(report.added == ["salesforce-S2"])
    }

    @Test func utf16WithByteOrderMarkAndExcelSeparatorLine() throws {
        let dir = try TemporaryDataDirectory()
        let text = "sep=;\r\nOpportunity ID;Opportunity Name;Account Name;Opportunity Owner;Stage;Amount;Close Date\r\nU1;Zürich – POS;Zürich AG;Ann;Closed Won;1.250,50;14.10.2026\r\nU2;Bad;Zürich AG;Ann;Closed Won;x;14.10.2026\r\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian) ?? Data())
        let report = try dir.importer.importData(data, named: "unicode.csv")
        #expect(report.encoding == .utf16LittleEndian)
        #expect(report.added == ["salesforce-U1"])
        #expect(report.rejected.map(\.line) == [4])  // the sep= line counts
        #expect(dir.deals()["salesforce-U1"]?.amount == Money(Decimal.of("1250.5"), "USD"))
        #expect(dir.deals()["salesforce-U1"]?.closeDate == .on("2026-10-14"))
    }

    @Test func spreadsheetFormulaGuardIsTakenOffOnImport() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importText(Self.header + "\nG1,'=Not a formula,'+Acme,'@ann,Closed Won,1,2026-01-05\n")
        #expect(report.added == ["salesforce-G1"])
        let deal = try #require(dir.deals()["salesforce-G1"])
        #expect(deal.name == "=Not a formula")
        #expect(deal.account == "+Acme")
        #expect(deal.owner == "@ann")
    }

}
