import DebriefCore

/// A deal's facts and its reviews, over the board.
enum DealDetailPopup {
    static func lines(for deal: Deal, reviews: [Review]) -> [(String, ThemeRole)] {
        var lines: [(String, ThemeRole)] = []
        func field(_ name: String, _ value: String?, _ role: ThemeRole = .text) {
            guard let value, !value.isEmpty else { return }
            lines.append((name.padding(toLength: 14, withPad: " ", startingAt: 0) + value, role))
        }
        let outcomeRole: ThemeRole = deal.outcome == .won ? .dealWon : deal.outcome == .lost ? .dealLost : .dealNoDecision
        field("Outcome", "\(BoardGlyphs.outcome(deal.outcome)) \(deal.outcome.label)", outcomeRole)
        field("Amount", deal.amount?.display ?? "unknown (the CRM export gave none)")
        if !deal.hasAccount { field("Account", "none (the export had no account column)") }
        field("Closed", deal.closeDate.description)
        field("Created", deal.createdDate?.description)
        field("Sales cycle", deal.salesCycleDays.map { "\($0) days" })
        field("Rep", deal.owner)
        field("Segment", [deal.segment, deal.dealType].compactMap { $0 }.joined(separator: " · "))
        field("Lead source", deal.leadSource)
        field("Stage reached", deal.stageReached)
        field("Competitors", deal.competitors.joined(separator: ", "))
        for reason in deal.reasons { field("Reason", "\(reason.category.label): \(reason.text)") }
        field("CRM id", deal.crmId.map { id in deal.source.map { "\(id) (\($0))" } ?? id })
        if !deal.notes.isEmpty {
            lines.append(("", .text))
            lines.append(("Notes", .title))
            for line in deal.notes.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(("  " + line, .text)) }
        }
        lines.append(("", .text))
        lines.append(("Reviews", .title))
        if reviews.isEmpty {
            lines.append(("  none yet", .textMuted))
        }
        for review in reviews.sorted(by: { $0.createdAt > $1.createdAt }) {
            lines.append(("  \(BoardGlyphs.review(review.status)) \(ReviewKind.of(review, deal: deal).label) review · \(review.status.label) · \(review.manager) with \(review.rep) · \(Day(review.createdAt))", .text))
        }
        return lines
    }

    /// Draws the popup centred in `area` (the app's frame between its title and status lines).
    static func render(_ deal: Deal, reviews: [Review], theme: Theme, into screen: inout Screen, area: Rect) {
        let body = lines(for: deal, reviews: reviews)
        let box = area.centered(width: min(area.width - 2, 90), height: min(area.height, body.count + 2))
        let inner = Block(title: deal.hasAccount ? "\(deal.account) — \(deal.name)" : deal.name, focused: true, footer: "[Esc] close",
                          fillsInterior: true, styles: theme.widgetStyles).render(into: &screen, area: box)
        for (offset, line) in body.prefix(inner.height).enumerated() {
            screen.putTruncated(line.0, x: inner.x + 1, y: inner.y + offset, style: theme.style(line.1), maxWidth: inner.width - 2)
        }
    }
}
