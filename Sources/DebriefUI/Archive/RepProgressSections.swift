import DebriefCore
import Foundation

/// A rep's progress by quarter as Patterns sections (shown when the view is narrowed to one rep):
/// a sparkline per figure over the last quarters, the counts of the latest ones, thin quarters
/// drawn as ▁ and marked "thin".
enum RepProgressSections {
    static let quartersShown = 8

    static func build(_ progress: RepProgress) -> [PatternsSection] {
        let quarters = Array(progress.quarters.suffix(quartersShown))
        guard let first = quarters.first, let last = quarters.last else {
            return [PatternsSection(title: "Progress of \(progress.rep) by quarter", blocks: [.note("No deals or reviews yet.")])]
        }
        var blocks: [PatternsBlock] = [
            .note("\(first.quarter) to \(last.quarter); * thin: under \(progress.minimumSample) deals or reviews, drawn as ▁"),
        ]
        func figure(_ name: String, thin: (RepProgress.QuarterFigures) -> Bool, value: (RepProgress.QuarterFigures) -> Double?,
                    counts: (RepProgress.QuarterFigures) -> String) {
            blocks.append(.heading(name))
            let values = quarters.map { q in thin(q) ? 0 : (value(q) ?? 0) * 100 }
            if quarters.count >= 2, quarters.contains(where: { !thin($0) && value($0) != nil }) {
                blocks.append(.sparkline(values, first: first.quarter.description, last: last.quarter.description))
            }
            let latest = quarters.suffix(4).map { q in "\(short(q.quarter)) \(counts(q))\(thin(q) ? "*" : "")" }
            blocks.append(.note(latest.joined(separator: " · ")))
        }
        figure("Win rate", thin: \.dealsThin, value: \.winRate) { "\(PercentText.of($0.winRate)) \($0.wins)/\($0.deals)" }
        figure("Success factors that are the rep's own actions", thin: \.reviewsThin, value: \.repActionShare) {
            "\(PercentText.of($0.repActionShare)) \($0.repActionFactors)/\($0.successFactors)"
        }
        figure("Success factors confirmed by buyer or CRM", thin: \.reviewsThin, value: \.confirmedShare) {
            "\(PercentText.of($0.confirmedShare)) \($0.confirmedFactors)/\($0.successFactors)"
        }
        let mostInsights = quarters.compactMap(\.insightsPerReview).max() ?? 1
        figure("Insights surfaced per review", thin: \.reviewsThin, value: { $0.insightsPerReview.map { $0 / max(mostInsights, 0.0001) } }) {
            "\($0.insightsPerReview.map { String(format: "%.1f", $0) } ?? "–") \($0.insights)/\($0.completedReviews)"
        }
        figure("Own action items done by their due date", thin: { SampleSize.isTooThin($0.actionItemsDue) }, value: \.actionItemsOnTimeShare) {
            "\(PercentText.of($0.actionItemsOnTimeShare)) \($0.actionItemsDoneOnTime)/\($0.actionItemsDue)"
        }
        return [PatternsSection(title: "Progress of \(progress.rep) by quarter", blocks: blocks)]
    }

    /// "Q3'25".
    static func short(_ quarter: Quarter) -> String {
        "Q\(quarter.number)'\(String(format: "%02d", quarter.year % 100))"
    }
}
