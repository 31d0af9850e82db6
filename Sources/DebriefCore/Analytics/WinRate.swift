/// Wins over closed deals for one group (a month, a rep, a segment, a competitor), with the
/// counts behind it. No-decision deals count as closed and not won, as on the board.
public struct WinRate: Sendable, Hashable, Codable {
    public var label: String
    /// Closed deals the rate rests on.
    public var deals: Int
    public var wins: Int
    public var losses: Int
    public var noDecisions: Int
    /// Wins over deals, no-decision deals included (as not won), 0...1; nil when there are no deals.
    public var rate: Double?
    /// Wins over won and lost deals only, for readers who leave no-decisions out; nil when there are none.
    public var rateWithoutNoDecisions: Double?
    /// Fewer than `SampleSize.minimum` deals: show the counts, draw no bar.
    public var isTooThin: Bool

    public init(label: String, wins: Int, losses: Int, noDecisions: Int) {
        self.label = label
        self.wins = wins
        self.losses = losses
        self.noDecisions = noDecisions
        deals = wins + losses + noDecisions
        rate = SampleSize.share(wins, of: deals)
        rateWithoutNoDecisions = SampleSize.share(wins, of: wins + losses)
        isTooThin = SampleSize.isTooThin(deals)
    }

    public init(label: String, deals: some Sequence<Deal>) {
        var counts = OutcomeCounts()
        for deal in deals { counts.add(deal.outcome) }
        self.init(label: label, counts: counts)
    }

    /// The same for an array, read in place: iterating would copy (retain and release) every deal.
    public init(label: String, deals: [Deal]) {
        var counts = OutcomeCounts()
        for index in deals.indices { counts.add(deals[index].outcome) }
        self.init(label: label, counts: counts)
    }

    init(label: String, counts: OutcomeCounts) {
        self.init(label: label, wins: counts.wins, losses: counts.losses, noDecisions: counts.noDecisions)
    }
}

/// Running outcome counts while grouping deals.
struct OutcomeCounts: Sendable {
    var wins = 0
    var losses = 0
    var noDecisions = 0

    mutating func add(_ outcome: Outcome) {
        switch outcome {
        case .won: wins += 1
        case .lost: losses += 1
        case .noDecision: noDecisions += 1
        }
    }
}
