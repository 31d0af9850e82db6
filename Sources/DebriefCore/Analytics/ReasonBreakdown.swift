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
        var counts: [ReasonCategory: Int] = [:]
        for index in deals.indices where deals[index].outcome == outcome {
            total += 1
            var categories: [ReasonCategory] = []
            for reason in deals[index].reasons where !categories.contains(reason.category) { categories.append(reason.category) }
            if !categories.isEmpty { withReasons += 1 }
            for category in categories { counts[category, default: 0] += 1 }
        }
        self.deals = total
        dealsWithReasons = withReasons
        let order = ReasonCategory.allCases
        categories = counts
            .map { Share(category: $0.key, deals: $0.value, share: SampleSize.share($0.value, of: withReasons)) }
            .sorted { a, b in
                a.deals != b.deals ? a.deals > b.deals
                    : (order.firstIndex(of: a.category) ?? 0) < (order.firstIndex(of: b.category) ?? 0)
            }
        isTooThin = SampleSize.isTooThin(withReasons)
    }
}
