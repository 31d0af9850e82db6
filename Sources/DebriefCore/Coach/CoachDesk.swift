import Foundation

/// What the coach's desk knows about a team, prepared once per load: which deals are reviewed,
/// each rep's reviews, the reviewed deals by competitor and segment, the team's rates. The queue,
/// a brief and a rep's progress then read these instead of scanning every record again, so each
/// takes a fraction of a key press on 20k reviews (see Benchmarks/CoachBenchmark).
public struct CoachDesk: Sendable {
    public let deals: [Deal]
    public let reviews: [Review]
    public let today: Day
    /// How many weeks without a held review make a rep worth a word in the queue.
    public let repQuietWeeks: Int

    let dealIndexByID: [String: Int]
    /// Per deal: whether it has a completed review (what the board counts as reviewed).
    let isReviewed: [Bool]
    /// Per deal: its open review, the most recently created, when it has one.
    let openReviewOfDeal: [Int: Int]
    /// Per deal: its latest completed review.
    let latestCompletedOfDeal: [Int: Int]
    /// Each rep's reviews (any status) by folded name, in load order.
    let reviewsOfRep: [String: [Int]]
    /// Each rep's completed reviews, newest completion first.
    let completedOfRep: [String: [Int]]
    /// The day of each rep's last held review (started or completed).
    let lastHeldDayOfRep: [String: Day]
    /// Deals with a completed review, by folded competitor and by folded segment.
    let reviewedByCompetitor: [String: [Int]]
    let reviewedBySegment: [String: [Int]]
    let signals: QueueSignals

    public init(deals: [Deal], reviews: [Review], today: Day, repQuietWeeks: Int = 4) {
        self.deals = deals
        self.reviews = reviews
        self.today = today
        self.repQuietWeeks = max(1, repQuietWeeks)
        var dealIndexByID: [String: Int] = [:]
        dealIndexByID.reserveCapacity(deals.count)
        for index in deals.indices where dealIndexByID[deals[index].id] == nil { dealIndexByID[deals[index].id] = index }
        self.dealIndexByID = dealIndexByID

        var isReviewed = [Bool](repeating: false, count: deals.count)
        var openReviewOfDeal: [Int: Int] = [:]
        var latestCompletedOfDeal: [Int: Int] = [:]
        var reviewsOfRep: [String: [Int]] = [:]
        var completedOfRep: [String: [Int]] = [:]
        var lastHeldDayOfRep: [String: Day] = [:]
        var folder = FoldCache()
        for index in reviews.indices {
            let review = reviews[index]
            let rep = Self.repKey(review.rep, &folder)
            reviewsOfRep[rep, default: []].append(index)
            if let held = review.completedAt ?? review.startedAt {
                let day = Day(held)
                if lastHeldDayOfRep[rep].map({ day > $0 }) ?? true { lastHeldDayOfRep[rep] = day }
            }
            guard let deal = dealIndexByID[review.dealId] else { continue }
            if review.status == .completed {
                isReviewed[deal] = true
                completedOfRep[rep, default: []].append(index)
                if latestCompletedOfDeal[deal].map({ Self.completedLater(reviews[index], than: reviews[$0]) }) ?? true {
                    latestCompletedOfDeal[deal] = index
                }
            } else if openReviewOfDeal[deal].map({ (reviews[$0].createdAt, reviews[$0].id) < (review.createdAt, review.id) }) ?? true {
                openReviewOfDeal[deal] = index
            }
        }
        for key in completedOfRep.keys {
            completedOfRep[key]?.sort { Self.completedLater(reviews[$0], than: reviews[$1]) }
        }
        var byCompetitor: [String: [Int]] = [:]
        var bySegment: [String: [Int]] = [:]
        for deal in latestCompletedOfDeal.keys.sorted() {
            for competitor in Set(deals[deal].competitors.map { folder.fold($0) }) where !competitor.isEmpty {
                byCompetitor[competitor, default: []].append(deal)
            }
            if let segment = deals[deal].segment.map({ folder.fold($0) }), !segment.isEmpty { bySegment[segment, default: []].append(deal) }
        }
        self.isReviewed = isReviewed
        self.openReviewOfDeal = openReviewOfDeal
        self.latestCompletedOfDeal = latestCompletedOfDeal
        self.reviewsOfRep = reviewsOfRep
        self.completedOfRep = completedOfRep
        self.lastHeldDayOfRep = lastHeldDayOfRep
        reviewedByCompetitor = byCompetitor
        reviewedBySegment = bySegment
        signals = QueueSignals(deals: deals, today: today, folder: &folder)
    }

    /// The deal with this id.
    public func deal(id: String) -> Deal? { dealIndexByID[id].map { deals[$0] } }

    /// Reps, grouped by folded name, as a person would type them.
    public var repNames: [String] {
        var names: [String: String] = [:]
        for deal in deals { let key = SearchFolding.fold(deal.owner); if names[key].map({ deal.owner < $0 }) ?? true { names[key] = deal.owner } }
        for review in reviews { let key = SearchFolding.fold(review.rep); if names[key] == nil { names[key] = review.rep } }
        return names.values.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.sorted()
    }

    static func repKey(_ name: String, _ folder: inout FoldCache) -> String {
        folder.fold(name.trimmingCharacters(in: .whitespaces))
    }

    static func completedLater(_ a: Review, than b: Review) -> Bool {
        let x = a.completedAt ?? a.createdAt, y = b.completedAt ?? b.createdAt
        return x != y ? x > y : a.id > b.id
    }
}
