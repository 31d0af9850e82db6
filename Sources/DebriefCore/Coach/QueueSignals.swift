import Foundation

/// The team-wide facts a deal's place in the review queue is judged against: how large a deal is
/// for this team, our win rate against each competitor, and runs of no-decisions in a segment.
///
/// A class, shared and never changed once made: a desk updated for changed reviews keeps it.
final class QueueSignals: Sendable {
    /// Per deal: whether its amount is in the team's top quarter in its currency (8+ deals needed).
    let isLarge: [Bool]
    /// Win rates against each competitor, by competitor number.
    let competitorRates: [WinRate]
    /// The team's win rate over every closed deal.
    let overallRate: Double?
    /// Deals in a run of three or more no-decisions in a row in their segment: the run's length.
    let noDecisionRunLength: [Int: Int]
    /// Per deal: lost at the last stage of the sale. Each stage's spelling is folded and matched
    /// once (a fold and a Foundation search per lost deal were most of ranking 20,000 deals).
    let isLastStageLoss: [Bool]

    /// A competitor whose win rate differs from the team's by this much (on 5+ deals) is unusual.
    static let unusualGap = 0.15
    static let daysFresh = 14
    static let daysRecent = 45
    static let daysStale = 180
    static let runLength = 3

    init(deals: [Deal], competitorNumbers: [Int], dealCompetitorRange: [Range<Int>], competitorLabels: [String],
         dealSegment: [Int], segmentCount: Int, dealCurrency: [Int], currencyCount: Int, dealAmount: [Double], dealCloseSerial: [Int]) {
        var amounts = [[Double]](repeating: [], count: currencyCount)
        var counts = [OutcomeCounts](repeating: OutcomeCounts(), count: competitorLabels.count)
        var overall = OutcomeCounts()
        var bySegment = [[Int]](repeating: [], count: segmentCount)
        for index in deals.indices {
            let outcome = deals[index].outcome
            overall.add(outcome)
            if dealCurrency[index] >= 0, dealAmount[index] > 0 { amounts[dealCurrency[index]].append(dealAmount[index]) }
            for number in competitorNumbers[dealCompetitorRange[index]] { counts[number].add(outcome) }
            if dealSegment[index] >= 0 { bySegment[dealSegment[index]].append(index) }
        }
        let largeFrom: [Double] = amounts.map { values in
            guard values.count >= 8 else { return .infinity }
            let sorted = values.sorted()
            return sorted[(sorted.count - 1) * 3 / 4]
        }
        isLarge = deals.indices.map { index in dealCurrency[index] >= 0 && dealAmount[index] > 0 && dealAmount[index] >= largeFrom[dealCurrency[index]] }
        competitorRates = counts.indices.map { WinRate(label: competitorLabels[$0], counts: counts[$0]) }
        overallRate = WinRate(label: "All", counts: overall).rate
        var runs: [Int: Int] = [:]
        for members in bySegment {
            // Close day, then load order: deals closed the same day have no order of their own.
            let ordered = members.sorted { (dealCloseSerial[$0], $0) < (dealCloseSerial[$1], $1) }
            var start = 0
            while start < ordered.count {
                guard deals[ordered[start]].outcome == .noDecision else { start += 1; continue }
                var end = start
                while end + 1 < ordered.count, deals[ordered[end + 1]].outcome == .noDecision { end += 1 }
                let length = end - start + 1
                if length >= Self.runLength { for position in start...end { runs[ordered[position]] = length } }
                start = end + 1
            }
        }
        noDecisionRunLength = runs
        var lastStageOfSpelling: [String: Bool] = [:]
        isLastStageLoss = deals.indices.map { index in
            guard deals[index].outcome == .lost, let stage = deals[index].stageReached else { return false }
            if let known = lastStageOfSpelling[stage] { return known }
            let isLast = Self.isLastStage(stage)
            lastStageOfSpelling[stage] = isLast
            return isLast
        }
    }

    /// Whether a stage name is the last stretch of a sale (negotiation, contract, legal…), where a
    /// loss costs the most work and teaches the most. CRMs name stages freely, so words are matched.
    static func isLastStage(_ stage: String?) -> Bool {
        guard let stage else { return false }
        let folded = Array(SearchFolding.fold(stage).utf8)
        return lastStageWords.contains { folded.contains(Array($0.utf8)) }
    }

    static let lastStageWords = ["negotiat", "contract", "legal", "procurement", "purchas", "verbal", "commit",
                                 "signature", "closing", "final", "security review", "redline"]
}
