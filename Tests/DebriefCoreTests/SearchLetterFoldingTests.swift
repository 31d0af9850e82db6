@testable import DebriefCore
import Foundation
import Testing

/// People search with the letters on their keyboard: "soren" for Søren, "lodz" for Łódź,
/// "strasse" for Straße, and the way a Dane or a German spells without the keys ("aeroe", "mueller").
@Suite struct SearchLetterFoldingTests {
    static let names = ["Søren Dahl", "Łódź Logistics", "Straße Bau GmbH", "Ærø Ferries", "Müller & Co", "Michael Brandt", "Joe's Diner"]

    @Test("a typed search finds the name it means", arguments: [
        ("soren", "Søren Dahl"), ("soeren", "Søren Dahl"), ("lodz", "Łódź Logistics"), ("strasse", "Straße Bau GmbH"),
        ("aeroe", "Ærø Ferries"), ("aero", "Ærø Ferries"), ("mueller", "Müller & Co"), ("muller", "Müller & Co"),
        ("michael", "Michael Brandt"), ("ael", "Michael Brandt"), ("joe", "Joe's Diner"), ("oe's", "Joe's Diner"),
    ])
    func findsTheName(term: String, name: String) {
        let corpus = SearchCorpus(Self.names)
        let found = corpus.documents(containing: SearchFolding.terms(term), among: Array(Self.names.indices)).map { Self.names[$0] }
        #expect(found == [name], "\(term)")
    }

    @Test func letterFoldingIsTheSameForOneNameAndForABulkCorpus() {
        #expect(SearchFolding.fold("SØREN ŁÓDŹ STRASSE Straße ÆRØ Œuvre Þór Đorđe") == "soren lodz strasse strasse aero oeuvre thor dorde")
        for name in Self.names {
            #expect(String(decoding: FoldedText.bytes(name), as: UTF8.self) == SearchFolding.fold(name), "\(name)")
        }
    }

    @Test func aRepFilterTreatsTheLettersAsTheSameName() {
        let deal = Deal(id: "d", account: "Łódź Logistics", name: "Renewal", amount: nil, outcome: .won,
                        closeDate: Day(iso: "2026-11-20")!, owner: "Søren Dahl")
        #expect(DealFilter(period: .all, rep: "soren dahl").matcher(today: Day(iso: "2026-11-28")!).matches(deal))
        #expect(DealFilter(period: .all, search: "lodz soeren").matcher(today: Day(iso: "2026-11-28")!).matches(deal))
        #expect(!DealFilter(period: .all, search: "lodzx").matcher(today: Day(iso: "2026-11-28")!).matches(deal))
    }

    /// A grown search looks only among the old one's matches, so it must never narrow by a
    /// spelling the old word does not cover: "oe" also finds a bare "o", which "e" does not.
    @Test func narrowingNeverDropsADealAnotherSpellingFinds() {
        #expect(ReviewFilter(search: "soe").narrows(ReviewFilter(search: "so")))
        #expect(!ReviewFilter(search: "oe").narrows(ReviewFilter(search: "e")))
        #expect(!DealFilter(period: .all, search: "oe").narrows(DealFilter(period: .all, search: "e")))
    }

    @Test func aHostileTermSpellsABoundedNumberOfVariants() {
        #expect(SearchFolding.variants(of: String(repeating: "ae", count: 10_000)).count == 8)
        #expect(SearchFolding.variants(of: "plain") == ["plain"])
    }
}

extension SearchLetterFoldingTests {
    /// The reviews view marks what matched, in whichever spelling.
    @Test func theReviewsViewHighlightsTheNameAnySpellingFound() {
        let text = Array("Called Søren at Ærø")
        let ranges = ReviewSearchText.locate(["soeren", "aeroe"], in: text)
        #expect(ranges.map { String(text[$0]) } == ["Søren", "Ærø"])
    }
}
