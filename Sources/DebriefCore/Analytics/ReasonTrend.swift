/// Why we win (or lose) quarter by quarter: how many deals of one outcome gave each reason
/// category in each quarter of close date, so a manager sees whether "onboarding plan" wins are new
/// or fading. A quarter with too few deals with reasons is marked, not hidden.
public struct ReasonTrend: Sendable, Hashable, Codable {
    public struct Quarter: Sendable, Hashable, Codable {
        /// "2026 Q3".
        public var label: String
        /// Deals of this outcome closed in the quarter.
        public var deals: Int
        /// Of those, the deals with at least one reason: what the quarter's shares rest on.
        public var dealsWithReasons: Int
        /// Deals per category, in `ReasonTrend.categories` order (a deal counts once per category).
        public var counts: [Int]
        public var isTooThin: Bool

        /// The share of the quarter's deals with reasons that gave `categories[position]`, 0...1.
        public func share(_ position: Int) -> Double? {
            counts.indices.contains(position) ? SampleSize.share(counts[position], of: dealsWithReasons) : nil
        }
    }

    public var outcome: Outcome
    /// The categories shown, most common over the whole span first (at most `maximumCategories`).
    public var categories: [ReasonCategory]
    /// From the earliest quarter to the latest with no gaps, at most `maximumQuarters`, the latest.
    public var quarters: [Quarter]

    public static let maximumCategories = 5
    public static let maximumQuarters = 6

    public init(outcome: Outcome, deals: [Deal]) {
        self.outcome = outcome
        let order = ReasonCategory.allCases
        var perQuarter: [Int: (deals: Int, withReasons: Int, counts: [Int])] = [:]
        for index in deals.indices where deals[index].outcome == outcome {
            let quarter = Self.quarterNumber(deals[index].closeDate)
            var entry = perQuarter[quarter] ?? (0, 0, [Int](repeating: 0, count: order.count))
            entry.deals += 1
            var seen = Set<Int>()
            for reason in deals[index].reasons { seen.insert(order.firstIndex(of: reason.category) ?? 0) }
            if !seen.isEmpty { entry.withReasons += 1 }
            for position in seen { entry.counts[position] += 1 }
            perQuarter[quarter] = entry
        }
        guard let last = perQuarter.keys.max(), let earliest = perQuarter.keys.min() else {
            categories = []
            quarters = []
            return
        }
        let first = max(earliest, last - Self.maximumQuarters + 1)
        // Categories ranked over the quarters shown, ties in the category's own order.
        var shownTotals = [Int](repeating: 0, count: order.count)
        for quarter in first...last { for (position, count) in (perQuarter[quarter]?.counts ?? []).enumerated() { shownTotals[position] += count } }
        let ranked = order.indices.filter { shownTotals[$0] > 0 }
            .sorted { a, b in shownTotals[a] != shownTotals[b] ? shownTotals[a] > shownTotals[b] : a < b }
            .prefix(Self.maximumCategories)
        categories = ranked.map { order[$0] }
        quarters = (first...last).map { quarter in
            let entry = perQuarter[quarter] ?? (0, 0, [Int](repeating: 0, count: order.count))
            return Quarter(label: Self.quarterLabel(quarter), deals: entry.deals, dealsWithReasons: entry.withReasons,
                           counts: ranked.map { entry.counts[$0] }, isTooThin: SampleSize.isTooThin(entry.withReasons))
        }
    }

    static func quarterNumber(_ day: Day) -> Int { day.year * 4 + (day.month - 1) / 3 }

    static func quarterLabel(_ number: Int) -> String { "\(number / 4) Q\(number % 4 + 1)" }
}
