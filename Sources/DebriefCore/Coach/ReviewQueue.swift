import Foundation

/// One closed deal not yet reviewed, with how much it is worth the manager's time and why.
public struct QueueEntry: Sendable, Hashable, Codable {
    public var dealId: String
    public var account: String
    public var name: String
    public var outcome: Outcome
    public var amount: Money?
    public var closeDate: Day
    public var rep: String
    public var segment: String?
    /// Points from the reasons; higher is more worth reviewing next.
    public var score: Int
    /// Plain reasons, the weightiest first ("a win nobody has learned from yet").
    public var reasons: [String]
    /// The deal's open review, when one is already scheduled or under way.
    public var reviewId: String?
    public var reviewStatus: ReviewStatus?
    public var scheduledFor: Day?
}

/// How the queue ranks: each reason adds points, and the list is then drawn from the wins and the
/// rest in turn so that wins are never crowded out (see `ReviewQueue.interleave`).
public enum ReviewQueue {
    /// Points per reason. A win earns a base because the article's point is that wins go
    /// unreviewed; freshness counts because details fade; size because it is where money is.
    enum Points {
        static let win = 20
        static let largeWin = 25
        static let largeOther = 12
        static let fresh = 25
        static let recent = 12
        static let stale = -15
        static let unusualCompetitor = 15
        static let againstThePattern = 5
        static let quietRep = 15
        static let lastStageLoss = 20
        static let noDecisionRun = 15
    }

    /// Ranks `candidates` (entries already scored) so that while unreviewed wins remain, at least
    /// half of every prefix of the list, rounded up, is wins: the first row, two of the first
    /// three, and so on. Within that, the higher score goes first. So `--limit N` always shows
    /// ⌈N/2⌉ wins when there are that many, however many high-scoring losses there are.
    static func interleave(_ entries: [QueueEntry]) -> [QueueEntry] {
        let order: (QueueEntry, QueueEntry) -> Bool = { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.closeDate != b.closeDate { return a.closeDate > b.closeDate }
            return a.dealId < b.dealId
        }
        let wins = entries.filter { $0.outcome == .won }.sorted(by: order)
        let others = entries.filter { $0.outcome != .won }.sorted(by: order)
        var result: [QueueEntry] = []
        result.reserveCapacity(entries.count)
        var w = 0, o = 0
        while w < wins.count || o < others.count {
            let position = result.count + 1
            let winsNeeded = (position + 1) / 2
            let mustTakeWin = w < wins.count && w < winsNeeded
            if o >= others.count || mustTakeWin || (w < wins.count && order(wins[w], others[o])) {
                result.append(wins[w]); w += 1
            } else {
                result.append(others[o]); o += 1
            }
        }
        return result
    }
}

extension CoachDesk {
    /// Closed deals with no completed review, ranked: what to review next. `limit` keeps the top.
    public func queue(limit: Int? = nil) -> [QueueEntry] {
        var entries: [QueueEntry] = []
        var folder = FoldCache()
        for index in deals.indices where !isReviewed[index] {
            entries.append(entry(for: index, folder: &folder))
        }
        let ranked = ReviewQueue.interleave(entries)
        guard let limit else { return ranked }
        return Array(ranked.prefix(max(0, limit)))
    }

    /// The queue's entry for one deal (scored as the queue scores it), reviewed or not.
    public func queueEntry(dealID: String) -> QueueEntry? {
        var folder = FoldCache()
        return dealIndexByID[dealID].map { entry(for: $0, folder: &folder) }
    }

    func entry(for index: Int, folder: inout FoldCache) -> QueueEntry {
        let deal = deals[index]
        var scored: [(points: Int, text: String?)] = []
        typealias P = ReviewQueue.Points
        let isWin = deal.outcome == .won
        if isWin { scored.append((P.win, "a win nobody has learned from yet")) }
        if let amount = deal.amount, let from = signals.largeFrom[amount.currency], amount.amount >= from {
            scored.append((isWin ? P.largeWin : P.largeOther, "large \(isWin ? "win" : "deal"): \(amount.display), in the team's top quarter"))
        }
        let age = max(0, today.days(since: deal.closeDate))
        if age <= QueueSignals.deadlineDaysFresh {
            scored.append((P.fresh, "closed \(Self.ago(age)): review it while it is fresh"))
        } else if age <= QueueSignals.deadlineDaysRecent {
            scored.append((P.recent, "closed \(Self.ago(age))"))
        } else if age > QueueSignals.daysStale {
            scored.append((P.stale, nil))
        }
        for name in deal.competitors {
            let key = folder.fold(name)
            guard let rate = signals.competitorRates[key], !rate.isTooThin, let ours = rate.rate,
                  let team = signals.overallRate, abs(ours - team) >= QueueSignals.unusualGap else { continue }
            let weWinMore = ours > team
            let against = isWin != weWinMore
            let what = against ? (isWin ? ": a win against the odds" : ": a loss where we usually win") : (isWin ? "" : ": a pattern to break")
            scored.append((P.unusualCompetitor + (against ? P.againstThePattern : 0),
                           "vs \(rate.label) we win \(Self.percent(ours)) of \(rate.deals) deals (team \(Self.percent(team)))\(what)"))
            break
        }
        let rep = Self.repKey(deal.owner, &folder)
        let quietDays = repQuietWeeks * 7
        if let last = lastHeldDayOfRep[rep] {
            let since = today.days(since: last)
            if since >= quietDays { scored.append((P.quietRep, "\(deal.owner): no review in \(since / 7) weeks")) }
        } else if !rep.isEmpty {
            scored.append((P.quietRep, "\(deal.owner): no review held yet"))
        }
        if deal.outcome == .lost, QueueSignals.isLastStage(deal.stageReached), let stage = deal.stageReached {
            scored.append((P.lastStageLoss, "lost at \(stage), the last stage"))
        }
        if deal.outcome == .noDecision, let run = signals.noDecisionRunLength[index], let segment = deal.segment {
            scored.append((P.noDecisionRun, "one of \(run) no-decisions in a row in \(segment)"))
        }
        let reasons = scored.enumerated()
            .sorted { $0.element.points != $1.element.points ? $0.element.points > $1.element.points : $0.offset < $1.offset }
            .compactMap(\.element.text)
        let open = openReviewOfDeal[index].map { reviews[$0] }
        return QueueEntry(dealId: deal.id, account: deal.account, name: deal.name, outcome: deal.outcome, amount: deal.amount,
                          closeDate: deal.closeDate, rep: deal.owner, segment: deal.segment,
                          score: max(0, scored.reduce(0) { $0 + $1.points }), reasons: reasons,
                          reviewId: open?.id, reviewStatus: open?.status, scheduledFor: open?.scheduledFor)
    }

    static func ago(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "yesterday"
        default: "\(days) days ago"
        }
    }

    static func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
}
