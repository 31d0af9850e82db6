/// Completed reviews together with the deals they are about: what the review-based figures count.
/// Held as positions in the arrays they came from: copying each review and deal would retain
/// every string and array in them, which costs more than the counting itself.
public struct ReviewedDeals: Sendable {
    public struct Pair: Sendable, Equatable {
        public var review: Int
        public var deal: Int
    }

    public let reviews: [Review]
    public let deals: [Deal]
    /// One per completed review whose deal is known, in review id order.
    public let pairs: [Pair]

    public var count: Int { pairs.count }

    /// Joins completed reviews to their deals. Reviews still under way are left out (their
    /// factors and flags are not final), and so are reviews whose deal is missing.
    public init(reviews: [Review], deals: [Deal]) {
        var dealIndex: [String: Int] = [:]
        dealIndex.reserveCapacity(deals.count)
        for index in deals.indices { dealIndex[deals[index].id] = index }
        var pairs: [Pair] = []
        for index in reviews.indices where reviews[index].status == .completed {
            if let deal = dealIndex[reviews[index].dealId] { pairs.append(Pair(review: index, deal: deal)) }
        }
        pairs.sort { reviews[$0.review].id < reviews[$1.review].id }
        self.reviews = reviews
        self.deals = deals
        self.pairs = pairs
    }

    /// The outcome of the `index`th pair's deal.
    func outcome(_ index: Int) -> Outcome { deals[pairs[index].deal].outcome }
}
