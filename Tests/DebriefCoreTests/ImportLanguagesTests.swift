@testable import DebriefCore
import Foundation
import Testing

/// Exports from CRMs whose users work in another language: the column names are the UI's labels in that
/// language ("Nom de la transaction", "Schlusstermin", "商談名"), and so are the stages, numbers and dates.
@Suite struct ImportLanguagesTests {
    func importFixture(_ name: String, into dir: TemporaryDataDirectory) throws -> ImportReport {
        try dir.importer.importFile(atPath: ImportFixture.path(name))
    }

    @Test func frenchHubSpotWithNarrowSpacesInAmounts() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("hubspot-deals-fr.csv", into: dir)
        #expect(report.source == .hubspot && report.dateOrder == .dayFirst)
        #expect(report.skippedOpen == ["Rendez-vous programmé": 1])
        #expect(report.rejected.isEmpty)
        // Nothing in the file names the currency: the report says USD was assumed, and how to say otherwise.
        #expect(report.assumedCurrency == 2)
        let deals = dir.deals()
        let won = try #require(deals["hubspot-30512001"])
        #expect(won.name == "Refonte du site" && won.outcome == .won && won.closeDate == .on("2026-05-17"))
        #expect(won.amount == Money(Decimal.of("1234.56"), "USD") && won.owner == "Julie Martin" && won.createdDate == .on("2026-02-02"))
        let lost = try #require(deals["hubspot-30512002"])
        #expect(lost.outcome == .lost && lost.amount == Money(12000, "USD") && lost.reasons.map(\.text) == ["Trop cher"])
    }

    @Test func frenchHubSpotInEurosWithAMapping() throws {
        let dir = try TemporaryDataDirectory()
        let mapping = try ImportMapping.parse("currency = \"EUR\"\n")
        let report = try dir.importer.importFile(atPath: ImportFixture.path("hubspot-deals-fr.csv"), options: ImportOptions(mapping: mapping))
        #expect(report.assumedCurrency == 0)
        #expect(dir.deals()["hubspot-30512001"]?.amount == Money(Decimal.of("1234.56"), "EUR"))
    }

    @Test func germanSalesforceReportSavedByExcel() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("salesforce-report-de.csv", into: dir)
        #expect(report.source == .salesforce && report.encoding == .windows1252)
        #expect(report.skippedOpen == ["Verhandlung/Überprüfung": 1])
        #expect(report.assumedCurrency == 0)
        let deals = dir.deals()
        #expect(deals.count == 2)
        let won = try #require(deals["salesforce-0065g00000AbCdEAA1"])
        #expect(won.outcome == .won && won.amount == Money(Decimal.of("1234.56"), "EUR") && won.closeDate == .on("2026-05-17"))
        #expect(won.owner == "Dana Weiß" && won.account == "Nordwind GmbH" && won.createdDate == .on("2026-02-02"))
        let lost = try #require(deals["salesforce-0065g00000AbCdFAA1"])
        #expect(lost.outcome == .lost && lost.amount == Money(12000, "EUR") && lost.reasons.map(\.text) == ["Preis zu hoch"])
    }

    @Test func brazilianHubSpotNegocioFechadoIsWon() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("hubspot-deals-pt-br.csv", into: dir)
        #expect(report.source == .hubspot && report.undetermined.isEmpty)
        let deals = dir.deals()
        #expect(deals["hubspot-40170001"]?.outcome == .won && deals["hubspot-40170001"]?.amount == Money(12500, "BRL"))
        #expect(deals["hubspot-40170002"]?.outcome == .lost && deals["hubspot-40170002"]?.reasons.map(\.text) == ["Preço alto"])
        #expect(deals["hubspot-40170002"]?.owner == "Maria Lima" && deals["hubspot-40170002"]?.closeDate == .on("2026-05-18"))
        #expect(report.skippedOpen == ["Apresentação agendada": 1])
    }

    @Test func japaneseSalesforceReport() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("salesforce-report-ja.csv", into: dir)
        #expect(report.source == .salesforce)
        #expect(report.skippedOpen == ["交渉": 1])
        let deals = dir.deals()
        let won = try #require(deals["salesforce-0065g00000JpA01AAA"])
        #expect(won.outcome == .won && won.amount == Money(1_200_000, "JPY") && won.closeDate == .on("2026-05-17"))
        #expect(won.account == "株式会社アルファ" && won.owner == "山田 太郎" && won.name == "基幹システム更新")
        let lost = try #require(deals["salesforce-0065g00000JpA02AAA"])
        #expect(lost.outcome == .lost && lost.reasons.map(\.text) == ["価格"])
    }

    /// The same Japanese report after Excel saved it: Shift_JIS, CRLF, full-width yen signs. Read as
    /// Windows-1252 (as before) every header and name came out as "�¤’k–¼".
    @Test func japaneseReportSavedByExcelInShiftJIS() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("salesforce-report-ja-sjis.csv", into: dir)
        #expect(report.encoding == .shiftJIS && report.source == .salesforce && report.rejected.isEmpty)
        let won = try #require(dir.deals()["salesforce-0065g00000JpA01AAA"])
        #expect(won.name == "基幹システム更新" && won.account == "株式会社アルファ" && won.owner == "山田 太郎")
        #expect(won.outcome == .won && won.amount == Money(1_200_000, "JPY"))
        #expect(dir.deals()["salesforce-0065g00000JpA02AAA"]?.reasons.map(\.text) == ["価格"])
    }

    /// Western text saved by Excel stays Windows-1252, even where its bytes would also be valid Shift_JIS.
    @Test func westernTextIsNotTakenForShiftJIS() throws {
        let dir = try TemporaryDataDirectory()
        let text = "Deal ID;Deal Name;Account;Stage;Amount;Close Date\r\n1;Müller Lizenz;Weiß & Söhne;Geschlossen und gewonnen;1.000,00 €;17.05.2026\r\n"
        let bytes = Data(Windows1252Bytes.encode(text))
        let report = try dir.importer.importData(bytes, named: "de.csv")
        #expect(report.encoding == .windows1252)
        #expect(dir.deals()["hubspot-1"]?.name == "Müller Lizenz" && dir.deals()["hubspot-1"]?.account == "Weiß & Söhne")
    }

    @Test func germanPipedriveWonAndLostTimes() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("pipedrive-deals-de.csv", into: dir)
        #expect(report.source == .pipedrive && report.skippedOpen == ["Offen": 1])
        let won = try #require(dir.deals()["pipedrive-501"])
        #expect(won.outcome == .won && won.closeDate == .on("2026-05-17") && won.createdDate == .on("2026-02-01"))
        #expect(won.amount == Money(12500, "EUR") && won.owner == "Jan Schmidt" && won.account == "Alpha GmbH")
        let lost = try #require(dir.deals()["pipedrive-502"])
        #expect(lost.outcome == .lost && lost.closeDate == .on("2026-05-18") && lost.reasons.map(\.text) == ["Zu teuer"])
    }

    @Test func germanDynamicsStatusReasons() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("dynamics-opportunities-de.csv", into: dir)
        #expect(report.source == .dynamics && report.rejected.isEmpty)
        let deals = dir.deals()
        let won = try #require(deals["dynamics-3f2b8c1e-1d2a-4e5f-9a10-0000000000b1"])
        // Actual revenue before the estimate, as in the English export.
        #expect(won.outcome == .won && won.amount == Money(118_500, "EUR") && won.name == "Flotte" && won.account == "Nordwind GmbH")
        #expect(won.closeDate == .on("2026-05-17") && won.owner == "Jan Schmidt")
        #expect(deals["dynamics-3f2b8c1e-1d2a-4e5f-9a10-0000000000b2"]?.outcome == .lost)
        #expect(deals["dynamics-3f2b8c1e-1d2a-4e5f-9a10-0000000000b3"]?.outcome == .noDecision)
    }

    @Test func japaneseHubSpot() throws {
        let dir = try TemporaryDataDirectory()
        let report = try importFixture("hubspot-deals-ja.csv", into: dir)
        #expect(report.source == .hubspot && report.assumedCurrency == 2)
        #expect(dir.deals()["hubspot-601"]?.outcome == .won && dir.deals()["hubspot-601"]?.closeDate == .on("2026-05-17"))
        #expect(dir.deals()["hubspot-602"]?.outcome == .lost && dir.deals()["hubspot-602"]?.owner == "佐藤 花子")
    }

    /// Before Debrief knew German Salesforce reports it read them as generic sheets ("csv-006…"); importing the
    /// report again now updates those deals instead of adding a second copy of each.
    @Test func dealsImportedUnderAnEarlierReadingStayOneDeal() throws {
        let dir = try TemporaryDataDirectory()
        let old = try dir.importer.importFile(atPath: ImportFixture.path("salesforce-report-de.csv"), options: ImportOptions(format: .generic))
        #expect(old.added.sorted() == ["csv-0065g00000AbCdEAA1", "csv-0065g00000AbCdFAA1"])
        let again = try importFixture("salesforce-report-de.csv", into: dir)
        #expect(again.source == .salesforce && again.added.isEmpty)
        #expect(again.updated.sorted() == ["csv-0065g00000AbCdEAA1", "csv-0065g00000AbCdFAA1"])
        #expect(dir.deals().count == 2 && dir.deals()["csv-0065g00000AbCdEAA1"]?.source == "salesforce")
    }

    /// The same Salesforce opportunity exported in German and in English is one deal.
    @Test func aLocalizedReportAndTheEnglishOneAreTheSameDeals() throws {
        let dir = try TemporaryDataDirectory()
        _ = try importFixture("salesforce-report-de.csv", into: dir)
        let english = try dir.importText("""
        Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Currency,Close Date
        0065g00000AbCdEAA1,Flottenanalyse,Nordwind GmbH,Closed Won,1234.56,EUR,2026-05-17
        """)
        #expect(english.unchanged == ["salesforce-0065g00000AbCdEAA1"])
    }

    @Test(arguments: [
        ("Nom de la transaction", DealField.name), ("Phase de la transaction", .stage), ("Propriétaire de la transaction", .owner),
        ("Date de fermeture", .closeDate), ("Etapa del negocio", .stage), ("Nombre del negocio", .name),
        ("Propietario del negocio", .owner), ("Fase do negócio", .stage), ("Proprietário do negócio", .owner),
        ("Deal-Phase", .stage), ("Deal-Inhaber", .owner), ("Name des Deals", .name), ("Verkaufschancen-Inhaber", .owner),
        ("Schlusstermin", .closeDate), ("Erstelldatum", .createdDate), ("Grund für verlorenen Deal", .lossReason),
        ("ID de l'opportunité", .crmId), ("Nom de l'opportunité", .name), ("Nom du compte", .account),
        ("商談 所有者", .owner), ("完了予定日", .closeDate), ("取引先名", .account), ("レコードID", .crmId),
        ("Nombre de la cuenta", .account),
    ])
    func localizedHeaders(header: String, field: DealField) {
        #expect(ColumnMap.match(ColumnName.key(header))?.0 == field)
    }
}

/// Latin-1 text as Windows-1252 bytes, for tests (the euro sign is 0x80).
enum Windows1252Bytes {
    static func encode(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0 == "€" ? 0x80 : UInt8(truncatingIfNeeded: $0.value) }
    }
}
