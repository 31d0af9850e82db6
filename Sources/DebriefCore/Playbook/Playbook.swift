/// The team playbook: the best practices captured in reviews, grouped into entries so the same
/// practice from several reviews reads as one, with the deals that evidence each.
///
/// Titles that normalise the same (`PhraseKey`) group on their own; anything more is a person's
/// call, recorded in `PlaybookCuration`. Likely duplicates are suggested, not merged.
public struct Playbook: Sendable, Equatable, Codable {
    /// Most deals first, then most wins, then by title.
    public var entries: [PlaybookEntry]
    public var suggestions: [DuplicateSuggestion]
    /// Reviews with at least one practice.
    public var reviews: Int

    public init(reviews allReviews: [Review], deals: [Deal], curation: PlaybookCuration = .empty) {
        var dealsByID: [String: Int] = [:]
        dealsByID.reserveCapacity(deals.count)
        for index in deals.indices { dealsByID[deals[index].id] = index }
        // Where a practice was written, by position: copying a review would retain all it holds.
        struct Occurrence {
            var review: Int
            var practice: Int
            var titleKey: String
        }
        var groups: [String: [Occurrence]] = [:]
        var curatedNames: [String: String] = [:]
        var reviewCount = 0
        var folder = FoldCache()
        // Titles repeat across reviews: each distinct spelling is normalised once.
        var keyOfTitle: [String: String] = [:]
        // Newest review first, so each deal's evidence comes from its latest review.
        let ordered = allReviews.indices.sorted { a, b in
            allReviews[a].createdAt != allReviews[b].createdAt ? allReviews[a].createdAt > allReviews[b].createdAt
                : allReviews[a].id > allReviews[b].id
        }
        for reviewIndex in ordered {
            var counted = false
            for practiceIndex in allReviews[reviewIndex].practices.indices {
                let title = allReviews[reviewIndex].practices[practiceIndex].title
                let titleKey: String
                if let known = keyOfTitle[title] { titleKey = known } else {
                    titleKey = PhraseKey.normalize(title)
                    keyOfTitle[title] = titleKey
                }
                guard !titleKey.isEmpty else { continue }
                counted = true
                var entryKey = titleKey
                if let name = curation.entryNames[titleKey] {
                    entryKey = PhraseKey.normalize(name)
                    if curatedNames[entryKey].map({ name < $0 }) ?? true { curatedNames[entryKey] = name }
                }
                groups[entryKey, default: []].append(Occurrence(review: reviewIndex, practice: practiceIndex, titleKey: titleKey))
            }
            if counted { reviewCount += 1 }
        }
        self.reviews = reviewCount
        entries = groups.map { key, occurrences in
            var evidence: [PracticeEvidence] = []
            var seenDeals = Set<String>()
            var reps: [String: String] = [:]
            var titles: [String: Int] = [:]
            var details: [String: Int] = [:]
            var titleKeys = Set<String>()
            for occurrence in occurrences {
                let practice = allReviews[occurrence.review].practices[occurrence.practice]
                titles[practice.title, default: 0] += 1
                details[practice.detail, default: 0] += 1
                titleKeys.insert(occurrence.titleKey)
                let rep = allReviews[occurrence.review].rep, dealId = allReviews[occurrence.review].dealId
                let repKey = folder.fold(rep)
                if reps[repKey].map({ rep < $0 }) ?? true { reps[repKey] = rep }
                guard seenDeals.insert(dealId).inserted else { continue }
                let deal = dealsByID[dealId]
                evidence.append(PracticeEvidence(
                    reviewId: allReviews[occurrence.review].id, dealId: dealId, account: deal.map { deals[$0].account },
                    dealName: deal.map { deals[$0].name }, outcome: deal.map { deals[$0].outcome },
                    closeDate: deal.map { deals[$0].closeDate }, rep: rep, practiceTitle: practice.title))
            }
            evidence.sort { a, b in
                switch (a.closeDate, b.closeDate) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.dealId < b.dealId
                }
            }
            let wordings = Self.mostCommonFirst(titles)
            // Blank descriptions are dropped after counting: each distinct one is trimmed once.
            let detailsShown = Self.mostCommonFirst(details.filter { !$0.key.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
            return PlaybookEntry(
                id: key, title: curatedNames[key] ?? wordings.first ?? key, detail: detailsShown.first ?? "",
                isCurated: curatedNames[key] != nil,
                titleKeys: titleKeys.sorted(), wordings: wordings,
                evidence: evidence, deals: evidence.count, wins: evidence.lazy.filter { $0.outcome == .won }.count,
                reps: reps.values.sorted())
        }
        .sorted { a, b in
            if a.deals != b.deals { return a.deals > b.deals }
            if a.wins != b.wins { return a.wins > b.wins }
            return (a.title, a.id) < (b.title, b.id)
        }
        suggestions = Self.suggestDuplicates(entries, keptApart: Set(curation.keptApart))
    }

    public func entry(id: String) -> PlaybookEntry? { entries.first { $0.id == id } }

    /// Suggestions that involve an entry.
    public func suggestions(for entryID: String) -> [DuplicateSuggestion] {
        suggestions.filter { $0.entryId == entryID || $0.intoEntryId == entryID }
    }

    /// The strings counted, most frequent first, ties in sort order.
    static func mostCommonFirst(_ counts: [String: Int]) -> [String] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// Pairs of entries whose names (or any title filed under them) are similar enough. Entries
    /// are few (distinct practice names, not reviews), so comparing every pair is cheap.
    static func suggestDuplicates(_ entries: [PlaybookEntry], keptApart: Set<PlaybookCuration.KeptApart>) -> [DuplicateSuggestion] {
        let tokens = entries.map { entry in ([entry.id] + entry.titleKeys).map(PhraseKey.tokens(of:)) }
        var found: [DuplicateSuggestion] = []
        for i in entries.indices {
            for j in entries.indices where j > i {
                guard !keptApart.contains(.init(entries[i].id, entries[j].id)) else { continue }
                var best = 0.0
                for a in tokens[i] { for b in tokens[j] { best = max(best, PhraseKey.similarity(a, b)) } }
                guard best >= DuplicateSuggestion.threshold else { continue }
                // Entries are sorted by evidence, so j never has more deals than i: merge j into i.
                found.append(DuplicateSuggestion(entryId: entries[j].id, intoEntryId: entries[i].id, similarity: best))
            }
        }
        return found.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : ($0.entryId, $0.intoEntryId) < ($1.entryId, $1.intoEntryId) }
    }
}
