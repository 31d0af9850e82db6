/// A completed review together with the deal it is about: what the review-based figures count.
public struct ReviewedDeal: Sendable, Equatable {
    public var review: Review
    public var deal: Deal

    public init(review: Review, deal: Deal) {
        self.review = review
        self.deal = deal
    }

    /// Completed reviews joined to their deals. Reviews still under way are left out (their
    /// factors and flags are not final), and so are reviews whose deal is missing.
    public static func join(reviews: [Review], deals: [Deal]) -> [ReviewedDeal] {
        // Indices, sorted before anything is copied: each review and deal is copied once, into the result.
        var dealIndex: [String: Int] = [:]
        dealIndex.reserveCapacity(deals.count)
        for index in deals.indices { dealIndex[deals[index].id] = index }
        var pairs: [(review: Int, deal: Int)] = []
        for index in reviews.indices where reviews[index].status == .completed {
            if let deal = dealIndex[reviews[index].dealId] { pairs.append((index, deal)) }
        }
        pairs.sort { reviews[$0.review].id < reviews[$1.review].id }
        return pairs.map { ReviewedDeal(review: reviews[$0.review], deal: deals[$0.deal]) }
    }
}
