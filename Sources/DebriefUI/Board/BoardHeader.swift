import DebriefCore
import Foundation

/// The board's two header lines: the active filters, and the numbers for the deals on screen.
enum BoardHeader {
    /// The active filters and the sort. When the full line does not fit, the filters left at their
    /// defaults ("all reps"…) go first, so what is narrowing the board and its order stay in view.
    static func filterLine(_ board: BoardState, width: Int = .max) -> String {
        let filter = board.filter
        let period = filter.period.label.capitalizedFirst
        let chosen = [
            filter.rep.map { "rep \($0)" },
            filter.segment.map { "segment \($0)" },
            filter.competitor.map { "vs \($0)" },
            filter.search.isEmpty ? nil : "search \"\(filter.search)\"",
        ]
        let defaults = ["all reps", "all segments", "any competitor", nil]
        let sort = "by \(board.sort.rawValue)"
        let full = [period] + zip(chosen, defaults).compactMap { $0 ?? $1 } + [sort]
        let line = full.joined(separator: " · ")
        guard DisplayWidth.of(line) > width else { return line }
        return ([period] + chosen.compactMap { $0 } + [sort]).joined(separator: " · ")
    }

    /// The most complete form of the numbers that fits `width`.
    ///
    /// Value figures add up one currency (there are no exchange rates offline). When deals in other
    /// currencies, or without an amount (the CRM gave none), are on screen the line says how many were
    /// left out, so a total is never taken for
    /// the whole; a narrow screen gives up the median cycle before it gives up that note.
    /// The win rate counts no-decision deals as not won: every form says "of N" (all closed deals),
    /// and the longest says so in words, so 48% reads as 10 of 21, not 10 of won and lost.
    static func numbersLine(_ summary: PipelineSummary, width: Int) -> String {
        let rate = percent(summary.winRateByCount) + (summary.closed > 0 ? " of \(summary.closed)" : "")
        let valueRate = percent(summary.winRateByValue)
        let code = summary.currency ?? ""
        let currency = summary.currency.map { $0 + " " } ?? ""
        let won = compact(summary.wonValue), lost = compact(summary.lostValue)
        let cycle = summary.medianCycleDays.map { "\(Int($0.rounded())) d" } ?? "–"
        let reviewed = "\(summary.reviewed)/\(summary.closed)"
        let other = summary.otherCurrencyDeals, unknown = summary.unknownAmountDeals
        let leftOut = other + unknown
        let longParts = [other > 0 ? "\(other) in other currencies" : nil, unknown > 0 ? "\(unknown) without an amount" : nil].compactMap { $0 }
        let shortParts = [other > 0 ? "\(other) not \(code)" : nil, unknown > 0 ? "\(unknown) no amount" : nil].compactMap { $0 }
        let longNote = leftOut > 0 ? " (" + longParts.joined(separator: " and ") + " not counted)" : ""
        let shortNote = leftOut > 0 ? " (" + shortParts.joined(separator: ", ") + ")" : ""
        var forms = [
            "Won \(summary.wins) · Lost \(summary.losses) · No decision \(summary.noDecisions)  │  Win rate \(rate) incl. no decision, \(valueRate) by value"
                + "  │  \(currency)\(won) won · \(lost) lost\(longNote)  │  Median cycle \(cycle)  │  Reviewed \(reviewed)",
            "Won \(summary.wins) · Lost \(summary.losses) · No dec. \(summary.noDecisions) │ Win \(rate) (\(valueRate) by value)"
                + " │ \(currency)\(won) won · \(lost) lost\(shortNote) │ Cycle \(cycle) │ Reviewed \(reviewed)",
            "Won \(summary.wins) · Lost \(summary.losses) · ND \(summary.noDecisions) │ Win \(rate) (\(valueRate) value)"
                + " │ \(currency)\(won) won · \(lost) lost\(shortNote) │ Cycle \(cycle) │ Reviewed \(reviewed)",
            "Won \(summary.wins) · Lost \(summary.losses) · ND \(summary.noDecisions) │ Win \(rate) (\(valueRate) value)"
                + " │ \(currency)\(won) won · \(lost) lost\(shortNote) │ Reviewed \(reviewed)",
            "W \(summary.wins) L \(summary.losses) ND \(summary.noDecisions) · \(rate) (\(valueRate) value) · \(currency)\(won) won · \(lost) lost\(shortNote)"
                + " · cycle \(cycle) · reviewed \(reviewed)",
            "W \(summary.wins) L \(summary.losses) ND \(summary.noDecisions) · \(rate) (\(valueRate) value) · \(currency)\(won) won\(shortNote)"
                + " · cycle \(cycle) · reviewed \(reviewed)",
        ]
        forms.append("W \(summary.wins) L \(summary.losses) ND \(summary.noDecisions) · \(rate) (\(valueRate) value) · \(currency)\(won) won\(shortNote) · reviewed \(reviewed)")
        forms.append("W \(summary.wins) L \(summary.losses) ND \(summary.noDecisions) · \(rate) · \(currency)\(won) won\(shortNote) · reviewed \(reviewed)")
        // Each form with the key to the review queue after the reviewed count, where it fits: the
        // deals not reviewed yet are what the queue (w) lists.
        let withHint = forms.flatMap { form in form.hasSuffix("Reviewed \(reviewed)") ? [form + " (w queue)", form] : [form] }
        return withHint.first { DisplayWidth.of($0) <= width } ?? forms[forms.count - 1]
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
