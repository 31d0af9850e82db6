import Foundation

/// What the coach's desk knows from the reviews: which deals are reviewed, each deal's open and
/// latest completed review, each rep's reviews and last held day, the reviewed deals by competitor
/// and segment. Never changed once made: `updating` makes the next one, redoing only the deals and
/// reps of the reviews that changed, and shares every table it leaves alone.
final class DeskReviewFacts: Sendable {
    /// Rep names folded, as the deals' facts fold them (reviews add the spellings they bring).
    let repKeys: SpellingGroups
    /// Per deal: whether it has a completed review (what the board counts as reviewed).
    let isReviewed: [Bool]
    /// Per deal: its open review, the most recently created, when it has one.
    let openReviewOfDeal: [Int: Int]
    /// Per deal: its latest completed review.
    let latestCompletedOfDeal: [Int: Int]
    /// Each rep's reviews (any status) by rep key, in load order.
    let reviewsOfRep: [String: [Int]]
    /// Each rep's completed reviews, newest completion first.
    let completedOfRep: [String: [Int]]
    /// The day of each rep's last held review (started or completed).
    let lastHeldDayOfRep: [String: Day]
    /// Deals with a completed review, by competitor number and by segment number, in deal order.
    let reviewedByCompetitor: [[Int]]
    let reviewedBySegment: [[Int]]

    private init(repKeys: SpellingGroups, isReviewed: [Bool], openReviewOfDeal: [Int: Int], latestCompletedOfDeal: [Int: Int],
                 reviewsOfRep: [String: [Int]], completedOfRep: [String: [Int]], lastHeldDayOfRep: [String: Day],
                 reviewedByCompetitor: [[Int]], reviewedBySegment: [[Int]]) {
        self.repKeys = repKeys
        self.isReviewed = isReviewed
        self.openReviewOfDeal = openReviewOfDeal
        self.latestCompletedOfDeal = latestCompletedOfDeal
        self.reviewsOfRep = reviewsOfRep
        self.completedOfRep = completedOfRep
        self.lastHeldDayOfRep = lastHeldDayOfRep
        self.reviewedByCompetitor = reviewedByCompetitor
        self.reviewedBySegment = reviewedBySegment
    }

    convenience init(deals: [Deal], reviews: [Review], dealFacts: DeskDealFacts) {
        var repKeys = dealFacts.repKeys
        let dealIndexByID = dealFacts.dealIndexByID
        var isReviewed = [Bool](repeating: false, count: deals.count)
        var openReviewOfDeal: [Int: Int] = [:]
        var latestCompletedOfDeal: [Int: Int] = [:]
        // By rep number while the reviews are scanned (one hash per review, for its rep's number),
        // keyed by the reps' keys once at the end.
        var reviewsOfRepNumber: [[Int]] = [], completedOfRepNumber: [[Int]] = [], lastHeldSerialOfRepNumber: [Int] = []
        for index in reviews.indices {
            let rep = repKeys.group(of: reviews[index].rep)
            while reviewsOfRepNumber.count <= rep {
                reviewsOfRepNumber.append([])
                completedOfRepNumber.append([])
                lastHeldSerialOfRepNumber.append(Int.min)
            }
            reviewsOfRepNumber[rep].append(index)
            if let held = reviews[index].completedAt ?? reviews[index].startedAt {
                lastHeldSerialOfRepNumber[rep] = max(lastHeldSerialOfRepNumber[rep], Day(held).serial)
            }
            guard let deal = dealIndexByID[reviews[index].dealId] else { continue }
            if reviews[index].status == .completed {
                isReviewed[deal] = true
                completedOfRepNumber[rep].append(index)
                if latestCompletedOfDeal[deal].map({ CoachDesk.completedLater(reviews, index, than: $0) }) ?? true {
                    latestCompletedOfDeal[deal] = index
                }
            } else if openReviewOfDeal[deal].map({ Self.createdLater(reviews, index, than: $0) }) ?? true {
                openReviewOfDeal[deal] = index
            }
        }
        var reviewsOfRep: [String: [Int]] = [:]
        var completedOfRep: [String: [Int]] = [:]
        var lastHeldDayOfRep: [String: Day] = [:]
        for rep in reviewsOfRepNumber.indices {
            let key = repKeys.keys[rep]
            if !reviewsOfRepNumber[rep].isEmpty { reviewsOfRep[key] = reviewsOfRepNumber[rep] }
            if !completedOfRepNumber[rep].isEmpty {
                completedOfRep[key] = completedOfRepNumber[rep].sorted { CoachDesk.completedLater(reviews, $0, than: $1) }
            }
            if lastHeldSerialOfRepNumber[rep] != Int.min { lastHeldDayOfRep[key] = Day(serial: lastHeldSerialOfRepNumber[rep]) }
        }
        var byCompetitor = [[Int]](repeating: [], count: dealFacts.competitors.count)
        var bySegment = [[Int]](repeating: [], count: dealFacts.segments.count)
        for deal in deals.indices where isReviewed[deal] {
            for number in dealFacts.competitorsOf(deal) { byCompetitor[number].append(deal) }
            if dealFacts.dealSegment[deal] >= 0 { bySegment[dealFacts.dealSegment[deal]].append(deal) }
        }
        self.init(repKeys: repKeys, isReviewed: isReviewed, openReviewOfDeal: openReviewOfDeal, latestCompletedOfDeal: latestCompletedOfDeal,
                  reviewsOfRep: reviewsOfRep, completedOfRep: completedOfRep, lastHeldDayOfRep: lastHeldDayOfRep,
                  reviewedByCompetitor: byCompetitor, reviewedBySegment: bySegment)
    }

    /// An open review replaces another of its deal when it was created later (then by id).
    static func createdLater(_ reviews: [Review], _ a: Int, than b: Int) -> Bool {
        (reviews[b].createdAt, reviews[b].id) < (reviews[a].createdAt, reviews[a].id)
    }

    /// The facts after the reviews at `changed` (ascending; any added at the end among them) went
    /// from `old` to `new`: the deals and reps those reviews belonged to before and belong to now
    /// are worked out again from their own reviews, the same way the full scan does.
    func updating(from old: [Review], to new: [Review], changed: [Int], deals: [Deal], dealFacts: DeskDealFacts) -> DeskReviewFacts {
        guard !changed.isEmpty else { return self }
        var repKeys = self.repKeys
        var reviewsOfRep = self.reviewsOfRep
        var reps = Set<String>(), touchedDeals = Set<Int>()
        for index in changed {
            let after = repKeys.key(of: new[index].rep)
            reps.insert(after)
            if let deal = dealFacts.dealIndexByID[new[index].dealId] { touchedDeals.insert(deal) }
            guard index < old.count else {
                Self.insert(index, into: &reviewsOfRep[after, default: []])
                continue
            }
            let before = repKeys.key(of: old[index].rep)
            reps.insert(before)
            if let deal = dealFacts.dealIndexByID[old[index].dealId] { touchedDeals.insert(deal) }
            if before != after {
                reviewsOfRep[before]?.removeAll { $0 == index }
                if reviewsOfRep[before]?.isEmpty == true { reviewsOfRep[before] = nil }
                Self.insert(index, into: &reviewsOfRep[after, default: []])
            }
        }
        var completedOfRep = self.completedOfRep, lastHeldDayOfRep = self.lastHeldDayOfRep
        for rep in reps {
            let mine = reviewsOfRep[rep] ?? []
            let completed = mine.filter { new[$0].status == .completed && dealFacts.dealIndexByID[new[$0].dealId] != nil }
            completedOfRep[rep] = completed.isEmpty ? nil : completed.sorted { CoachDesk.completedLater(new, $0, than: $1) }
            let held = mine.compactMap { (new[$0].completedAt ?? new[$0].startedAt).map { Day($0).serial } }.max()
            lastHeldDayOfRep[rep] = held.map { Day(serial: $0) }
        }
        var isReviewed = self.isReviewed
        var openReviewOfDeal = self.openReviewOfDeal, latestCompletedOfDeal = self.latestCompletedOfDeal
        var byCompetitor = reviewedByCompetitor, bySegment = reviewedBySegment
        // The touched deals' reviews, found in one pass (a deal's reviews may be any rep's).
        let touched = touchedDeals.map { (id: deals[$0].id, deal: $0) }
        var reviewsOfDeal = [Int: [Int]]()
        for index in new.indices {
            for candidate in touched where new[index].dealId == candidate.id { reviewsOfDeal[candidate.deal, default: []].append(index) }
        }
        for deal in touchedDeals {
            var reviewed = false
            var open: Int?, latest: Int?
            for index in reviewsOfDeal[deal] ?? [] {
                if new[index].status == .completed {
                    reviewed = true
                    if latest.map({ CoachDesk.completedLater(new, index, than: $0) }) ?? true { latest = index }
                } else if open.map({ Self.createdLater(new, index, than: $0) }) ?? true {
                    open = index
                }
            }
            openReviewOfDeal[deal] = open
            latestCompletedOfDeal[deal] = latest
            guard reviewed != isReviewed[deal] else { continue }
            isReviewed[deal] = reviewed
            for number in dealFacts.competitorsOf(deal) {
                if reviewed { Self.insert(deal, into: &byCompetitor[number]) } else { byCompetitor[number].removeAll { $0 == deal } }
            }
            let segment = dealFacts.dealSegment[deal]
            if segment >= 0 {
                if reviewed { Self.insert(deal, into: &bySegment[segment]) } else { bySegment[segment].removeAll { $0 == deal } }
            }
        }
        return DeskReviewFacts(repKeys: repKeys, isReviewed: isReviewed, openReviewOfDeal: openReviewOfDeal,
                               latestCompletedOfDeal: latestCompletedOfDeal, reviewsOfRep: reviewsOfRep, completedOfRep: completedOfRep,
                               lastHeldDayOfRep: lastHeldDayOfRep, reviewedByCompetitor: byCompetitor, reviewedBySegment: bySegment)
    }

    /// Puts `value` into an ascending list where it belongs (a binary search).
    private static func insert(_ value: Int, into list: inout [Int]) {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < value { low = middle + 1 } else { high = middle }
        }
        if low < list.count, list[low] == value { return }
        list.insert(value, at: low)
    }

    /// Whether both hold the same facts (the rep numbering aside, which only speeds up folding).
    func sameFacts(as other: DeskReviewFacts) -> Bool {
        isReviewed == other.isReviewed && openReviewOfDeal == other.openReviewOfDeal
            && latestCompletedOfDeal == other.latestCompletedOfDeal && reviewsOfRep == other.reviewsOfRep
            && completedOfRep == other.completedOfRep && lastHeldDayOfRep == other.lastHeldDayOfRep
            && reviewedByCompetitor == other.reviewedByCompetitor && reviewedBySegment == other.reviewedBySegment
    }
}
