import Foundation
import Testing
@testable import DebriefCore

/// The three CRM samples, imported into empty data directories, with every result pinned.
@Suite struct ImportSampleTests {
    @Test func salesforceOpportunities() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importer.importFile(atPath: ImportFixture.path("salesforce-opportunities.csv"))
        #expect(report.source == .salesforce)
        #expect(report.encoding == .utf8)
        #expect(report.dateOrder == .us)
        #expect(report.rows == 12)
        #expect(report.footerLines == 5)
        #expect(report.added.count == 12)
        #expect(report.updated.isEmpty && report.unchanged.isEmpty && report.rejected.isEmpty)
        #expect(report.skippedCount == 0)

        let deals = dir.deals()
        #expect(deals.count == 12)
        let northwind = try #require(deals["salesforce-0065g00000AbCdEAA1"])
        #expect(northwind.crmId == "0065g00000AbCdEAA1")
        #expect(northwind.source == "salesforce")
        #expect(northwind.account == "Northwind Logistics")
        #expect(northwind.name == "Northwind - Fleet Analytics Expansion")
        #expect(northwind.owner == "Dana Whitfield")
        #expect(northwind.outcome == .won)
        #expect(northwind.amount == Money(48000, "USD"))
        #expect(northwind.closeDate == .on("2026-10-14"))
        #expect(northwind.createdDate == .on("2026-06-02"))
        #expect(northwind.leadSource == "Partner Referral")
        #expect(northwind.dealType == "Existing Customer - Upgrade")
        #expect(northwind.competitors == ["Samsara"])
        #expect(northwind.reasons.isEmpty)
        #expect(northwind.notes == "")

        let brightline = try #require(deals["salesforce-0065g00000AbCdFAA1"])
        #expect(brightline.outcome == .lost)
        #expect(brightline.reasons == [DealReason(.price, "Price")])
        #expect(brightline.competitors == ["Epic Systems"])
        #expect(brightline.notes == "Send pricing recap")

        #expect(deals["salesforce-0065g00000AbCdGAA1"]?.account == "Café Zürich AG")
        #expect(deals["salesforce-0065g00000AbCdHAA1"]?.outcome == .noDecision)
        #expect(deals["salesforce-0065g00000AbCdHAA1"]?.reasons == [DealReason(.noDecision, "No Decision")])
        #expect(deals["salesforce-0065g00000AbCdIAA1"]?.name == "Meridian, Member Portal \"Phase 2\"")

        let tokyo = try #require(deals["salesforce-0065g00000AbCdJAA1"])
        #expect(tokyo.account == "東京データ株式会社")
        #expect(tokyo.notes == "Revisit in Q2\nafter roadmap review")
        #expect(tokyo.reasons == [DealReason(.features, "Missing Features")])
        #expect(tokyo.outcome == .lost)

        #expect(deals["salesforce-0065g00000AbCdLAA1"]?.reasons == [DealReason(.competitor, "Lost to Competitor")])
        #expect(deals["salesforce-0065g00000AbCdOAA1"]?.reasons == [DealReason(.budget, "Budget")])
        #expect(deals["salesforce-0065g00000AbCdPAA1"]?.closeDate == .on("2026-07-10"))

        let outcomes = deals.values.reduce(into: [Outcome: Int]()) { $0[$1.outcome, default: 0] += 1 }
        #expect(outcomes == [.won: 7, .lost: 4, .noDecision: 1])
        // The footer's "Acme Analytics Inc." and friends are not deals.
        #expect(!deals.values.contains { $0.name.contains("Confidential") || $0.account.contains("Acme") })
    }

    @Test func hubspotDeals() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importer.importFile(atPath: ImportFixture.path("hubspot-deals.csv"))
        #expect(report.source == .hubspot)
        #expect(report.dateOrder == nil)
        #expect(report.added.count == 8)
        #expect(report.rejected.isEmpty)

        let deals = dir.deals()
        let lumen = try #require(deals["hubspot-18734529011"])
        // HubSpot's deal export has no company column: no account, rather than one guessed from the name.
        #expect(lumen.account == "" && !lumen.hasAccount)
        #expect(lumen.name == "Lumen Dental Group - Scheduling")
        #expect(lumen.outcome == .won)
        #expect(lumen.amount == Money(24000, "USD"))
        #expect(lumen.closeDate == .on("2026-10-21"))
        #expect(lumen.createdDate == .on("2026-07-02"))  // " 2026-07-02 09:12", stray space and all
        #expect(lumen.segment == "Sales Pipeline")
        #expect(lumen.dealType == "newbusiness")
        #expect(lumen.reasons == [DealReason(.support, "Fast onboarding"),
                                  DealReason(.relationship, "reference call with similar practice")])

        let crescent = try #require(deals["hubspot-18734529012"])
        #expect(crescent.outcome == .lost)
        #expect(crescent.reasons == [DealReason(.competitor, "Went with incumbent vendor (Cisco Meraki)"),
                                     DealReason(.champion, "our champion left in August")])
        #expect(deals["hubspot-18734529014"]?.owner == "Tomás Herrera")
        #expect(deals["hubspot-18734529014"]?.reasons == [DealReason(.budget, "No budget this fiscal year")])
        #expect(deals["hubspot-18734529016"]?.reasons == [DealReason(.price, "Price: competitor 30% cheaper, \"good enough\" features")])
        #expect(deals["hubspot-18734529017"]?.outcome == .won)  // "closedwon", the internal id
        #expect(deals["hubspot-18734529018"]?.outcome == .noDecision)  // "closedlost" + "Unresponsive after demo"

        let outcomes = deals.values.reduce(into: [Outcome: Int]()) { $0[$1.outcome, default: 0] += 1 }
        #expect(outcomes == [.won: 4, .lost: 3, .noDecision: 1])
    }

    @Test func pipedriveDeals() throws {
        let dir = try TemporaryDataDirectory()
        let report = try dir.importer.importFile(atPath: ImportFixture.path("pipedrive-deals.csv"))
        #expect(report.source == .pipedrive)
        #expect(report.added == ["pipedrive-412", "pipedrive-413", "pipedrive-414", "pipedrive-415", "pipedrive-416"])
        #expect(report.skippedOpen == ["open": 1])
        #expect(report.rejected.isEmpty)

        let deals = dir.deals()
        let fjord = try #require(deals["pipedrive-412"])
        #expect(fjord.account == "Fjord Fitness AS")
        #expect(fjord.name == "Fjord Fitness - Member App")
        #expect(fjord.amount == Money(21000, "EUR"))
        #expect(fjord.outcome == .won)
        #expect(fjord.closeDate == .on("2026-10-08"))
        #expect(fjord.createdDate == .on("2026-05-02"))
        #expect(fjord.stageReached == "Negotiation")
        #expect(fjord.segment == "Default")

        let bluewater = try #require(deals["pipedrive-413"])
        #expect(bluewater.outcome == .lost)
        #expect(bluewater.closeDate == .on("2026-09-26"))  // from "Lost time"
        #expect(bluewater.amount == Money(17500, "EUR"))
        #expect(bluewater.reasons == [DealReason(.price, "Chose a cheaper local provider")])
        #expect(bluewater.stageReached == "Proposal made")

        #expect(deals["pipedrive-414"]?.amount == Money(88000, "USD"))
        let saffron = try #require(deals["pipedrive-415"])
        #expect(saffron.outcome == .noDecision)
        #expect(saffron.reasons == [DealReason(.timing, "Timing: project postponed to next year")])
        #expect(deals["pipedrive-416"]?.amount == Money(33000, "NOK"))
        #expect(deals["pipedrive-416"]?.account == "Halden Klinikk")
        #expect(deals["pipedrive-417"] == nil)
    }
}
