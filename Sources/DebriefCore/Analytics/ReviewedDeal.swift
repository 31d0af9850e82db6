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
        var byID: [String: Deal] = [:]
        byID.reserveCapacity(deals.count)
        for deal in deals { byID[deal.id] = deal }
        return reviews
            .filter { $0.status == .completed }
            .compactMap { review in byID[review.dealId].map { ReviewedDeal(review: review, deal: $0) } }
            .sorted { $0.review.id < $1.review.id }
    }
}
