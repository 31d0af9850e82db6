import Foundation
import Testing
@testable import DebriefCore

/// The team's signals as a session offers them (#17 item 9): one entry per signal however it was
/// spelled, matched as typed without regard to case or accents, typos found as near spellings.
@Suite("Signal catalog")
struct SignalCatalogTests {
    private func review(_ id: String, _ signals: [(QualificationSignal.Sign, String)]) -> Review {
        var review = Review(id: id, dealId: "d-\(id)", kind: .win, manager: "M", rep: "Rep", questionSetId: "builtin-win",
                            createdAt: Date(timeIntervalSince1970: 0))
        review.signals = signals.enumerated().map { QualificationSignal(id: "s\($0.offset)", sign: $0.element.0, text: $0.element.1, present: true) }
        return review
    }

    private var catalog: SignalCatalog {
        SignalCatalog(reviews: [
            review("r1", [(.good, "Budget confirmed early"), (.bad, "No access to the économic buyer")]),
            review("r2", [(.good, "budget confirmed early!")]),
            review("r3", [(.good, "Budget confirmed early"), (.good, "Clear compelling event")]),
        ])
    }

    @Test func oneEntryPerSignalWithTheWordingMostReviewsUse() {
        let budget = catalog.entries.first { $0.key == "budget confirmed early" }
        #expect(budget?.text == "Budget confirmed early" && budget?.reviews == 3 && budget?.sign == .good)
        #expect(catalog.entries.count == 3)
    }

    @Test func budgOffersBudgetConfirmedEarly() {
        #expect(catalog.matches(for: "budg").map(\.entry.text) == ["Budget confirmed early"])
        #expect(catalog.matches(for: "BUDG").first?.match == .prefix)
    }

    @Test func accentsAndWordsInsideMatch() {
        #expect(catalog.matches(for: "economic").map(\.entry.text) == ["No access to the économic buyer"])
        #expect(catalog.matches(for: "confirmed").first?.match == .word)
    }

    @Test func aTypoIsANearSpellingNotANewSignal() {
        #expect(catalog.matches(for: "Budget confimed early").map(\.match) == [.near])
        #expect(catalog.matches(for: "Budjet conf").map(\.entry.text) == ["Budget confirmed early"])
        #expect(catalog.matches(for: "Procurement-led RFP").isEmpty)
        #expect(catalog.matches(for: "xyz").isEmpty)
    }

    @Test func removingAReviewIsTheCatalogOfTheOthers() {
        let r1 = review("r1", [(.good, "Budget confirmed early"), (.bad, "No access to the économic buyer")])
        let others = catalog.removing(r1)
        #expect(others.entry(for: "budget confirmed early")?.reviews == 2)
        #expect(others.entry(for: "No access to the économic buyer") == nil, "a signal only it had goes")
        #expect(Set(others.entries.map(\.key)) == Set(SignalCatalog(reviews: [review("r2", [(.good, "budget confirmed early!")]),
            review("r3", [(.good, "Budget confirmed early"), (.good, "Clear compelling event")])]).entries.map(\.key)))
    }

    @Test func theSameSignalIsExact() {
        #expect(catalog.matches(for: "budget  confirmed EARLY").first?.match == .exact)
        #expect(catalog.entry(for: "Budget confirmed early.")?.reviews == 3)
    }
}
