import Foundation

/// The numbers in the board's header for the deals on screen: counts, win rates, value won and lost,
/// median sales cycle and review coverage.
public struct PipelineSummary: Sendable, Equatable, Codable {
    public var wins = 0
    public var losses = 0
    public var noDecisions = 0
    /// Wins over all closed deals shown, 0...1; nil when no deals.
    public var winRateByCount: Double?
    /// Won value over all closed value, in `currency` only; nil when there is none.
    public var winRateByValue: Double?
    /// The currency the value figures are in: the one with the most won value (`HeadlineCurrency`).
    public var currency: String?
    public var wonValue: Decimal = 0
    public var lostValue: Decimal = 0
    /// Deals left out of the value figures because they are in another currency (no exchange rates offline).
    public var otherCurrencyDeals = 0
    /// Deals left out of the value figures because the CRM gave no amount (unknown, not 0).
    public var unknownAmountDeals = 0
    public var medianCycleDays: Double?
    /// Deals with a completed review.
    public var reviewed = 0

    public var closed: Int { wins + losses + noDecisions }

    public init() {}

    public init(deals: [Deal], completedReviewDealIDs: Set<String>) {
        var tallies: [String: HeadlineCurrency.Tally] = [:]
        var cycles: [Int] = []
        cycles.reserveCapacity(deals.count)
        for deal in deals {
            switch deal.outcome {
            case .won: wins += 1
            case .lost: losses += 1
            case .noDecision: noDecisions += 1
            }
            if let amount = deal.amount {
                tallies[amount.currency, default: HeadlineCurrency.Tally(code: amount.currency)].add(amount: NSDecimalNumber(decimal: amount.amount).doubleValue, won: deal.outcome == .won)
            } else {
                unknownAmountDeals += 1
            }
            if let cycle = deal.salesCycleDays { cycles.append(cycle) }
            if completedReviewDealIDs.contains(deal.id) { reviewed += 1 }
        }
        if closed > 0 { winRateByCount = Double(wins) / Double(closed) }
        currency = HeadlineCurrency.choose(tallies.values)?.code
        if let currency {
            var total: Decimal = 0
            for deal in deals {
                guard let amount = deal.amount else { continue }
                guard amount.currency == currency else { otherCurrencyDeals += 1; continue }
                total += amount.amount
                if deal.outcome == .won { wonValue += amount.amount } else { lostValue += amount.amount }
            }
            if total > 0 { winRateByValue = NSDecimalNumber(decimal: wonValue / total).doubleValue }
        }
        medianCycleDays = Self.median(cycles)
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
    }
}
