@testable import DebriefCore
import Foundation
import Testing

/// Exports in the shapes real CRMs write (made-up rows): Salesforce Data Loader, a HubSpot export with
/// few columns, Bitrix24, Dynamics 365, a Spanish sheet, a plain pipeline sheet, stage labels in seven
/// languages. Each asserts on what lands on disk and what the report says.
@Suite struct ImportRealShapesTests {
    func importFixture(_ name: String, into dir: TemporaryDataDirectory, options: ImportOptions = ImportOptions()) throws -> ImportReport {
        try dir.importer.importFile(atPath: ImportFixture.path(name), options: options)
    }

    @Test func salesforceDataLoaderReadsFlagsKeepsOldDealsAndItsOwnIds() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("salesforce-dataloader.csv", into: dir)
        #expect(report.source == .salesforce)
        // CreatedDate is when the records were loaded, years after these close dates: dropped, not the deals.
        #expect(report.droppedCreatedDates == 4)
        #expect(report.unknownAmounts == 1)
        #expect(report.rejected.isEmpty && report.undetermined.isEmpty)
        #expect(report.skippedOpen == ["Negotiation/Review": 1])
        #expect(report.identity == .crmId(column: "Id"))
        #expect(report.exitStatus == 0)
        let deals = dir.deals()
        #expect(deals.count == 4)
        let won = try #require(deals["salesforce-006Hs00001AbCdEFGH"])
        #expect(won.outcome == .won && won.createdDate == nil && won.amount == Money(42000, "USD"))
        // A custom closed stage: IsClosed and IsWon tell the outcome, the stage is kept as reached.
        let signed = try #require(deals["salesforce-006Hs00001AbCdEFGJ"])
        #expect(signed.outcome == .won && signed.stageReached == "Contract Signed")
        let elsewhere = try #require(deals["salesforce-006Hs00001AbCdEFGL"])
        #expect(elsewhere.outcome == .lost)
        #expect(elsewhere.reasons.first?.text == "Lost to an incumbent\nafter a long pilot")
        let noAmount = try #require(deals["salesforce-006Hs00001AbCdEFGI"])
        #expect(noAmount.amount == nil && noAmount.outcome == .lost)
        #expect(noAmount.reasons.map(\.text) == ["Price", "then timing, \"too expensive\""])
    }

    @Test func aCreatedDateColumnCanBeIgnored() throws {
        let dir = try TemporaryDataDirectory()
        let mapping = try ImportMapping.parse("[columns]\ncreated_date = false\n")
        let report = try importFixture("salesforce-dataloader.csv", into: dir, options: ImportOptions(mapping: mapping))
        #expect(report.droppedCreatedDates == 0)
        #expect(report.ignoredColumns.contains("CreatedDate"))
        #expect(dir.deals().count == 4)
    }

    @Test func externalIdAloneStillNamesTheDeal() throws {
        let dir = try TemporaryDataDirectory()
        let text = """
        External_Id__c,Name,StageName,Amount,CloseDate
        LEG-1,Alpha,Closed Won,10,2026-01-05
        """
        let report = try dir.importText(text)
        #expect(report.source == .salesforce)
        #expect(report.added == ["salesforce-LEG-1"])
    }

    @Test func aFifteenCharacterSalesforceIdIsTheSameDealAsItsCaseSafeForm() {
        #expect(DealIdentity.canonicalKey("006Hs00001AbCdE", source: .salesforce) == "006Hs00001AbCdEIAV")
        #expect(DealIdentity.canonicalKey("006Hs00001AbCdE", source: .hubspot) == "006Hs00001AbCdE")
        #expect(DealIdentity.canonicalKey("006Hs00001AbCdEIAV", source: .salesforce) == "006Hs00001AbCdEIAV")
    }

    /// The same HubSpot deals, exported with every column and with four: one Debrief deal each.
    @Test func hubspotWithFewColumnsIsTheSameDeals() throws {
        let dir = try TemporaryDataDirectory()
        let full = try importFixture("hubspot-deals.csv", into: dir)
        #expect(full.added.count == 8)
        let few = try importFixture("hubspot-few-columns.csv", into: dir)
        #expect(few.source == .hubspot)
        #expect(few.added.isEmpty)
        #expect(few.unknownAmounts == 2)
        #expect(dir.deals().count == 8)
        // A column the smaller file lacks never clears what the fuller one brought.
        #expect(dir.deals()["hubspot-18734529011"]?.amount == Money(24000, "USD"))
    }

    @Test func bitrix24StageIdsAndClosedFlag() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("bitrix24-deals.csv", into: dir)
        #expect(report.source == .bitrix24)
        #expect(report.dateOrder == nil || report.dateOrder == .dayFirst)
        let deals = dir.deals()
        #expect(deals["bitrix24-101"]?.outcome == .won)
        #expect(deals["bitrix24-101"]?.amount == Money(150000, "RUB"))
        #expect(deals["bitrix24-101"]?.account == "ООО Север")
        #expect(deals["bitrix24-101"]?.name == "Поставка оборудования")
        #expect(deals["bitrix24-101"]?.owner == "7")
        #expect(deals["bitrix24-102"]?.outcome == .lost)
        #expect(deals["bitrix24-103"]?.outcome == .won && deals["bitrix24-103"]?.amount == nil)
        #expect(deals["bitrix24-104"]?.outcome == .lost)
        #expect(deals["bitrix24-105"]?.outcome == .lost)
        #expect(deals["bitrix24-106"] == nil)
        #expect(report.skippedOpen == ["N": 1] || report.skippedOpen == ["NEW": 1], "\(report.skippedOpen)")
        // Closed, in a stage that says neither won nor lost: reported with the [stages] line to add.
        #expect(report.undetermined == ["C2:FINAL_INVOICE": 1])
        #expect(report.exitStatus == 1)
        let mapping = try ImportMapping.parse("[stages]\n\"C2:FINAL_INVOICE\" = \"won\"\n")
        let again = try importFixture("bitrix24-deals.csv", into: dir, options: ImportOptions(mapping: mapping))
        #expect(again.undetermined.isEmpty && again.added == ["bitrix24-107"] && again.exitStatus == 0)
    }

    /// Bitrix24's own export with its Russian column names and stage labels, semicolons and "Да"/"Нет".
    @Test func bitrix24WithRussianHeaders() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("bitrix24-deals-ru.csv", into: dir)
        #expect(report.source == .bitrix24)
        #expect(report.rejected.isEmpty, "\(report.rejected)")
        let deals = dir.deals()
        #expect(deals["bitrix24-201"]?.outcome == .won)
        #expect(deals["bitrix24-201"]?.owner == "Ирина Соколова")
        #expect(deals["bitrix24-201"]?.amount == Money(48000, "RUB"))
        #expect(deals["bitrix24-202"]?.outcome == .lost)
        #expect(deals["bitrix24-202"]?.notes == "Выбрали конкурента\nиз-за цены")
        #expect(report.skippedCount == 1)
    }

    @Test func dynamicsStatusAndStatusReason() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("dynamics-opportunities.csv", into: dir)
        #expect(report.source == .dynamics)
        #expect(report.rejected.isEmpty, "\(report.rejected)")
        let deals = dir.deals()
        let won = try #require(deals.values.first { $0.name == "Fleet telematics rollout" })
        #expect(won.id == "dynamics-3f2b8c1e-1d2a-4e5f-9a10-0000000000a1")
        #expect(won.outcome == .won && won.account == "Coastal Haulage Ltd" && won.owner == "Avery Lin")
        #expect(won.amount == Money(Decimal.of("118500"), "USD"))
        #expect(won.closeDate == .on("2026-10-14"))
        #expect(deals.values.first { $0.name == "Warehouse sensors" }?.outcome == .lost)
        #expect(deals.values.first { $0.name == "Warehouse sensors" }?.amount == Money(64000, "USD"))
        #expect(deals.values.first { $0.name == "Driver app pilot" }?.outcome == .noDecision)
        #expect(report.skippedCount == 1)
    }

    @Test func aSpanishSheet() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("spreadsheet-es.csv", into: dir)
        #expect(report.rejected.isEmpty, "\(report.rejected)")
        let deals = dir.deals()
        #expect(deals["csv-ES-1"]?.outcome == .won)
        #expect(deals["csv-ES-1"]?.amount == Money(12500, "EUR"))
        #expect(deals["csv-ES-1"]?.owner == "Lucía Gómez")
        #expect(deals["csv-ES-1"]?.account == "Grupo Alameda")
        #expect(deals["csv-ES-1"]?.closeDate == .on("2026-10-14"))
        #expect(deals["csv-ES-1"]?.createdDate == .on("2026-05-02"))
        #expect(deals["csv-ES-2"]?.outcome == .lost)
        #expect(deals["csv-ES-2"]?.reasons.first?.category == .price)
        #expect(deals["csv-ES-4"]?.outcome == .noDecision)
        #expect(deals["csv-ES-4"]?.amount == nil)
        #expect(report.skippedOpen == ["Negociación": 1])
    }

    @Test func aPlainPipelineSheet() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("pipeline-sheet.csv", into: dir)
        #expect(report.source == .generic)
        let deals = dir.deals()
        #expect(deals["csv-K1X9P2"]?.owner == "Moses Frase")
        #expect(deals["csv-K1X9P2"]?.amount == Money(1054, "USD"))
        #expect(deals["csv-K1X9P2"]?.account == "Cancity")
        #expect(deals["csv-K1X9P2"]?.createdDate == .on("2026-03-20"))
        #expect(deals["csv-K1X9P3"]?.outcome == .lost)
        #expect(deals["csv-K1X9P5"]?.createdDate == nil)
        #expect(report.droppedCreatedDates == 1)
        #expect(report.skippedOpen == ["Engaging": 1])
    }

    @Test func stageLabelsInSevenLanguages() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("multilingual-stages.csv", into: dir)
        let deals = dir.deals()
        for (index, expected) in [Outcome.won, .lost, .won, .lost, .won, .lost, .won, .lost, .won, .lost, .won, .lost, .won].enumerated() {
            #expect(deals.values.first { $0.crmId == "L\(index + 1)" }?.outcome == expected, "L\(index + 1)")
        }
        #expect(report.undetermined == ["Closed": 2])
        #expect(report.skippedOpen == ["Verhandlung": 1])
        #expect(report.exitStatus == 1)
    }

    @Test func aFileOfOneOutcome() throws {
        let text = """
        Opportunity Name,Account Name,Amount,Close Date,Loss Reason
        Alpha,Acme,10,2026-01-05,Price
        Beta,Beta Co,,2026-01-06,Timing
        """
        let dir = try TemporaryDataDirectory()
        do {
            _ = try dir.importText(text)
            Issue.record("a file with no outcome was imported")
        } catch {
            #expect(error.description.contains("--outcome"))
        }
        let report = try dir.importText(text, options: ImportOptions(outcome: .lost))
        #expect(report.added.count == 2 && report.defaultOutcome == .lost)
        #expect(dir.deals().values.allSatisfy { $0.outcome == .lost })
        let mapped = try TemporaryDataDirectory()
        let viaMapping = try mapped.importText(text, options: ImportOptions(mapping: try ImportMapping.parse("[defaults]\noutcome = \"lost\"\n")))
        #expect(viaMapping.added.count == 2)
        #expect(throws: ImportRefusal.self) { try ImportMapping.parse("[defaults]\noutcome = \"maybe\"\n") }
    }

    @Test func exitStatusSaysWhetherEveryClosedRowCameIn() throws {
        let dir = try TemporaryDataDirectory()
        let onlyOpen = try dir.importText("Deal Name,Stage,Close Date\nA,Negotiation,2026-01-05\n")
        #expect(onlyOpen.exitStatus == 2)
        let good = try dir.importText("Deal Name,Stage,Close Date\nA,Won,2026-01-05\n")
        #expect(good.exitStatus == 0)
        let again = try dir.importText("Deal Name,Stage,Close Date\nA,Won,2026-01-05\n")
        #expect(again.unchanged.count == 1 && again.exitStatus == 0)
        let some = try dir.importText("Deal Name,Stage,Close Date\nA,Won,2026-01-05\nB,Won,not a date\n")
        #expect(some.exitStatus == 1)
        #expect(some.identity == .name(column: "Deal Name"))
    }

    /// Long reasons in another script are classified from bytes, and still sorted where they say so.
    @Test func longRussianReasonsAreClassified() {
        let long = String(repeating: "Клиент долго согласовывал бюджет и в итоге отказался от проекта. ", count: 40)
        #expect(ReasonClassifier.category(ofWords: long + "Price") == .price)
        #expect(ReasonClassifier.category(ofWords: long) == .other)
        #expect(NoDecisionPhrases.matches(long + " No decision"))
        #expect(!NoDecisionPhrases.matches(long))
    }
}
