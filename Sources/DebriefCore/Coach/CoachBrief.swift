import Foundation

extension CoachDesk {
    /// How many of each part a brief shows: enough to prepare in five minutes, not a report.
    public enum BriefLimits {
        public static let lessons = 3
        public static let similar = 3
        public static let playbook = 3
    }

    /// The brief for a deal, or nil when there is no deal with this id. `playbook` is the team's
    /// playbook when the caller has it already (the app does); without one, none is listed.
    public func brief(dealID: String, playbook: Playbook? = nil) -> ReviewBrief? {
        guard let index = dealIndexByID[dealID] else { return nil }
        let deal = deals[index]
        var folder = FoldCache()
        let rep = Self.repKey(deal.owner, &folder)
        let facts = ReviewBrief.Facts(
            dealId: deal.id, account: deal.account, name: deal.name, outcome: deal.outcome, amount: deal.amount,
            sizeBand: DealSizeBand(deal.amount)?.description, closeDate: deal.closeDate, createdDate: deal.createdDate,
            cycleDays: deal.salesCycleDays, rep: deal.owner, segment: deal.segment, dealType: deal.dealType,
            leadSource: deal.leadSource, stageReached: deal.stageReached, competitors: deal.competitors, reasons: deal.reasons)
        let why = isReviewed[index] ? [] : entry(for: index, folder: &folder).reasons
        return ReviewBrief(facts: facts, whyNow: why, openItems: openItems(rep: rep, excludingDeal: deal.id),
                           lessons: lessons(rep: rep, excludingDeal: deal.id),
                           similarWon: similar(to: index, won: true, folder: &folder),
                           similarLost: similar(to: index, won: false, folder: &folder),
                           playbook: playbookHints(for: deal, playbook: playbook, folder: &folder), asOf: today)
    }

    /// The rep's action items not yet done, from the rep's reviews of other deals: overdue first,
    /// then soonest due, undated last.
    func openItems(rep: String, excludingDeal dealID: String) -> [ReviewBrief.OpenItem] {
        var items: [ReviewBrief.OpenItem] = []
        for reviewIndex in reviewsOfRep[rep] ?? [] where reviews[reviewIndex].dealId != dealID {
            let review = reviews[reviewIndex]
            let account = dealIndexByID[review.dealId].map { deals[$0].account }
            for item in review.actionItems where !item.done {
                items.append(ReviewBrief.OpenItem(reviewId: review.id, itemId: item.id, dealId: review.dealId, account: account,
                                                  text: item.text, owner: item.owner, due: item.due,
                                                  daysOverdue: item.due.map { today.days(since: $0) }))
            }
        }
        return items.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.reviewId, a.itemId) < (b.reviewId, b.itemId)
            }
        }
    }

    /// What the rep's last completed reviews (of other deals) taught: fine-tuning points,
    /// practices, and the factors the buyer or the CRM confirms.
    func lessons(rep: String, excludingDeal dealID: String) -> [ReviewBrief.Lesson] {
        var lessons: [ReviewBrief.Lesson] = []
        for reviewIndex in completedOfRep[rep] ?? [] where reviews[reviewIndex].dealId != dealID {
            let review = reviews[reviewIndex]
            let deal = dealIndexByID[review.dealId].map { deals[$0] }
            let facts = review.factors.filter { $0.evidence != .repBelief }
                .map { ReviewBrief.Fact(text: $0.text, effect: $0.effect, cause: $0.cause, evidence: $0.evidence) }
            lessons.append(ReviewBrief.Lesson(
                reviewId: review.id, dealId: review.dealId, account: deal?.account, outcome: deal?.outcome,
                completedOn: review.completedAt.map(Day.init), fineTuning: review.fineTuning.map(\.text),
                practices: review.practices.map(\.title), facts: facts))
            if lessons.count == BriefLimits.lessons { break }
        }
        return lessons
    }

    /// Reviewed deals that share this deal's competitor, or its segment: most in common first
    /// (competitor, then segment, then size band), then the most recent.
    func similar(to index: Int, won: Bool, folder: inout FoldCache) -> [ReviewBrief.SimilarDeal] {
        let deal = deals[index]
        let competitors = Set(deal.competitors.map { folder.fold($0) }.filter { !$0.isEmpty })
        let segment = deal.segment.map { folder.fold($0) }.flatMap { $0.isEmpty ? nil : $0 }
        let band = DealSizeBand(deal.amount)
        var candidates = Set<Int>()
        for competitor in competitors { candidates.formUnion(reviewedByCompetitor[competitor] ?? []) }
        if let segment { candidates.formUnion(reviewedBySegment[segment] ?? []) }
        candidates.remove(index)
        struct Scored { var deal: Int; var points: Int; var shares: [String] }
        var scored: [Scored] = []
        for candidate in candidates where (deals[candidate].outcome == .won) == won {
            let other = deals[candidate]
            var points = 0
            var shares: [String] = []
            if let shared = other.competitors.first(where: { competitors.contains(folder.fold($0)) }) {
                points += 4
                shares.append("vs \(shared)")
            }
            if let segment, let theirs = other.segment, folder.fold(theirs) == segment {
                points += 2
                shares.append(theirs)
            }
            if let band, DealSizeBand(other.amount) == band {
                points += 1
                shares.append(band.description)
            }
            scored.append(Scored(deal: candidate, points: points, shares: shares))
        }
        scored.sort { a, b in
            if a.points != b.points { return a.points > b.points }
            let x = deals[a.deal], y = deals[b.deal]
            return x.closeDate != y.closeDate ? x.closeDate > y.closeDate : x.id < y.id
        }
        return scored.prefix(BriefLimits.similar).compactMap { found in
            guard let reviewIndex = latestCompletedOfDeal[found.deal] else { return nil }
            let other = deals[found.deal], review = reviews[reviewIndex]
            return ReviewBrief.SimilarDeal(dealId: other.id, reviewId: review.id, account: other.account, outcome: other.outcome,
                                           amount: other.amount, closeDate: other.closeDate, rep: other.owner, shares: found.shares,
                                           lesson: ReviewBrief.lessonLine(review, deal: other))
        }
    }

    /// Playbook entries evidenced by deals that share this deal's competitor or segment, those with
    /// the most such deals (a shared competitor counts double) first.
    func playbookHints(for deal: Deal, playbook: Playbook?, folder: inout FoldCache) -> [ReviewBrief.PlaybookHint] {
        guard let playbook else { return [] }
        let competitors = Set(deal.competitors.map { folder.fold($0) }.filter { !$0.isEmpty })
        let segment = deal.segment.map { folder.fold($0) }.flatMap { $0.isEmpty ? nil : $0 }
        var hints: [(hint: ReviewBrief.PlaybookHint, points: Int)] = []
        for entry in playbook.entries {
            var points = 0, similarDeals = 0
            for evidence in entry.evidence where evidence.dealId != deal.id {
                guard let other = dealIndexByID[evidence.dealId].map({ deals[$0] }) else { continue }
                let sharesCompetitor = other.competitors.contains { competitors.contains(folder.fold($0)) }
                let sharesSegment = segment != nil && other.segment.map { folder.fold($0) } == segment
                if sharesCompetitor || sharesSegment { similarDeals += 1 }
                points += (sharesCompetitor ? 2 : 0) + (sharesSegment ? 1 : 0)
            }
            guard similarDeals > 0 else { continue }
            hints.append((ReviewBrief.PlaybookHint(entryId: entry.id, title: entry.title, detail: entry.detail, deals: entry.deals,
                                                   wins: entry.wins, similarDeals: similarDeals), points))
        }
        hints.sort { a, b in
            if a.points != b.points { return a.points > b.points }
            if a.hint.wins != b.hint.wins { return a.hint.wins > b.hint.wins }
            return a.hint.title < b.hint.title
        }
        return hints.prefix(BriefLimits.playbook).map(\.hint)
    }
}
