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
        var dealsByID: [String: Deal] = [:]
        for deal in deals { dealsByID[deal.id] = deal }
        struct Occurrence {
            var review: Review
            var practice: BestPractice
            var titleKey: String
        }
        var groups: [String: [Occurrence]] = [:]
        var curatedNames: [String: String] = [:]
        var reviewCount = 0
        var folder = FoldCache()
        // Newest review first, so each deal's evidence comes from its latest review.
        let ordered = allReviews.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        for review in ordered {
            var counted = false
            for practice in review.practices {
                let titleKey = PhraseKey.normalize(practice.title)
                guard !titleKey.isEmpty else { continue }
                counted = true
                var entryKey = titleKey
                if let name = curation.entryNames[titleKey] {
                    entryKey = PhraseKey.normalize(name)
                    if curatedNames[entryKey].map({ name < $0 }) ?? true { curatedNames[entryKey] = name }
                }
                groups[entryKey, default: []].append(Occurrence(review: review, practice: practice, titleKey: titleKey))
            }
            if counted { reviewCount += 1 }
        }
        self.reviews = reviewCount
        entries = groups.map { key, occurrences in
            var evidence: [PracticeEvidence] = []
            var seenDeals = Set<String>()
            var reps: [String: String] = [:]
            for occurrence in occurrences {
                let review = occurrence.review
                let repKey = folder.fold(review.rep)
                if reps[repKey].map({ review.rep < $0 }) ?? true { reps[repKey] = review.rep }
                guard seenDeals.insert(review.dealId).inserted else { continue }
                let deal = dealsByID[review.dealId]
                evidence.append(PracticeEvidence(
                    reviewId: review.id, dealId: review.dealId, account: deal?.account, dealName: deal?.name,
                    outcome: deal?.outcome, closeDate: deal?.closeDate, rep: review.rep, practiceTitle: occurrence.practice.title))
            }
            evidence.sort { a, b in
                switch (a.closeDate, b.closeDate) {
                case let (x?, y?) where x != y: return x > y
                case (nil, _?): return false
                case (_?, nil): return true
                default: return a.dealId < b.dealId
                }
            }
            let wordings = Self.mostCommonFirst(occurrences.map(\.practice.title))
            let details = Self.mostCommonFirst(occurrences.map(\.practice.detail).filter {
                !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            })
            return PlaybookEntry(
                id: key, title: curatedNames[key] ?? wordings.first ?? key, detail: details.first ?? "",
                isCurated: curatedNames[key] != nil,
                titleKeys: Array(Set(occurrences.map(\.titleKey))).sorted(), wordings: wordings,
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

    /// Distinct strings, most frequent first, ties in sort order.
    static func mostCommonFirst(_ values: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
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
