import Foundation

/// What the coach's desk knows about a team, prepared once per load: which deals are reviewed,
/// each rep's reviews, the reviewed deals by competitor and segment (as numbers), the team's
/// rates. The queue, a brief and a rep's progress then read these instead of scanning every
/// record again, so each takes a fraction of a key press on 20k reviews (Benchmarks/CoachBenchmark).
/// Loops read records in place (`reviews[i].rep`): copying a review would retain all it holds.
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
    /// Each rep's reviews (any status) by rep key, in load order.
    let reviewsOfRep: [String: [Int]]
    /// Each rep's completed reviews, newest completion first.
    let completedOfRep: [String: [Int]]
    /// The day of each rep's last held review (started or completed).
    let lastHeldDayOfRep: [String: Day]
    /// Per deal: its owner's rep key, its competitors', segment's and size band's numbers (-1: none).
    let dealRep: [String]
    let dealCompetitors: [[Int]]
    let dealSegment: [Int]
    let dealBand: [Int]
    let competitors: NameNumbers
    let segments: NameNumbers
    /// Deals with a completed review, by competitor number and by segment number.
    let reviewedByCompetitor: [[Int]]
    let reviewedBySegment: [[Int]]
    let signals: QueueSignals

    public init(deals: [Deal], reviews: [Review], today: Day, repQuietWeeks: Int = 4) {
        self.deals = deals
        self.reviews = reviews
        self.today = today
        self.repQuietWeeks = max(1, repQuietWeeks)
        var repKeys = RepKeys()
        var competitors = NameNumbers(), segments = NameNumbers(), bands = NameNumbers()
        var dealIndexByID: [String: Int] = [:]
        dealIndexByID.reserveCapacity(deals.count)
        var dealRep: [String] = [], dealCompetitors: [[Int]] = [], dealSegment: [Int] = [], dealBand: [Int] = []
        dealRep.reserveCapacity(deals.count)
        dealCompetitors.reserveCapacity(deals.count)
        dealSegment.reserveCapacity(deals.count)
        dealBand.reserveCapacity(deals.count)
        for index in deals.indices {
            if dealIndexByID[deals[index].id] == nil { dealIndexByID[deals[index].id] = index }
            dealRep.append(repKeys.key(deals[index].owner))
            var numbers: [Int] = []
            for name in deals[index].competitors {
                if let number = competitors.number(name), !numbers.contains(number) { numbers.append(number) }
            }
            dealCompetitors.append(numbers)
            dealSegment.append(deals[index].segment.flatMap { segments.number($0) } ?? -1)
            dealBand.append(DealSizeBand(deals[index].amount).flatMap { bands.number($0.description) } ?? -1)
        }
        self.dealIndexByID = dealIndexByID

        var isReviewed = [Bool](repeating: false, count: deals.count)
        var openReviewOfDeal: [Int: Int] = [:]
        var latestCompletedOfDeal: [Int: Int] = [:]
        var reviewsOfRep: [String: [Int]] = [:]
        var completedOfRep: [String: [Int]] = [:]
        var lastHeldDayOfRep: [String: Day] = [:]
        for index in reviews.indices {
            let rep = repKeys.key(reviews[index].rep)
            reviewsOfRep[rep, default: []].append(index)
            if let held = reviews[index].completedAt ?? reviews[index].startedAt {
                let day = Day(held)
                if lastHeldDayOfRep[rep].map({ day > $0 }) ?? true { lastHeldDayOfRep[rep] = day }
            }
            guard let deal = dealIndexByID[reviews[index].dealId] else { continue }
            if reviews[index].status == .completed {
                isReviewed[deal] = true
                completedOfRep[rep, default: []].append(index)
                if latestCompletedOfDeal[deal].map({ Self.completedLater(reviews, index, than: $0) }) ?? true {
                    latestCompletedOfDeal[deal] = index
                }
            } else if openReviewOfDeal[deal].map({ (reviews[$0].createdAt, reviews[$0].id) < (reviews[index].createdAt, reviews[index].id) }) ?? true {
                openReviewOfDeal[deal] = index
            }
        }
        for key in completedOfRep.keys {
            completedOfRep[key]?.sort { Self.completedLater(reviews, $0, than: $1) }
        }
        var byCompetitor = [[Int]](repeating: [], count: competitors.count)
        var bySegment = [[Int]](repeating: [], count: segments.count)
        for deal in deals.indices where isReviewed[deal] {
            for number in dealCompetitors[deal] { byCompetitor[number].append(deal) }
            if dealSegment[deal] >= 0 { bySegment[dealSegment[deal]].append(deal) }
        }
        self.isReviewed = isReviewed
        self.openReviewOfDeal = openReviewOfDeal
        self.latestCompletedOfDeal = latestCompletedOfDeal
        self.reviewsOfRep = reviewsOfRep
        self.completedOfRep = completedOfRep
        self.lastHeldDayOfRep = lastHeldDayOfRep
        self.dealRep = dealRep
        self.dealCompetitors = dealCompetitors
        self.dealSegment = dealSegment
        self.dealBand = dealBand
        self.competitors = competitors
        self.segments = segments
        reviewedByCompetitor = byCompetitor
        reviewedBySegment = bySegment
        signals = QueueSignals(deals: deals, today: today, dealCompetitors: dealCompetitors, competitorCount: competitors.count,
                               competitorLabels: competitors.labels, dealSegment: dealSegment, segmentCount: segments.count)
    }

    /// The deal with this id.
    public func deal(id: String) -> Deal? { dealIndexByID[id].map { deals[$0] } }

    /// Reps, grouped by folded name, as a person would type them.
    public var repNames: [String] {
        var keys = RepKeys()
        var names: [String: String] = [:]
        for index in deals.indices {
            let name = deals[index].owner, key = keys.key(name)
            if names[key].map({ name < $0 }) ?? true { names[key] = name }
        }
        for index in reviews.indices {
            let key = keys.key(reviews[index].rep)
            if names[key] == nil { names[key] = reviews[index].rep }
        }
        return names.values.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.sorted()
    }

    static func completedLater(_ reviews: [Review], _ a: Int, than b: Int) -> Bool {
        let x = reviews[a].completedAt ?? reviews[a].createdAt, y = reviews[b].completedAt ?? reviews[b].createdAt
        return x != y ? x > y : reviews[a].id > reviews[b].id
    }
}
