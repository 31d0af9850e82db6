import DebriefCore
import Foundation

/// The board's two header lines: the active filters, and the numbers for the deals on screen.
enum BoardHeader {
    static func filterLine(_ board: BoardState) -> String {
        let filter = board.filter
        var parts = [filter.period.label.capitalizedFirst]
        parts.append("rep: \(filter.rep ?? "all")")
        parts.append("segment: \(filter.segment ?? "all")")
        parts.append("competitor: \(filter.competitor ?? "any")")
        if !filter.search.isEmpty { parts.append("search: \"\(filter.search)\"") }
        parts.append("sort: \(board.sort.rawValue)")
        return parts.joined(separator: " · ")
    }

    static func numbersLine(_ summary: PipelineSummary, wide: Bool) -> String {
        let rate = percent(summary.winRateByCount)
        let valueRate = percent(summary.winRateByValue)
        let currency = summary.currency ?? ""
        let won = compact(summary.wonValue), lost = compact(summary.lostValue)
        let cycle = summary.medianCycleDays.map { "\(Int($0.rounded())) d" } ?? "–"
        let others = summary.otherCurrencyDeals > 0 ? " (\(currency) only)" : ""
        if wide {
            return "Won \(summary.wins) · Lost \(summary.losses) · No decision \(summary.noDecisions)"
                + "  │  Win rate \(rate) by count, \(valueRate) by value\(others)"
                + "  │  Won \(currency) \(won) · Lost \(currency) \(lost)"
                + "  │  Median cycle \(cycle)  │  Reviewed \(summary.reviewed)/\(summary.closed)"
        }
        return "W \(summary.wins) L \(summary.losses) ND \(summary.noDecisions) · \(rate) (\(valueRate) value)"
            + " · \(currency) \(won) won · cycle \(cycle) · reviewed \(summary.reviewed)/\(summary.closed)"
    }

    static func percent(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "–"
    }

    /// 1,234,567 → "1.23M", 48,000 → "48.0k", 950 → "950".
    static func compact(_ value: Decimal) -> String {
        let number = NSDecimalNumber(decimal: value).doubleValue
        switch abs(number) {
        case 1_000_000_000...: return String(format: "%.2fB", number / 1_000_000_000)
        case 1_000_000...: return String(format: "%.2fM", number / 1_000_000)
        case 1_000...: return String(format: "%.1fk", number / 1_000)
        default: return String(format: "%.0f", number)
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
