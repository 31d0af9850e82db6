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

    /// Orders items so that while wins remain, at least half of every prefix of the list, rounded
    /// up, is wins: the first row, two of the first three, and so on. Within that, `order` decides
    /// (the higher score first). So `--limit N` always shows ⌈N/2⌉ wins when there are that many,
    /// however many high-scoring losses there are.
    static func interleave<T>(_ items: [T], isWin: (T) -> Bool, order: (T, T) -> Bool) -> [T] {
        let wins = items.filter(isWin).sorted(by: order)
        let others = items.filter { !isWin($0) }.sorted(by: order)
        var result: [T] = []
        result.reserveCapacity(items.count)
        var w = 0, o = 0
        while w < wins.count || o < others.count {
            let winsNeeded = (result.count + 2) / 2
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
        let ranked = ranking()
        return ranked.prefix(limit.map { max(0, $0) } ?? ranked.count).map { entry(forDealAt: $0) }
    }

    /// The queue's order as deal positions in `deals`, scored without writing any reason out:
    /// the app shows the entries on screen (`entry(forDealAt:)`) and needs only the order for the rest.
    public func ranking() -> [Int] {
        struct Ranked { var deal: Int; var score: Int; var isWin: Bool }
        var ranked: [Ranked] = []
        ranked.reserveCapacity(deals.count)
        var unused: [(points: Int, text: String)] = []
        for index in deals.indices where !isReviewed[index] {
            ranked.append(Ranked(deal: index, score: score(index, writing: false, into: &unused), isWin: deals[index].outcome == .won))
        }
        return ReviewQueue.interleave(ranked, isWin: \.isWin) { a, b in
            if a.score != b.score { return a.score > b.score }
            let x = dealCloseSerial[a.deal], y = dealCloseSerial[b.deal]
            return x != y ? x > y : deals[a.deal].id < deals[b.deal].id
        }.map(\.deal)
    }

    var todaySerial: Int { today.serial }

    /// How many closed deals have no completed review (the queue's length).
    public var unreviewedCount: Int { isReviewed.lazy.filter { !$0 }.count }

    /// The queue's entry for one deal (scored as the queue scores it), reviewed or not.
    public func queueEntry(dealID: String) -> QueueEntry? {
        dealIndexByID[dealID].map { entry(forDealAt: $0) }
    }

    /// The entry for the deal at `index` in `deals`, with its reasons written out.
    public func entry(forDealAt index: Int) -> QueueEntry {
        var reasons: [(points: Int, text: String)] = []
        let total = score(index, writing: true, into: &reasons)
        let texts = reasons.enumerated()
            .sorted { $0.element.points != $1.element.points ? $0.element.points > $1.element.points : $0.offset < $1.offset }
            .map(\.element.text)
        let open = openReviewOfDeal[index]
        return QueueEntry(dealId: deals[index].id, account: deals[index].account, name: deals[index].name, outcome: deals[index].outcome,
                          amount: deals[index].amount, closeDate: deals[index].closeDate, rep: deals[index].owner, segment: deals[index].segment,
                          score: total, reasons: texts,
                          reviewId: open.map { reviews[$0].id }, reviewStatus: open.map { reviews[$0].status },
                          scheduledFor: open.flatMap { reviews[$0].scheduledFor })
    }

    /// The deal's points; with `writing`, each reason's words go into `reasons` too. Ranking every
    /// deal needs the points alone, so the words are written only for the entries shown.
    func score(_ index: Int, writing: Bool, into reasons: inout [(points: Int, text: String)]) -> Int {
        var total = 0
        func add(_ points: Int, _ text: @autoclosure () -> String?) {
            total += points
            if writing, let text = text() { reasons.append((points, text)) }
        }
        typealias P = ReviewQueue.Points
        let outcome = deals[index].outcome
        let isWin = outcome == .won
        if isWin { add(P.win, Self.winReason(openReviewOfDeal[index].map { reviews[$0] })) }
        if signals.isLarge[index], let amount = deals[index].amount {
            add(isWin ? P.largeWin : P.largeOther, "large \(isWin ? "win" : "deal"): \(amount.display), in the team's top quarter")
        }
        let age = max(0, todaySerial - dealCloseSerial[index])
        if age <= QueueSignals.daysFresh {
            add(P.fresh, "closed \(Self.ago(age)): review it while it is fresh")
        } else if age <= QueueSignals.daysRecent {
            add(P.recent, "closed \(Self.ago(age))")
        } else if age > QueueSignals.daysStale {
            add(P.stale, nil)
        }
        if let team = signals.overallRate {
            for number in competitorsOf(index) {
                let rate = signals.competitorRates[number]
                guard !rate.isTooThin, let ours = rate.rate, abs(ours - team) >= QueueSignals.unusualGap else { continue }
                let weWinMore = ours > team
                let against = isWin != weWinMore
                let what = against ? (isWin ? ": a win against the odds" : ": a loss where we usually win") : (isWin ? "" : ": a pattern to break")
                add(P.unusualCompetitor + (against ? P.againstThePattern : 0),
                    "vs \(rate.label) we win \(Self.percent(ours)) of \(rate.deals) deals (team \(Self.percent(team)))\(what)")
                break
            }
        }
        let rep = dealRep[index]
        if let last = lastHeldDayOfRep[rep] {
            let since = today.days(since: last)
            if since >= repQuietWeeks * 7 { add(P.quietRep, "\(deals[index].owner): no review in \(since / 7) weeks") }
        } else if !rep.isEmpty {
            add(P.quietRep, "\(deals[index].owner): no review held yet")
        }
        if signals.isLastStageLoss[index], let stage = deals[index].stageReached {
            add(P.lastStageLoss, "lost at \(stage), the last stage")
        }
        if outcome == .noDecision, let run = signals.noDecisionRunLength[index], let segment = deals[index].segment {
            add(P.noDecisionRun, "one of \(run) no-decisions in a row in \(segment)")
        }
        return max(0, total)
    }

    /// Why an unreviewed win is worth the time; one whose review was started and left says how much
    /// is left, for the manager coming back to it.
    static func winReason(_ open: Review?) -> String {
        guard let open, open.status == .inProgress else { return "a win nobody has learned from yet" }
        let left = open.answers.lazy.filter { $0.progress == .unanswered }.count
        return "a win whose review stopped with \(left) of \(open.answers.count) questions open"
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
