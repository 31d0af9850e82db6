import DebriefCore
import Foundation
import Testing

@Suite("Coach: the brief for a 1:1")
struct CoachBriefTests {
    typealias F = CoachFixtures

    static let deals: [Deal] = [
        F.deal("now", .won, rep: "Ana", amount: 60_000, closed: "2026-06-25", segment: "SMB", competitors: ["Quantia"]),
        F.deal("a-old", .won, rep: "Ana", amount: 50_000, closed: "2026-03-01", segment: "Enterprise", competitors: ["Quantia"]),
        F.deal("a-older", .lost, rep: "Ana", closed: "2026-02-01", segment: "SMB"),
        F.deal("b-1", .lost, rep: "Ben", amount: 70_000, closed: "2026-04-01", segment: "SMB", competitors: ["Lumio"]),
        F.deal("b-2", .won, rep: "Ben", closed: "2026-04-02", segment: "Mid-Market", competitors: ["Lumio"]),
    ]
    static let reviews: [Review] = [
        F.review("a-old-r1", deal: "a-old", rep: "Ana", completed: "2026-03-05",
                 factors: [F.factor(1, .repAction, .buyerSaid), F.factor(2, .luck, .repBelief)],
                 items: [ActionItem(id: "i1", text: "Send the ROI model", owner: "Ana", due: F.day("2026-06-01")),
                         ActionItem(id: "i2", text: "Already done", owner: "Ana", done: true)],
                 fineTuning: ["Bring legal in earlier"], practices: ["Mutual action plan"], summary: "Won on the pilot.\nMore."),
        F.review("a-older-r1", deal: "a-older", rep: "ana", completed: "2026-02-10", kind: .loss,
                 items: [ActionItem(id: "i1", text: "Coach call with Mia", owner: "Mia Manager", due: F.day("2026-07-15"))],
                 summary: "Lost on price."),
        F.review("b-1-r1", deal: "b-1", rep: "Ben", completed: "2026-04-05", kind: .loss,
                 items: [ActionItem(id: "i1", text: "Ben's own item", owner: "Ben", due: F.day("2026-05-01"))], summary: "Lumio undercut us."),
        F.review("b-2-r1", deal: "b-2", rep: "Ben", completed: "2026-04-06", practices: ["Mutual action plan"], summary: "Won."),
        F.review("now-r1", deal: "now", rep: "Ana", status: .scheduled,
                 items: [ActionItem(id: "i9", text: "This deal's own item", owner: "Ana")]),
    ]

    var desk: CoachDesk { CoachDesk(deals: Self.deals, reviews: Self.reviews, today: F.today) }

    @Test func listsThatRepsOpenItemsAndNoOthers() throws {
        let brief = try #require(desk.brief(dealID: "now"))
        #expect(brief.openItems.map(\.text) == ["Send the ROI model", "Coach call with Mia"])
        #expect(brief.openItems.map(\.reviewId) == ["a-old-r1", "a-older-r1"])
        #expect(brief.openItems[0].daysOverdue == 29)
        let bens = try #require(desk.brief(dealID: "b-2"))
        #expect(bens.openItems.map(\.text) == ["Ben's own item"])
    }

    @Test func lessonsComeFromTheRepsLastCompletedReviewsNewestFirstWithFactsOnly() throws {
        let brief = try #require(desk.brief(dealID: "now"))
        #expect(brief.lessons.map(\.reviewId) == ["a-old-r1", "a-older-r1"])
        #expect(brief.lessons[0].fineTuning == ["Bring legal in earlier"])
        #expect(brief.lessons[0].practices == ["Mutual action plan"])
        #expect(brief.lessons[0].facts.map(\.text) == ["factor 1 rep-action"], "the rep's belief is not a fact")
    }

    @Test func similarDealsShareTheCompetitorOrTheSegment() throws {
        let brief = try #require(desk.brief(dealID: "now"))
        let now = Self.deals[0]
        for similar in brief.similarWon + brief.similarLost {
            let deal = try #require(Self.deals.first { $0.id == similar.dealId })
            #expect(!Set(deal.competitors).isDisjoint(with: now.competitors) || deal.segment == now.segment, "\(similar.dealId)")
            #expect(similar.dealId != "now")
        }
        #expect(brief.similarWon.map(\.dealId) == ["a-old"], "b-2 shares neither")
        #expect(brief.similarWon[0].shares == ["vs Quantia", "USD 25k–100k"])
        #expect(brief.similarWon[0].lesson == "Won on the pilot.")
        #expect(brief.similarLost.map(\.dealId) == ["b-1", "a-older"], "same segment and size band first")
        #expect(brief.similarLost.allSatisfy { $0.outcome != .won })
    }

    @Test func playbookEntriesFromSimilarDealsApply() throws {
        let playbook = Playbook(reviews: Self.reviews, deals: Self.deals)
        let brief = try #require(desk.brief(dealID: "now", playbook: playbook))
        #expect(brief.playbook.map(\.title) == ["Mutual action plan"])
        #expect(brief.playbook[0].similarDeals == 1, "a-old shares Quantia; b-2 shares nothing")
        #expect(brief.playbook[0].deals == 2)
    }

    @Test func outlineAndMarkdownCarryEverySection() throws {
        let brief = try #require(desk.brief(dealID: "now"))
        let outline = BriefOutline(brief)
        #expect(outline.sections.map(\.title) == ["The deal", "Ana's open action items", "What Ana's last reviews taught",
                                                  "Similar deals we won", "Similar deals we lost", "Playbook entries that apply",
                                                  "Why review it now"])
        let markdown = outline.markdown
        #expect(markdown.contains("- [ ] Send the ROI model — Ana, due 2026-06-01 (29d overdue), from Acct a-old"))
        #expect(desk.brief(dealID: "nope") == nil)
    }
}
