import Foundation

/// One rep's progress, quarter by quarter: are they winning more, can they say why (their own
/// actions, confirmed by the buyer or the CRM), do reviews surface insights, and do they do what
/// they said they would. `debrief stats --rep NAME` and the Patterns view's rep panel show it.
public struct RepProgress: Sendable, Hashable, Codable {
    public struct QuarterFigures: Sendable, Hashable, Codable {
        public var quarter: Quarter
        /// Deals the rep closed in the quarter (by close date).
        public var deals: Int
        public var wins: Int
        public var winRate: Double?
        /// The rep's reviews completed in the quarter: what the figures below count.
        public var completedReviews: Int
        /// Success factors tagged in the rep's win reviews completed in the quarter.
        public var successFactors: Int
        public var repActionFactors: Int
        /// Of the success factors, the rep's own actions (not product, price, timing, luck…).
        public var repActionShare: Double?
        public var confirmedFactors: Int
        /// Of the success factors, those the buyer said or the CRM shows, not only the rep's belief.
        public var confirmedShare: Double?
        /// Questions flagged as surfacing an insight in those reviews.
        public var insights: Int
        public var insightsPerReview: Double?
        /// The rep's own action items that fell due in the quarter, up to today.
        public var actionItemsDue: Int
        /// Of those, the ones done by their due day (`ActionItem.doneOnTime`; an item ticked before
        /// Debrief kept the day it was done counts as on time).
        public var actionItemsDoneOnTime: Int
        public var actionItemsOnTimeShare: Double?
        /// Fewer than `SampleSize.minimum` deals: the win rate is not charted.
        public var dealsThin: Bool
        /// Fewer than `SampleSize.minimum` completed reviews: the review figures are not charted.
        public var reviewsThin: Bool
    }

    /// The rep's name as the records spell it.
    public var rep: String
    /// Oldest first, no gaps, through the quarter of today.
    public var quarters: [QuarterFigures]
    public var minimumSample: Int
}

extension CoachDesk {
    /// The rep's progress by quarter (see `RepProgress.init(rep:deals:reviews:today:last:)`).
    public func progress(rep name: String, last: Int? = nil) -> RepProgress {
        RepProgress(rep: name, deals: deals, reviews: reviews, today: today, last: last)
    }
}

extension RepProgress {
    /// The rep's progress by quarter, from the rep's first deal or review to today's quarter;
    /// `last` keeps only the most recent quarters. Names match case- and accent-insensitively.
    /// One pass over the deals and one over the reviews, reading them in place.
    public init(rep name: String, deals: [Deal], reviews: [Review], today: Day, last: Int? = nil) {
        var keys = SpellingGroups.names()
        let rep = keys.key(of: name)
        var figures: [Quarter: QuarterFigures] = [:]
        func touch(_ quarter: Quarter) -> Quarter {
            if figures[quarter] == nil { figures[quarter] = Self.emptyFigures(quarter) }
            return quarter
        }
        var spelled: String?
        var outcomeOfDeal: [String: Outcome] = [:]
        for index in deals.indices {
            if outcomeOfDeal[deals[index].id] == nil { outcomeOfDeal[deals[index].id] = deals[index].outcome }
            guard keys.key(of: deals[index].owner) == rep else { continue }
            if spelled == nil { spelled = deals[index].owner }
            let quarter = touch(Quarter(deals[index].closeDate))
            figures[quarter]?.deals += 1
            if deals[index].outcome == .won { figures[quarter]?.wins += 1 }
        }
        for index in reviews.indices {
            // The rep's own items, from any review: what they said they would do.
            for item in reviews[index].actionItems.indices {
                guard let due = reviews[index].actionItems[item].due, due <= today,
                      keys.key(of: reviews[index].actionItems[item].owner) == rep else { continue }
                let quarter = touch(Quarter(due))
                figures[quarter]?.actionItemsDue += 1
                if reviews[index].actionItems[item].doneOnTime { figures[quarter]?.actionItemsDoneOnTime += 1 }
            }
            guard reviews[index].status == .completed, let completed = reviews[index].completedAt,
                  keys.key(of: reviews[index].rep) == rep else { continue }
            if spelled == nil { spelled = reviews[index].rep }
            let quarter = touch(Quarter(Day(completed)))
            figures[quarter]?.completedReviews += 1
            figures[quarter]?.insights += reviews[index].insightCount
            let outcome = outcomeOfDeal[reviews[index].dealId]
            let isWin = outcome.map { $0 == .won } ?? (reviews[index].kind == .win)
            guard isWin else { continue }
            for factor in reviews[index].factors.indices where reviews[index].factors[factor].effect == .success {
                figures[quarter]?.successFactors += 1
                if reviews[index].factors[factor].cause == .repAction { figures[quarter]?.repActionFactors += 1 }
                if reviews[index].factors[factor].evidence != .repBelief { figures[quarter]?.confirmedFactors += 1 }
            }
        }
        var quarters: [QuarterFigures] = []
        if let first = figures.keys.min() {
            let lastQuarter = max(Quarter(today), figures.keys.max() ?? first)
            var quarter = first
            while quarter <= lastQuarter {
                quarters.append(Self.finished(figures[quarter] ?? Self.emptyFigures(quarter)))
                quarter = quarter.next
            }
        }
        if let last { quarters = Array(quarters.suffix(max(0, last))) }
        self.init(rep: spelled ?? name, quarters: quarters, minimumSample: SampleSize.minimum)
    }

    static func emptyFigures(_ quarter: Quarter) -> QuarterFigures {
        QuarterFigures(quarter: quarter, deals: 0, wins: 0, winRate: nil, completedReviews: 0, successFactors: 0,
                                   repActionFactors: 0, repActionShare: nil, confirmedFactors: 0, confirmedShare: nil, insights: 0,
                                   insightsPerReview: nil, actionItemsDue: 0, actionItemsDoneOnTime: 0, actionItemsOnTimeShare: nil,
                                   dealsThin: true, reviewsThin: true)
    }

    static func finished(_ figures: QuarterFigures) -> QuarterFigures {
        var done = figures
        done.winRate = SampleSize.share(figures.wins, of: figures.deals)
        done.repActionShare = SampleSize.share(figures.repActionFactors, of: figures.successFactors)
        done.confirmedShare = SampleSize.share(figures.confirmedFactors, of: figures.successFactors)
        done.insightsPerReview = figures.completedReviews > 0 ? Double(figures.insights) / Double(figures.completedReviews) : nil
        done.actionItemsOnTimeShare = SampleSize.share(figures.actionItemsDoneOnTime, of: figures.actionItemsDue)
        done.dealsThin = SampleSize.isTooThin(figures.deals)
        done.reviewsThin = SampleSize.isTooThin(figures.completedReviews)
        return done
    }
}
