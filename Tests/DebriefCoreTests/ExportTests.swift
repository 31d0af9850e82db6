import Foundation
import Testing
@testable import DebriefCore

@Suite struct ExportCSVTests {
    @Test(arguments: [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"), ("+1", "'+1"), ("-1", "'-1"), ("@cmd", "'@cmd"),
        ("\tTab", "'\tTab"), ("\rCR", "\"'\rCR\""), ("\nLF", "\"'\nLF\""), ("\0nul", "'\0nul"),
        ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ("plain", "plain"), ("a=b", "a=b"), ("", ""), ("'quoted already", "'quoted already"),
    ])
    func formulaInjectionIsNeutralised(value: String, expected: String) {
        #expect(SpreadsheetCSV.cell(value) == expected)
    }

    @Test func rfc4180Quoting() {
        #expect(SpreadsheetCSV.cell("a,b") == "\"a,b\"")
        #expect(SpreadsheetCSV.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(SpreadsheetCSV.cell("two\nlines") == "\"two\nlines\"")
        #expect(SpreadsheetCSV.cell("two\r\nlines") == "\"two\r\nlines\"")
        #expect(SpreadsheetCSV.cell(" padded ") == "\" padded \"")
        #expect(SpreadsheetCSV.cell("東京") == "東京")
        #expect(SpreadsheetCSV.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(SpreadsheetCSV.table(header: ["x"], rows: [["1"], ["2"]]) == "x\r\n1\r\n2\r\n")
    }

    @Test func dealsCSVLooksRightInASpreadsheet() throws {
        let deal = Deal(id: "csv-1", crmId: "1", source: "csv", account: "=cmd|' /C calc'!A0", name: "Acme, \"Big\" deal",
                        amount: Money(Decimal.of("1250.5"), "EUR"), outcome: .lost, closeDate: .on("2026-10-14"), owner: "@ann",
                        competitors: ["Rival"], reasons: [DealReason(.price, "Too pricey")], notes: "line 1\nline 2")
        let csv = DealExport.csv([deal])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == DealExport.csvHeader.joined(separator: ","))
        #expect(lines[1].hasPrefix("csv-1,csv,1,'=cmd|' /C calc'!A0,\"Acme, \"\"Big\"\" deal\",lost,1250.5,EUR,2026-10-14,,'@ann,"))
        #expect(csv.hasSuffix("\"line 1\nline 2\"\r\n"))
        #expect(csv.contains("[price] Too pricey"))
    }
}

@Suite struct ExportRoundTripTests {
    @Test func importThenExportCSVThenImportGivesTheSameDeals() throws {
        let first = try TemporaryDataDirectory()
        for sample in ["salesforce-opportunities.csv", "hubspot-deals.csv", "pipedrive-deals.csv"] {
            _ = try first.importer.importFile(atPath: ImportFixture.path(sample))
        }
        // Hostile text and a Debrief-side category correction must survive the trip too.
        var tokyo = try #require(first.deals()["salesforce-0065g00000AbCdJAA1"])
        tokyo.name = "=HYPERLINK(\"x\") \u{1B}[31m"
        tokyo.reasons = [DealReason(.product, "Missing Features")]
        try first.store.save(tokyo)
        let originals = first.deals()
        #expect(originals.count == 25)

        let csv = DealExport.csv(Array(originals.values))
        let second = try TemporaryDataDirectory()
        let report = try second.importer.importData(Data(csv.utf8), named: "export.csv")
        #expect(report.rejected.isEmpty)
        #expect(report.added.count == 25)
        let copies = second.deals()
        #expect(Set(copies.keys) == Set(originals.keys))
        for (id, original) in originals {
            var copy = try #require(copies[id])
            copy.revision = original.revision
            copy.updatedAt = original.updatedAt
            #expect(copy == original, "\(id)")
        }
        // And the exported CSV imported over the originals changes nothing.
        let again = try first.importer.importData(Data(csv.utf8), named: "export.csv")
        #expect(again.unchanged.count == 25)
    }

    /// Export → import → export gives the same bytes, for the deals that used to break the trip:
    /// a reason holding "; " or a backslash, a competitor with ';', an unknown amount, no account,
    /// notes with CR LF, and a loss whose reason reads like no decision.
    @Test func exportImportExportIsByteIdentical() throws {
        let deals = [
            Deal(id: "csv-1", crmId: "1", source: "csv", account: "Acme", name: "Acme - Renewal", amount: Money(Decimal.of("1250.5"), "EUR"),
                 outcome: .lost, closeDate: .on("2026-10-14"), createdDate: .on("2026-05-01"), owner: "Ann",
                 competitors: ["Rival; Inc", "Back\\slash"],
                 reasons: [DealReason(.price, "Price; then timing"), DealReason(.timing, "Project postponed \\ re-planned")],
                 notes: "line 1\r\nline 2"),
            Deal(id: "csv-2", crmId: "2", source: "csv", account: "", name: "Phone 555-0100", amount: nil, outcome: .noDecision,
                 closeDate: .on("2026-10-15"), owner: "Bo", reasons: [DealReason(.other, "[not a tag")]),
            Deal(id: "manual-x-2026-10-16", source: "manual", account: "X", name: "X", amount: Money(0, "USD"), outcome: .won,
                 closeDate: .on("2026-10-16"), owner: "Cy", stageReached: "Contract Signed"),
        ]
        let csv = DealExport.csv(deals)
        let fresh = try TemporaryDataDirectory()
        let report = try fresh.importer.importData(Data(csv.utf8), named: "export.csv")
        #expect(report.rejected.isEmpty && report.added.count == 3, "\(report.rejected)")
        #expect(DealExport.csv(Array(fresh.deals().values)) == csv)
        for deal in deals {
            var copy = try #require(fresh.deals()[deal.id])
            copy.revision = deal.revision
            copy.updatedAt = deal.updatedAt
            #expect(copy == deal, "\(deal.id)")
        }
        let again = try fresh.importer.importData(Data(csv.utf8), named: "export.csv")
        #expect(again.unchanged.count == 3 && again.updated.isEmpty)
        #expect(ListCell.split(ListCell.join(["a; b", "c\\", ";", "d"])) == ["a; b", "c\\", ";", "d"])
    }

    @Test func jsonExportRoundTrips() throws {
        let dir = try TemporaryDataDirectory()
        _ = try dir.importer.importFile(atPath: ImportFixture.path("salesforce-opportunities.csv"))
        let deals = Array(dir.deals().values)
        let data = try DealExport.json(deals)
        let decoded = try RecordCoding.decoder().decode([Deal].self, from: data)
        #expect(decoded == DealExport.ordered(deals))
        #expect(try RecordCoding.encode(decoded) == data)

        let review = ExportFixtures.review()
        let reviewData = try ReviewExport.json([review])
        #expect(try RecordCoding.decoder().decode([Review].self, from: reviewData) == [review])
    }

    @Test func exportFileIsPrivateAndNotOverwrittenWithoutForce() throws {
        let dir = try TemporaryDataDirectory()
        let url = dir.url.appendingPathComponent("out.csv")
        try ExportFile.write(Data("one".utf8), to: url, force: false)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: ExportFile.Failure.exists(path: url.path)) { try ExportFile.write(Data("two".utf8), to: url, force: false) }
        #expect(try String(contentsOf: url, encoding: .utf8) == "one")
        try ExportFile.write(Data("two".utf8), to: url, force: true)
        #expect(try String(contentsOf: url, encoding: .utf8) == "two")
        #expect(throws: ExportFile.Failure.isDirectory(path: dir.url.path)) { try ExportFile.write(Data(), to: dir.url, force: true) }
    }
}

@Suite struct ExportMarkdownTests {
    @Test func dealsTableEscapesPipesAndLineBreaks() {
        let deal = Deal(id: "d1", account: "A|B <script>", name: "Two\nlines \\ here", amount: Money(48000, "USD"),
                        outcome: .won, closeDate: .on("2026-10-14"), owner: "Ann",
                        reasons: [DealReason(.champion, "Champion | sponsor")])
        let markdown = DealExport.markdown([deal])
        let lines = markdown.components(separatedBy: "\n")
        #expect(lines[0] == "# Deals")
        #expect(lines[2] == "| Deal | Account | Outcome | Amount | Closed | Owner | Reasons | Competitors |")
        #expect(lines[4] == "| Two<br>lines \\\\ here | A\\|B &lt;script> | won | USD 48,000 | 2026-10-14 | Ann | champion: Champion \\| sponsor |  |")
        // Every row has the same number of unescaped pipes as the header.
        func pipes(_ line: String) -> Int { line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count }
        #expect(pipes(lines[4]) == pipes(lines[2]))
    }

    @Test func reviewWriteUpHasEverySection() {
        let review = ExportFixtures.review()
        let deal = ExportFixtures.deal()
        let markdown = ReviewMarkdown.render(review, deal: deal)
        #expect(markdown == """
        # Win review: Northwind - Fleet Analytics

        - **Deal:** Northwind - Fleet Analytics — Northwind Logistics
        - **Outcome:** won, USD 48,000, closed 2026-10-14
        - **Rep:** Dana Whitfield · **Manager:** Mia Chen
        - **Status:** completed, completed 2026-10-20
        - **Review:** r-1 · questions from win-default

        ## Summary

        Won on the pilot.

        Keep doing pilots.

        ## Answers

        ### The story and the decision

        - **Why did they buy?** (insight)
          - Rep's prep:

            The pilot
          - Notes:

            Pilot proved value

            in two weeks

        ## Factors

        ### Success factors

        - Ran a pilot — cause: rep action; evidence: buyer said so

        ### Failure factors

        - Slow legal — cause: timing; evidence: CRM record

        ## Best practices

        - **Pilot early** — two weeks, fixed scope

        ## Fine-tuning: what we would do better next time, even though we won

        - Involve legal sooner

        ## Qualification signals

        - good-business sign: Budget confirmed — present

        ## Action items

        - [ ] Write the pilot template — Dana Whitfield, due 2026-11-01

        """)
        let missing = ReviewMarkdown.render(review, deal: nil)
        // No line of blanks: a blank line between paragraphs is empty, as every renderer reads it.
        #expect(!markdown.split(separator: "\n", omittingEmptySubsequences: false).contains { !$0.isEmpty && $0.allSatisfy(\.isWhitespace) })
        #expect(missing.contains("- **Deal:** northwind-1 (not found in the data directory)"))
    }

    @Test func reviewsCSVHasOneRowPerReview() {
        let csv = ReviewExport.csv([ExportFixtures.review()], deals: ["northwind-1": ExportFixtures.deal()])
        let records = csv.components(separatedBy: "\r\n")
        #expect(records[0] == ReviewExport.csvHeader.joined(separator: ","))
        #expect(records[1].hasPrefix("r-1,northwind-1,Northwind - Fleet Analytics,Northwind Logistics,won,win,completed,Mia Chen,Dana Whitfield,"))
    }
}

enum ExportFixtures {
    static func deal() -> Deal {
        Deal(id: "northwind-1", account: "Northwind Logistics", name: "Northwind - Fleet Analytics",
             amount: Money(48000, "USD"), outcome: .won, closeDate: .on("2026-10-14"), owner: "Dana Whitfield")
    }

    static func review() -> Review {
        let question = Question(id: "q1", theme: .story, wording: "Why did they buy?", inPrep: true)
        let unasked = Question(id: "q2", theme: .fineTuning, wording: "Never answered")
        return Review(
            id: "r-1", dealId: "northwind-1", kind: .win, status: .completed, manager: "Mia Chen", rep: "Dana Whitfield",
            questionSetId: "win-default", createdAt: Date(timeIntervalSince1970: 1_792_000_000),
            completedAt: Day.on("2026-10-20").startDate.addingTimeInterval(3600),
            answers: [Answer(question: question, prepAnswer: "The pilot", notes: "Pilot proved value\nin two weeks", insight: true),
                      Answer(question: unasked)],
            factors: [Factor(id: "f1", effect: .success, cause: .repAction, evidence: .buyerSaid, text: "Ran a pilot"),
                      Factor(id: "f2", effect: .failure, cause: .timing, evidence: .crmRecord, text: "Slow legal")],
            practices: [BestPractice(id: "p1", title: "Pilot early", detail: "two weeks, fixed scope")],
            fineTuning: [FineTuningPoint(id: "t1", text: "Involve legal sooner")],
            signals: [QualificationSignal(id: "s1", sign: .good, text: "Budget confirmed", present: true)],
            actionItems: [ActionItem(id: "a1", text: "Write the pilot template", owner: "Dana Whitfield", due: .on("2026-11-01"))],
            summary: "Won on the pilot.\nKeep doing pilots."
        )
    }
}
