import DebriefCore

/// Draws the queue: a table of the deals most worth reviewing next, and the reasons for the
/// selected one under it; the brief over it (b), or the scheduling prompt (s).
public enum ReviewQueueView {
    /// Rows of the table for an area of the view.
    static func layout(_ area: Rect) -> (header: Rect, table: Rect, reasons: Rect, footer: Rect) {
        let reasonRows = area.height >= 30 ? 7 : 5
        let header = area.row(0)
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(3, area.height - 2 - reasonRows))
        let reasons = Rect(x: area.x, y: table.maxY, width: area.width, height: max(0, area.maxY - 1 - table.maxY))
        return (header, table, reasons, area.row(area.height - 1))
    }

    public static func visibleRows(_ area: Rect) -> Int { max(1, layout(area).table.height - 3) }

    /// The table's rows as `render` draws them, for a click; nil while the brief or the date prompt covers them.
    static func listHit(_ state: ReviewQueueState, area: Rect) -> ListHit? {
        guard area.height >= 8, area.width >= 40, state.brief == nil, state.scheduling == nil else { return nil }
        let inner = layout(area).table.inner(1)
        return ListHit(rows: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1)),
                       selection: state.selection, count: state.count)
    }

    public static func render(_ state: ReviewQueueState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 8, area.width >= 40 else { return }
        let parts = layout(area)
        let total = state.count
        let header = "What to review next · \(total) closed deal\(total == 1 ? "" : "s") without a completed review · \(state.wins) win\(state.wins == 1 ? "" : "s")"
        screen.putFitted(header, x: area.x + 1, y: parts.header.y, width: area.width - 2, style: theme.style(.title))
        let wide = area.width >= 110
        var columns = [TableColumn("Score", width: .fixed(5), alignment: .right), TableColumn("", width: .fixed(wide ? 11 : 4)),
                       TableColumn("Account", width: .fill(wide ? 3 : 2)), TableColumn("Amount", width: .fixed(wide ? 12 : 10), alignment: .right),
                       TableColumn("Closed", width: .fixed(wide ? 10 : 6))]
        columns.append(TableColumn("Rep", width: .fixed(wide ? 15 : 8)))
        columns.append(TableColumn("Review", width: .fixed(wide ? 13 : 8)))
        if wide { columns.append(TableColumn("Why", width: .fill(4))) }
        let inner = Block(title: "Most worth it first · wins never crowded out",
                          focused: state.brief == nil, styles: theme.widgetStyles).render(into: &screen, area: parts.table)
        // Only the rows on screen are written out: the queue may hold thousands of deals.
        let shown = max(0, inner.height - 1)
        let first = state.selection.visibleOffset(count: total, visibleRows: shown)
        let window = (first..<min(total, first + shown)).compactMap(state.entry(atRow:))
        let rows = window.map { entry -> [String] in
            var cells = [String(entry.score), wide ? entry.outcome.label : short(entry.outcome),
                         entry.account.isEmpty ? "(no account)" : entry.account,
                         entry.amount.map { wide ? $0.display : compact($0) } ?? "—",
                         wide ? entry.closeDate.description : String(entry.closeDate.description.dropFirst(5)),
                         wide ? entry.rep : ShortText.shortName(entry.rep), status(entry, wide: wide)]
            if wide { cells.append(entry.reasons.first ?? "") }
            return cells
        }
        let selection = ListSelection(selected: state.selection.selected.map { $0 - first }, offset: 0)
        Table(columns: columns, rows: rows, selection: selection,
              emptyText: "Every closed deal has a completed review. Nothing waits.", styles: theme.widgetStyles)
            .render(into: &screen, area: inner)
        if let entry = state.selectedEntry {
            let title = "Why \(entry.account.isEmpty ? entry.dealId : entry.account) (\(entry.outcome.label), \(entry.rep))"
            screen.putFitted(title, x: parts.reasons.x + 1, y: parts.reasons.y, width: parts.reasons.width - 2, style: theme.style(.title))
            for (row, reason) in entry.reasons.prefix(max(0, parts.reasons.height - 1)).enumerated() {
                screen.putFitted("· " + DisplaySanitizer.singleLine.sanitize(reason), x: parts.reasons.x + 2, y: parts.reasons.y + 1 + row,
                                 width: parts.reasons.width - 3, style: theme.style(.text))
            }
        }
        screen.putFitted("Enter review now · s schedule · b brief · score: points per reason",
                         x: area.x + 1, y: parts.footer.y, width: area.width - 2, style: theme.style(.textMuted))
        if let pane = state.brief {
            BriefPaneView.render(pane, theme: theme, into: &screen, area: briefArea(area))
        }
        if let scheduling = state.scheduling {
            let account = state.desk.deal(id: scheduling.dealId).map { $0.hasAccount ? $0.account : $0.name } ?? scheduling.dealId
            let prompt = Prompt(title: "Schedule the review of \(account)", label: "Date (YYYY-MM-DD):", value: scheduling.editor.text,
                                cursor: scheduling.editor.cursor, error: scheduling.error, styles: theme.widgetStyles)
            prompt.render(into: &screen, area: area)
        }
    }

    /// Where the brief goes over the queue: most of the view, the header left in sight.
    public static func briefArea(_ area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
    }

    static func short(_ outcome: Outcome) -> String {
        switch outcome {
        case .won: "won"
        case .lost: "lost"
        case .noDecision: "nd"
        }
    }

    static func compact(_ money: Money) -> String {
        "\(money.currency) \(BoardHeader.compact(money.amount))"
    }

    static func status(_ entry: QueueEntry, wide: Bool) -> String {
        guard let status = entry.reviewStatus else { return "—" }
        switch status {
        case .scheduled: return entry.scheduledFor.map { wide ? "on \($0)" : String($0.description.dropFirst(5)) } ?? "scheduled"
        case .prepReady: return wide ? "prep ready" : "prepared"
        case .inProgress: return wide ? "in progress" : "started"
        case .completed: return status.label
        }
    }
}
