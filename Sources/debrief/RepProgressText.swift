import DebriefCore
import Foundation

/// `debrief stats --rep NAME`: the figures, and with them the rep's progress by quarter.
struct RepStatsOutput: Encodable {
    var report: PatternsReport
    var progress: RepProgress

    enum Keys: String, CodingKey { case progress }

    func encode(to encoder: Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(progress, forKey: .progress)
    }
}

/// A rep's quarters as a plain-text table, thin quarters marked.
enum RepProgressText {
    static func render(_ progress: RepProgress) -> String {
        var out = "\nPROGRESS OF \(DisplaySanitizer.singleLine.sanitize(progress.rep).uppercased()) BY QUARTER\n"
        guard !progress.quarters.isEmpty else { return out + "No deals or reviews yet.\n" }
        var table = TextTable(columns: ["QUARTER", "WIN RATE", "OWN ACTIONS", "CONFIRMED", "INSIGHTS/REVIEW", "ITEMS DONE BY DUE", "THIN"])
        for q in progress.quarters {
            let thin = [q.dealsThin ? "deals" : nil, q.reviewsThin ? "reviews" : nil].compactMap { $0 }.joined(separator: ", ")
            table.add([
                q.quarter.description,
                "\(PercentText.of(q.winRate)) (\(q.wins)/\(q.deals))",
                "\(PercentText.of(q.repActionShare)) (\(q.repActionFactors)/\(q.successFactors))",
                "\(PercentText.of(q.confirmedShare)) (\(q.confirmedFactors)/\(q.successFactors))",
                q.insightsPerReview.map { String(format: "%.1f (%d/%d)", $0, q.insights, q.completedReviews) } ?? "– (0 reviews)",
                "\(PercentText.of(q.actionItemsOnTimeShare)) (\(q.actionItemsDoneOnTime)/\(q.actionItemsDue))",
                thin.isEmpty ? "" : "thin: \(thin)",
            ])
        }
        out += table.render()
        out += "Own actions and confirmed count success factors in the rep's win reviews completed that quarter; "
            + "items count the rep's own action items due that quarter (up to today) and done now. "
            + "Thin: fewer than \(progress.minimumSample) deals or reviews.\n"
        return out
    }
}
