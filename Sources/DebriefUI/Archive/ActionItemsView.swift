import DebriefCore

/// Draws the action items: due date (overdue marked, done ones marked done), owner, the item, and
/// where it came from; the last line says what the last key changed, or the keys.
public enum ActionItemsView {
    public static func render(_ state: ActionItemsState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 5, area.width >= 40 else { return }
        var header = (state.showsDone ? "Action items · \(state.openCount) open, \(state.doneCount) done" : "Open action items · \(state.items.count)")
        if state.overdueCount > 0 { header += " · \(state.overdueCount) overdue" }
        header += " · owner: \(state.owner ?? "everyone")"
        if !state.showsDone, state.doneCount > 0 { header += " · \(state.doneCount) done hidden (d)" }
        screen.putFitted(header, x: area.x + 1, y: area.y, width: area.width - 2, style: theme.style(.title))
        let wide = area.width >= 110
        var columns = [TableColumn("Due", width: .fixed(10)), TableColumn("", width: .fixed(wide ? 14 : 7)),
                       TableColumn("Owner", width: .fixed(wide ? 16 : 10)), TableColumn("Action item", width: .fill(3))]
        if wide { columns.append(TableColumn("From the review of", width: .fill(2))) }
        let rows = state.items.map { open -> [String] in
            var cells = [open.item.due?.description ?? "no date", open.item.done ? (wide ? "✓ done" : "✓") : overdueText(open.daysOverdue, wide: wide),
                         wide ? open.item.owner : ShortText.shortName(open.item.owner), open.item.text]
            if wide { cells.append("\(open.account ?? open.review.dealId) (\(open.review.rep))") }
            return cells
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let inner = Block(title: state.showsDone ? "Open first, then done" : "Soonest due first", focused: true, styles: theme.widgetStyles).render(into: &screen, area: body)
        Table(columns: columns, rows: rows, selection: state.selection,
              emptyText: state.showsDone ? "No action items yet. Items added in reviews appear here."
                : "No open action items. Items added in reviews appear here until ticked off (d shows the done ones).", styles: theme.widgetStyles)
            .render(into: &screen, area: inner)
        if let notice = state.notice {
            let line = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
            screen.fill(line, style: theme.style(.statusOK))
            screen.putFitted(DisplaySanitizer.singleLine.sanitize(notice), x: area.x + 1, y: line.y, width: area.width - 2, style: theme.style(.statusOK))
            return
        }
        let footer: String
        if let selected = state.selectedItem, !wide {
            footer = "From \(selected.account ?? selected.review.dealId) (\(selected.review.rep)) · x " + (selected.item.done ? "unticks it" : "ticks it off")
        } else {
            footer = "x ticks the selected item off (or back on) · d \(state.showsDone ? "hides" : "shows") done items · o filters by owner · Enter opens its review"
        }
        screen.putFitted(footer, x: area.x + 1, y: area.maxY - 1, width: area.width - 2, style: theme.style(.textMuted))
    }

    /// The table's rows as `render` draws them, for a click.
    static func listHit(_ state: ActionItemsState, area: Rect) -> ListHit? {
        guard area.height >= 5, area.width >= 40 else { return nil }
        let inner = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2).inner(1)
        return ListHit(rows: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1)),
                       selection: state.selection, count: state.items.count)
    }

    static func overdueText(_ days: Int?, wide: Bool) -> String {
        guard let days else { return "" }
        if days > 0 { return wide ? "! \(days)d overdue" : "! \(days)d" }
        if days == 0 { return "today" }
        return wide ? "in \(-days)d" : "\(-days)d"
    }
}
