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
    /// Per deal: its owner's rep key, its competitors' numbers (a range of `competitorNumbers`, so
    /// no deal needs an array of its own), its segment's and size band's numbers (-1: none), its
    /// close day as a serial and its amount as a Double (NaN when unknown), for ranking.
    let dealRep: [String]
    let competitorNumbers: [Int]
    let dealCompetitorRange: [Range<Int>]
    let dealSegment: [Int]
    let dealBand: [Int]
    let dealCurrency: [Int]
    let dealAmount: [Double]
    let dealCloseSerial: [Int]
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
        var competitors = NameNumbers(), segments = NameNumbers(), currencies = NameNumbers()
        var dealIndexByID: [String: Int] = [:]
        dealIndexByID.reserveCapacity(deals.count)
        var dealRep: [String] = [], competitorNumbers: [Int] = [], dealCompetitorRange: [Range<Int>] = []
        var dealSegment: [Int] = [], dealBand: [Int] = [], dealCurrency: [Int] = [], dealAmount: [Double] = [], dealCloseSerial: [Int] = []
        dealRep.reserveCapacity(deals.count)
        for index in deals.indices {
            if dealIndexByID[deals[index].id] == nil { dealIndexByID[deals[index].id] = index }
            dealRep.append(repKeys.key(deals[index].owner))  // the number's key: one hash
            let start = competitorNumbers.count
            for name in deals[index].competitors {
                if let number = competitors.number(name), !competitorNumbers[start...].contains(number) { competitorNumbers.append(number) }
            }
            dealCompetitorRange.append(start..<competitorNumbers.count)
            dealSegment.append(deals[index].segment.flatMap { segments.number($0) } ?? -1)
            let currency = deals[index].amount.flatMap { currencies.number($0.currency) } ?? -1
            let amount = deals[index].amount.map { NSDecimalNumber(decimal: $0.amount).doubleValue } ?? .nan
            dealCurrency.append(currency)
            dealAmount.append(amount)
            dealBand.append(currency < 0 || !amount.isFinite ? -1 : currency * 4 + DealSizeBand.Size(amount).rawValue)
            dealCloseSerial.append(deals[index].closeDate.serial)
        }
        self.dealIndexByID = dealIndexByID

        var isReviewed = [Bool](repeating: false, count: deals.count)
        var openReviewOfDeal: [Int: Int] = [:]
        var latestCompletedOfDeal: [Int: Int] = [:]
        // By rep number while the reviews are scanned (one hash per review, for its rep's number),
        // keyed by the reps' keys once at the end.
        var reviewsOfRepNumber: [[Int]] = [], completedOfRepNumber: [[Int]] = [], lastHeldSerialOfRepNumber: [Int] = []
        for index in reviews.indices {
            let rep = repKeys.number(reviews[index].rep)
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
                if latestCompletedOfDeal[deal].map({ Self.completedLater(reviews, index, than: $0) }) ?? true {
                    latestCompletedOfDeal[deal] = index
                }
            } else if openReviewOfDeal[deal].map({ (reviews[$0].createdAt, reviews[$0].id) < (reviews[index].createdAt, reviews[index].id) }) ?? true {
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
                completedOfRep[key] = completedOfRepNumber[rep].sorted { Self.completedLater(reviews, $0, than: $1) }
            }
            if lastHeldSerialOfRepNumber[rep] != Int.min { lastHeldDayOfRep[key] = Day(serial: lastHeldSerialOfRepNumber[rep]) }
        }
        var byCompetitor = [[Int]](repeating: [], count: competitors.count)
        var bySegment = [[Int]](repeating: [], count: segments.count)
        for deal in deals.indices where isReviewed[deal] {
            for number in competitorNumbers[dealCompetitorRange[deal]] { byCompetitor[number].append(deal) }
            if dealSegment[deal] >= 0 { bySegment[dealSegment[deal]].append(deal) }
        }
        self.isReviewed = isReviewed
        self.openReviewOfDeal = openReviewOfDeal
        self.latestCompletedOfDeal = latestCompletedOfDeal
        self.reviewsOfRep = reviewsOfRep
        self.completedOfRep = completedOfRep
        self.lastHeldDayOfRep = lastHeldDayOfRep
        self.dealRep = dealRep
        self.competitorNumbers = competitorNumbers
        self.dealCompetitorRange = dealCompetitorRange
        self.dealSegment = dealSegment
        self.dealBand = dealBand
        self.dealCurrency = dealCurrency
        self.dealAmount = dealAmount
        self.dealCloseSerial = dealCloseSerial
        self.competitors = competitors
        self.segments = segments
        reviewedByCompetitor = byCompetitor
        reviewedBySegment = bySegment
        signals = QueueSignals(deals: deals, competitorNumbers: competitorNumbers, dealCompetitorRange: dealCompetitorRange,
                               competitorLabels: competitors.labels, dealSegment: dealSegment, segmentCount: segments.count,
                               dealCurrency: dealCurrency, currencyCount: currencies.count, dealAmount: dealAmount, dealCloseSerial: dealCloseSerial)
    }

    /// The competitor numbers of the deal at `index`.
    func competitorsOf(_ index: Int) -> ArraySlice<Int> { competitorNumbers[dealCompetitorRange[index]] }

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
