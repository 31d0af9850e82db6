import DebriefCore

/// What the board needs to filter and draw many deals quickly, computed once per load:
/// folded search text and the review status of each deal.
public struct BoardIndex: Sendable, Equatable {
    public let deals: [Deal]
    let searchText: [String]
    /// The most advanced review of each deal, by deal id.
    public let reviewStatus: [String: ReviewStatus]
    /// The open review of each deal (if any), to resume rather than start anew.
    public let openReviewID: [String: String]
    public let reps: [String]
    public let segments: [String]
    public let competitors: [String]
    /// Position of each deal in close-date order (newest first).
    let dateRank: [Int]

    public init(deals: [Deal], reviews: [Review]) {
        self.deals = deals
        var memo: [String: String] = [:]
        searchText = deals.map { DealFilter.searchText(of: $0, memo: &memo) }
        // One integer per deal orders by close date, newest first, then by id: cheaper than comparing tuples.
        let byDate = deals.indices.sorted { (deals[$0].closeDate.serial, deals[$1].id) > (deals[$1].closeDate.serial, deals[$0].id) }
        var rank = [Int](repeating: 0, count: deals.count)
        for (position, index) in byDate.enumerated() { rank[index] = position }
        dateRank = rank
        var status: [String: ReviewStatus] = [:]
        var open: [String: String] = [:]
        for review in reviews {
            if let existing = status[review.dealId], existing >= review.status {} else { status[review.dealId] = review.status }
            if review.status.isOpen { open[review.dealId] = review.id }
        }
        reviewStatus = status
        openReviewID = open
        reps = Self.distinctSorted(deals.map(\.owner))
        segments = Self.distinctSorted(deals.compactMap(\.segment))
        competitors = Self.distinctSorted(deals.flatMap(\.competitors))
    }

    public static let empty = BoardIndex(deals: [], reviews: [])

    /// Indices of the deals the filter keeps, split into the two columns and sorted.
    public func columns(filter: DealFilter, sort: BoardSort, today: Day) -> (won: [Int], lost: [Int]) {
        let matcher = filter.matcher(today: today)
        var won: [Int] = []
        var lost: [Int] = []
        for index in deals.indices where matcher.matches(deals[index], searchText: searchText[index]) {
            if deals[index].outcome == .won { won.append(index) } else { lost.append(index) }
        }
        let order: (Int, Int) -> Bool
        switch sort {
        case .closeDate:
            order = { a, b in dateRank[a] < dateRank[b] }
        case .amount:
            order = { a, b in
                let x = deals[a].amount.amount, y = deals[b].amount.amount
                return x != y ? x > y : dateRank[a] < dateRank[b]
            }
        }
        won.sort(by: order)
        lost.sort(by: order)
        return (won, lost)
    }

    public static func == (a: BoardIndex, b: BoardIndex) -> Bool {
        a.deals == b.deals && a.reviewStatus == b.reviewStatus
    }

    private static func distinctSorted(_ values: [String]) -> [String] {
        Array(Set(values.filter { !$0.isEmpty })).sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
    }
}
