/// Why we win or why we lose: how many deals of one outcome gave each reason category.
public struct ReasonBreakdown: Sendable, Hashable, Codable {
    public struct Share: Sendable, Hashable, Codable {
        public var category: ReasonCategory
        /// Deals of this outcome that gave a reason in this category (a deal counts once per category).
        public var deals: Int
        /// Of the deals that gave any reason, 0...1.
        public var share: Double?
    }

    public var outcome: Outcome
    /// Deals of this outcome.
    public var deals: Int
    /// Of those, the deals with at least one reason recorded: what the shares rest on.
    public var dealsWithReasons: Int
    /// Categories with at least one deal, most common first (ties in the category's own order).
    public var categories: [Share]
    public var isTooThin: Bool

    public init(outcome: Outcome, deals: [Deal]) {
        self.outcome = outcome
        var total = 0, withReasons = 0
        let order = ReasonCategory.allCases
        // Counts by the category's position in `order`; a deal's categories as bits, so a deal
        // costs no array and each category counts once per deal.
        var counts = [Int](repeating: 0, count: order.count)
        for index in deals.indices where deals[index].outcome == outcome {
            total += 1
            var seen: UInt64 = 0
            for reason in deals[index].reasons.indices {
                seen |= 1 << UInt64(order.firstIndex(of: deals[index].reasons[reason].category) ?? 0)
            }
            if seen != 0 { withReasons += 1 }
            for position in order.indices where seen & (1 << UInt64(position)) != 0 { counts[position] += 1 }
        }
        self.deals = total
        dealsWithReasons = withReasons
        categories = order.indices.filter { counts[$0] > 0 }
            .sorted { a, b in counts[a] != counts[b] ? counts[a] > counts[b] : a < b }
            .map { Share(category: order[$0], deals: counts[$0], share: SampleSize.share(counts[$0], of: withReasons)) }
        isTooThin = SampleSize.isTooThin(withReasons)
    }
}
