import DebriefCore

/// Draws the open action items: due date (overdue marked), owner, the item, and where it came from.
public enum ActionItemsView {
    public static func render(_ state: ActionItemsState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 5, area.width >= 40 else { return }
        var header = "Open action items · \(state.items.count)"
        if state.overdueCount > 0 { header += " · \(state.overdueCount) overdue" }
        header += " · owner: \(state.owner ?? "everyone")"
        screen.putFitted(header, x: area.x + 1, y: area.y, width: area.width - 2, style: theme.style(.title))
        let wide = area.width >= 110
        var columns = [TableColumn("Due", width: .fixed(10)), TableColumn("", width: .fixed(wide ? 14 : 7)),
                       TableColumn("Owner", width: .fixed(wide ? 16 : 10)), TableColumn("Action item", width: .fill(3))]
        if wide { columns.append(TableColumn("From the review of", width: .fill(2))) }
        let rows = state.items.map { open -> [String] in
            var cells = [open.item.due?.description ?? "no date", overdueText(open.daysOverdue, wide: wide),
                         wide ? open.item.owner : ArchiveText.shortName(open.item.owner), open.item.text]
            if wide { cells.append("\(open.account ?? open.review.dealId) (\(open.review.rep))") }
            return cells
        }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let inner = Block(title: "Soonest due first", focused: true, styles: theme.widgetStyles).render(into: &screen, area: body)
        Table(columns: columns, rows: rows, selection: state.selection,
              emptyText: "No open action items. Items added in reviews appear here until ticked off.", styles: theme.widgetStyles)
            .render(into: &screen, area: inner)
        let footer: String
        if let selected = state.selectedItem, !wide {
            footer = "From \(selected.account ?? selected.review.dealId) (\(selected.review.rep)) · x ticks it off"
        } else {
            footer = "x ticks the selected item off · o filters by owner · Enter opens its review"
        }
        screen.putFitted(footer, x: area.x + 1, y: area.maxY - 1, width: area.width - 2, style: theme.style(.textMuted))
    }

    static func overdueText(_ days: Int?, wide: Bool) -> String {
        guard let days else { return "" }
        if days > 0 { return wide ? "! \(days)d overdue" : "! \(days)d" }
        if days == 0 { return "today" }
        return wide ? "in \(-days)d" : "\(-days)d"
    }
}
