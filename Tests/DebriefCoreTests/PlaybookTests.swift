import DebriefCore
import Foundation
import Testing

@Suite("Playbook grouping, suggestions, curation and Markdown")
struct PlaybookTests {
    typealias F = AnalyticsFixtures
    let playbook = Playbook(reviews: F.reviews, deals: F.deals)

    @Test func samePracticeFromSeveralReviewsIsOneEntry() throws {
        #expect(playbook.entries.map(\.title) == [
            "Mutual action plan from the first demo", "Security pack sent in week one", "Send the security pack in week one",
        ])
        #expect(playbook.reviews == 5, "r1, r2, r3, r5 and the in-progress r5b have practices")
        let map = playbook.entries[0]
        #expect(map.id == "mutual action plan from the first demo")
        #expect(map.deals == 3, "d5 appears in two reviews but counts once")
        #expect(map.wins == 2)
        #expect(map.reps == ["Ana", "Ben"])
        #expect(map.detail == "Dates and owners")
        #expect(map.wordings == ["Mutual action plan from the first demo", "Mutual Action Plan from the first demo", "mutual action plan — from the first demo!"])
        #expect(map.evidence.map(\.dealId) == ["d5", "d2", "d1"], "newest close first")
        #expect(map.evidence[0].reviewId == "r5b", "the deal's latest review")
        #expect(!map.isCurated)
    }

    @Test func likelyDuplicatesAreSuggestedNotMerged() {
        #expect(playbook.suggestions == [DuplicateSuggestion(entryId: "send the security pack in week one",
                                                              intoEntryId: "security pack sent in week one", similarity: 5.0 / 7.0)])
        #expect(playbook.entries.count == 3)
        #expect(playbook.suggestions(for: "mutual action plan from the first demo").isEmpty)
    }

    @Test func mergeRenameSplitAndKeepApart() throws {
        let security = try #require(playbook.entry(id: "security pack sent in week one"))
        let send = try #require(playbook.entry(id: "send the security pack in week one"))
        let merged = PlaybookCuration.empty.merging(send, into: security)
        #expect(merged.entryNames == ["security pack sent in week one": "Security pack sent in week one",
                                      "send the security pack in week one": "Security pack sent in week one"])
        let after = Playbook(reviews: F.reviews, deals: F.deals, curation: merged)
        #expect(after.entries.map(\.title) == ["Mutual action plan from the first demo", "Security pack sent in week one"])
        let entry = after.entries[1]
        #expect(entry.deals == 2 && entry.wins == 2 && entry.isCurated)
        #expect(entry.reps == ["Ana", "Ben"])
        #expect(entry.detail == "Pre-empts the review")
        #expect(after.suggestions.isEmpty)

        let map = playbook.entries[0]
        let renamed = try #require(merged.renaming(map, to: "  Mutual action plan (MAP) "))
        let renamedBook = Playbook(reviews: F.reviews, deals: F.deals, curation: renamed)
        #expect(renamedBook.entries[0].title == "Mutual action plan (MAP)")
        #expect(renamedBook.entries[0].id == "mutual action plan map")
        #expect(merged.renaming(map, to: " — ") == nil)

        let split = renamed.splitting(entry)
        #expect(Playbook(reviews: F.reviews, deals: F.deals, curation: split).entries.count == 3)

        let apart = PlaybookCuration.empty.keepingApart(send, security)
        #expect(apart.keptApart == [.init("security pack sent in week one", "send the security pack in week one")])
        #expect(Playbook(reviews: F.reviews, deals: F.deals, curation: apart).suggestions.isEmpty)
    }

    @Test func missingDealsStillEvidenceButNeverAsWins() {
        let orphan = F.review("r7", deal: "gone", rep: "Cleo", createdDay: 110,
                              practices: [BestPractice(id: "p1", title: "Security pack sent in week one")])
        let book = Playbook(reviews: F.reviews + [orphan], deals: F.deals)
        let entry = book.entries.first { $0.id == "security pack sent in week one" }
        #expect(entry?.deals == 2)
        #expect(entry?.wins == 1)
        #expect(entry?.evidence.last?.account == nil)
    }

    @Test func emptyPlaybook() {
        let book = Playbook(reviews: [], deals: [])
        #expect(book.entries.isEmpty && book.suggestions.isEmpty && book.reviews == 0)
        #expect(PlaybookMarkdown.render(book) == """
            # Team playbook

            No best practices have been captured in reviews yet. Add them in a review session (Best practices) and export again.

            """)
    }

    @Test func markdownForANewRep() {
        let reviews = Array(F.reviews.prefix(3))
        let book = Playbook(reviews: reviews, deals: F.deals)
        #expect(PlaybookMarkdown.render(book) == """
            # Team playbook

            What works on this team: 2 practices from 3 reviews of 3 deals. The most proven come first; each names the deals that show it, so you can ask the rep who did it.

            ## 1. Mutual action plan from the first demo

            Dates and owners

            - **Evidence:** 2 deals, 1 won
            - **Used by:** Ana
            - **Also written as:** “mutual action plan — from the first demo!”
            - **Deals:**
              - Account d2 — Pilot (lost, closed 2026-01-20, Ana)
              - Account d1 — Pilot (won, closed 2026-01-10, Ana)

            ## 2. Security pack sent in week one

            Pre-empts the review

            - **Evidence:** 1 deal, 1 won
            - **Used by:** Ana
            - **Deals:**
              - Account d3 — Pilot (won, closed 2026-03-05, Ana)

            """)
    }

    @Test func curationIsStoredDurablyWithRevisions() throws {
        let dir = TemporaryDirectory("playbook")
        let store = PlaybookCurationStore(root: dir.url)
        #expect(try store.load() == .empty)
        let entry = playbook.entries[0]
        let first = try #require(PlaybookCuration.empty.renaming(entry, to: "MAP"))
        let saved = try store.save(first, now: Date(timeIntervalSince1970: 1_790_000_000))
        #expect(saved.revision == 1)
        #expect(StoreFixtures.mode(store.fileURL) == 0o600)
        let bytes = try #require(StoreFixtures.fileBytes(store.fileURL))
        #expect(String(decoding: bytes, as: UTF8.self) == """
            {
              "entryNames" : {
                "mutual action plan from the first demo" : "MAP"
              },
              "id" : "playbook",
              "keptApart" : [],
              "revision" : 1,
              "schemaVersion" : 1,
              "updatedAt" : "2026-09-21T14:13:20Z"
            }

            """)
        #expect(try store.load() == saved)
        // A save from the stale revision 0 is a conflict and changes nothing.
        #expect(throws: StaleRevision<PlaybookCuration>.self) { try store.save(first) }
        #expect(StoreFixtures.fileBytes(store.fileURL) == bytes)
        let second = try store.save(saved.splitting(entry))
        #expect(second.revision == 2)
        #expect(second.entryNames.isEmpty)
        #expect(StoreFixtures.leftovers(in: dir.url).isEmpty)
    }

    @Test func brokenCurationFileIsReportedAndLeftAlone() throws {
        let dir = TemporaryDirectory("playbook")
        let store = PlaybookCurationStore(root: dir.url)
        try Data("{ not json".utf8).write(to: store.fileURL)
        #expect(throws: StoreError.self) { try store.load() }
        #expect(throws: StoreError.self) { try store.save(.empty) }
        #expect(StoreFixtures.fileBytes(store.fileURL) == Data("{ not json".utf8))
    }
}
