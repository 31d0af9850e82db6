/// Every figure of the Patterns view and `debrief stats`, computed once from deals and reviews.
/// Deal-based figures (win rates, reasons) count the closed deals the filter keeps; review-based
/// figures (fact vs fiction, signals, questions) count the completed reviews of those deals.
public struct PatternsReport: Sendable, Hashable, Codable {
    /// What was counted, so a reader knows the scope of every number.
    public struct Scope: Sendable, Hashable, Codable {
        public var period: String
        /// First and last close date the period allows; nil for all time.
        public var from: Day?
        public var through: Day?
        public var rep: String?
        public var segment: String?
        public var competitor: String?
        public var deals: Int
        public var completedReviews: Int
        /// The threshold under which a figure is flagged `isTooThin`.
        public var minimumSample: Int
    }

    public var scope: Scope
    public var overall: WinRate
    public var byMonth: [WinRate]
    public var byRep: [WinRate]
    public var bySegment: [WinRate]
    public var byCompetitor: [WinRate]
    /// Why we win (won), why we lose (lost) and why buyers decide nothing (no decision), in that order.
    public var reasons: [ReasonBreakdown]
    /// Why we win and why we lose by quarter of close date (won, then lost).
    public var reasonsByQuarter: [ReasonTrend]
    public var factVsFiction: FactVsFiction
    public var signals: [SignalLift]
    public var questions: [QuestionInsight]

    public init(deals allDeals: [Deal], reviews: [Review], filter: DealFilter = .everything, today: Day) {
        let matcher = filter.matcher(today: today)
        let deals = filter.period == .all && !filter.isNarrowed ? allDeals : allDeals.filter { matcher.matches($0) }
        let reviewed = ReviewedDeals(reviews: reviews, deals: deals)
        scope = Scope(
            period: filter.period.label, from: filter.period.firstDay(today: today),
            through: filter.period == .all ? nil : today,
            rep: filter.rep, segment: filter.segment, competitor: filter.competitor,
            deals: deals.count, completedReviews: reviewed.count, minimumSample: SampleSize.minimum)
        overall = WinRate(label: "All deals", deals: deals)
        byMonth = WinRateBreakdown.byMonth(deals)
        byRep = WinRateBreakdown.byRep(deals)
        bySegment = WinRateBreakdown.bySegment(deals)
        byCompetitor = WinRateBreakdown.byCompetitor(deals)
        reasons = Outcome.allCases.map { ReasonBreakdown(outcome: $0, deals: deals) }
        reasonsByQuarter = [Outcome.won, .lost].map { ReasonTrend(outcome: $0, deals: deals) }
        factVsFiction = FactVsFiction(reviewed)
        signals = SignalLift.all(reviewed)
        questions = QuestionInsight.ranking(reviewed)
    }
}
