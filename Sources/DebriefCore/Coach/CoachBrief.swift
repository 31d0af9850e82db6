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
        let rep = dealRep[index]
        let facts = ReviewBrief.Facts(
            dealId: deal.id, account: deal.account, name: deal.name, outcome: deal.outcome, amount: deal.amount,
            sizeBand: DealSizeBand(deal.amount)?.description, closeDate: deal.closeDate, createdDate: deal.createdDate,
            cycleDays: deal.salesCycleDays, rep: deal.owner, segment: deal.segment, dealType: deal.dealType,
            leadSource: deal.leadSource, stageReached: deal.stageReached, competitors: deal.competitors, reasons: deal.reasons)
        let why = isReviewed[index] ? [] : entry(forDealAt: index).reasons
        return ReviewBrief(facts: facts, whyNow: why, openItems: openItems(rep: rep, excludingDeal: deal.id),
                           lessons: lessons(rep: rep, excludingDeal: deal.id),
                           similarWon: similar(to: index, won: true), similarLost: similar(to: index, won: false),
                           playbook: playbookHints(for: index, playbook: playbook), asOf: today)
    }

    /// The rep's action items not yet done, from the rep's reviews of other deals: overdue first,
    /// then soonest due, undated last.
    func openItems(rep: String, excludingDeal dealID: String) -> [ReviewBrief.OpenItem] {
        var items: [ReviewBrief.OpenItem] = []
        for reviewIndex in reviewsOfRep[rep] ?? [] where reviews[reviewIndex].dealId != dealID {
            for item in reviews[reviewIndex].actionItems.indices where !reviews[reviewIndex].actionItems[item].done {
                let dealID = reviews[reviewIndex].dealId
                let found = reviews[reviewIndex].actionItems[item]
                items.append(ReviewBrief.OpenItem(reviewId: reviews[reviewIndex].id, itemId: found.id, dealId: dealID,
                                                  account: dealIndexByID[dealID].map { deals[$0].account },
                                                  text: found.text, owner: found.owner, due: found.due,
                                                  daysOverdue: found.due.map { today.days(since: $0) }))
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
    func similar(to index: Int, won: Bool) -> [ReviewBrief.SimilarDeal] {
        let mine = Array(competitorsOf(index)), segment = dealSegment[index], band = dealBand[index]
        var seen = [Bool](repeating: false, count: deals.count)
        seen[index] = true
        struct Scored { var deal: Int; var points: Int }
        var scored: [Scored] = []
        func consider(_ candidate: Int) {
            guard !seen[candidate] else { return }
            seen[candidate] = true
            guard (deals[candidate].outcome == .won) == won else { return }
            var points = 0
            if competitorsOf(candidate).contains(where: mine.contains) { points += 4 }
            if segment >= 0 && dealSegment[candidate] == segment { points += 2 }
            if band >= 0 && dealBand[candidate] == band { points += 1 }
            scored.append(Scored(deal: candidate, points: points))
        }
        for number in mine { reviewedByCompetitor[number].forEach(consider) }
        if segment >= 0 { reviewedBySegment[segment].forEach(consider) }
        // Only the few shown are sorted in full: the rest need only to lose to them.
        let top = scored.sorted { a, b in
            if a.points != b.points { return a.points > b.points }
            let x = dealCloseSerial[a.deal], y = dealCloseSerial[b.deal]
            return x != y ? x > y : deals[a.deal].id < deals[b.deal].id
        }.prefix(BriefLimits.similar)
        return top.compactMap { found in
            guard let reviewIndex = latestCompletedOfDeal[found.deal] else { return nil }
            let other = deals[found.deal]
            var shares: [String] = []
            if let shared = other.competitors.first(where: { name in competitors.existing(name).map(mine.contains) ?? false }) {
                shares.append("vs \(shared)")
            }
            if segment >= 0, dealSegment[found.deal] == segment, let name = other.segment { shares.append(name) }
            if band >= 0, dealBand[found.deal] == band, let description = DealSizeBand(other.amount)?.description { shares.append(description) }
            return ReviewBrief.SimilarDeal(dealId: other.id, reviewId: reviews[reviewIndex].id, account: other.account, outcome: other.outcome,
                                           amount: other.amount, closeDate: other.closeDate, rep: other.owner, shares: shares,
                                           lesson: ReviewBrief.lessonLine(reviews[reviewIndex], deal: other))
        }
    }

    /// Playbook entries evidenced by deals that share this deal's competitor or segment, those with
    /// the most such deals (a shared competitor counts double) first.
    func playbookHints(for index: Int, playbook: Playbook?) -> [ReviewBrief.PlaybookHint] {
        guard let playbook else { return [] }
        let mine = Array(competitorsOf(index)), segment = dealSegment[index]
        var hints: [(hint: ReviewBrief.PlaybookHint, points: Int)] = []
        for entry in playbook.entries {
            var points = 0, similarDeals = 0
            for evidence in entry.evidence {
                guard let other = dealIndexByID[evidence.dealId], other != index else { continue }
                let sharesCompetitor = competitorsOf(other).contains(where: mine.contains)
                let sharesSegment = segment >= 0 && dealSegment[other] == segment
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
