import Foundation

/// The per-deal numbers the board's header adds up, taken out of the deals once per load, so that
/// summarising thousands of deals on every filter change is integer arithmetic over flat arrays
/// instead of Decimal sums over copies of whole deals. `summary(of:)` equals
/// `PipelineSummary(deals:completedReviewDealIDs:)` for the same deals, to the bit.
public struct PipelineFigures: Sendable {
    /// Kept for the rare amount that is not a whole number of hundredths: those are summed as Decimal.
    private let deals: [Deal]
    public let outcomes: [Outcome]
    /// Index into `currencies` per deal; -1 when the amount is unknown.
    private let currencyIDs: [Int32]
    private let currencies: [String]
    /// The amount in hundredths, or nil when it is not exactly that (then Decimal arithmetic decides).
    public let hundredths: [Int64?]
    private let cycleDays: [Int32]
    private let completed: [Bool]
    /// Deals that have a sales cycle, shortest first: the median of any subset is one walk along it.
    private let byCycle: [Int32]

    public init(deals: [Deal], completedReviewDealIDs: Set<String>) {
        self.deals = deals
        var outcomes: [Outcome] = [], currencyIDs: [Int32] = [], hundredths: [Int64?] = [], cycleDays: [Int32] = [], completed: [Bool] = []
        outcomes.reserveCapacity(deals.count)
        currencyIDs.reserveCapacity(deals.count)
        hundredths.reserveCapacity(deals.count)
        cycleDays.reserveCapacity(deals.count)
        completed.reserveCapacity(deals.count)
        var currencyID: [String: Int32] = [:]
        var currencies: [String] = []
        // One pass through a buffer: iterating the array itself would copy every whole deal.
        deals.withUnsafeBufferPointer { deals in
            for index in deals.indices {
                outcomes.append(deals[index].outcome)
                guard let amount = deals[index].amount else {
                    currencyIDs.append(-1)
                    hundredths.append(nil)
                    cycleDays.append(deals[index].salesCycleDays.map { Int32(clamping: $0) } ?? -1)
                    completed.append(!completedReviewDealIDs.isEmpty && completedReviewDealIDs.contains(deals[index].id))
                    continue
                }
                let currency = amount.currency
                if let id = currencyID[currency] {
                    currencyIDs.append(id)
                } else {
                    let id = Int32(currencies.count)
                    currencies.append(currency)
                    currencyID[currency] = id
                    currencyIDs.append(id)
                }
                hundredths.append(Self.exactHundredths(amount.amount))
                cycleDays.append(deals[index].salesCycleDays.map { Int32(clamping: $0) } ?? -1)
                completed.append(!completedReviewDealIDs.isEmpty && completedReviewDealIDs.contains(deals[index].id))
            }
        }
        self.outcomes = outcomes
        self.currencyIDs = currencyIDs
        self.currencies = currencies
        self.hundredths = hundredths
        self.cycleDays = cycleDays
        self.completed = completed
        let days = cycleDays
        byCycle = days.indices.filter { days[$0] >= 0 }.map(Int32.init).sorted { days[Int($0)] < days[Int($1)] }
    }

    public static let empty = PipelineFigures(deals: [], completedReviewDealIDs: [])

    /// `value` × 100 as an integer when that is exact. Amounts are decimals with at most two places
    /// in practice; through a Double, exactness is certain only well inside its 53 bits, hence the bound.
    public static func exactHundredths(_ value: Decimal) -> Int64? {
        guard value.exponent >= -2 else { return nil }
        let approximate = NSDecimalNumber(decimal: value).doubleValue
        guard abs(approximate) < 100_000_000_000 else { return nil }
        return Int64((approximate * 100).rounded())
    }

    /// The header's numbers for the deals at `indices` (each at most once).
    public func summary(of indices: [Int]...) -> PipelineSummary {
        var summary = PipelineSummary()
        var tallies = currencies.map { HeadlineCurrency.Tally(code: $0) }
        var cycleCount = 0
        for list in indices {
            for index in list {
                switch outcomes[index] {
                case .won: summary.wins += 1
                case .lost: summary.losses += 1
                case .noDecision: summary.noDecisions += 1
                }
                if currencyIDs[index] >= 0 {
                    tallies[Int(currencyIDs[index])].add(amount: hundredths[index].map { Double($0) / 100 }
                        ?? NSDecimalNumber(decimal: deals[index].amount?.amount ?? 0).doubleValue, won: outcomes[index] == .won)
                } else {
                    summary.unknownAmountDeals += 1
                }
                if cycleDays[index] >= 0 { cycleCount += 1 }
                if completed[index] { summary.reviewed += 1 }
            }
        }
        let closed = summary.closed
        if closed > 0 { summary.winRateByCount = Double(summary.wins) / Double(closed) }
        if let headline = HeadlineCurrency.choose(tallies.filter { $0.deals > 0 }), let chosen = currencies.firstIndex(of: headline.code) {
            summary.currency = currencies[chosen]
            addValues(of: indices, currency: Int32(chosen), to: &summary)
        }
        summary.medianCycleDays = medianCycle(of: indices, count: cycleCount)
        return summary
    }

    private func addValues(of indices: [[Int]], currency: Int32, to summary: inout PipelineSummary) {
        var won: Int64 = 0, lost: Int64 = 0
        var exact = true
        for list in indices {
            for index in list {
                guard currencyIDs[index] >= 0 else { continue }
                guard currencyIDs[index] == currency else { summary.otherCurrencyDeals += 1; continue }
                guard exact, let amount = hundredths[index] else { exact = false; continue }
                let (sum, overflow) = outcomes[index] == .won ? won.addingReportingOverflow(amount) : lost.addingReportingOverflow(amount)
                if overflow { exact = false } else if outcomes[index] == .won { won = sum } else { lost = sum }
            }
        }
        if exact {
            summary.wonValue = Decimal(won) / 100
            summary.lostValue = Decimal(lost) / 100
        } else {
            // Some amount is finer than hundredths or the sums overflow: add them as PipelineSummary does.
            summary.wonValue = 0
            summary.lostValue = 0
            for list in indices {
                for index in list where currencyIDs[index] == currency {
                    let amount = deals[index].amount?.amount ?? 0
                    if outcomes[index] == .won { summary.wonValue += amount } else { summary.lostValue += amount }
                }
            }
        }
        let total = summary.wonValue + summary.lostValue
        if total > 0 { summary.winRateByValue = NSDecimalNumber(decimal: summary.wonValue / total).doubleValue }
    }

    /// The median of the chosen deals' cycles, walking the deals in cycle order once.
    private func medianCycle(of indices: [[Int]], count: Int) -> Double? {
        guard count > 0 else { return nil }
        var chosen = [Bool](repeating: false, count: deals.count)
        for list in indices { for index in list { chosen[index] = true } }
        let upper = count / 2, lower = count % 2 == 1 ? upper : upper - 1
        var position = 0
        var lowerValue: Int32 = 0
        for index in byCycle where chosen[Int(index)] {
            let days = cycleDays[Int(index)]
            if position == lower { lowerValue = days }
            if position == upper { return count % 2 == 1 ? Double(days) : Double(Int(lowerValue) + Int(days)) / 2 }
            position += 1
        }
        return nil
    }
}
