import DebriefCore

/// Draws the reviews browser: the filter line, the table of reviews, and a preview of the
/// selected review (search matches highlighted in context); or the compare view.
public enum ReviewsBrowserView {
    /// From this width each row shows the deal name too.
    public static let wideWidth = 110

    public static func render(_ state: ReviewsBrowserState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 8, area.width >= 40 else { return }
        if case .comparing(let left, let right, let scroll) = state.mode {
            ReviewCompareView.render(state.row(id: left), state.row(id: right), scroll: scroll, theme: theme, into: &screen, area: area)
            return
        }
        screen.putFitted(filterLine(state, width: area.width - 2), x: area.x + 1, y: area.y, width: area.width - 2, style: theme.style(.textMuted))
        let previewHeight = area.height >= 30 ? 9 : 6
        let parts = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2).rows([.fill(1), .fixed(previewHeight)])
        renderTable(state, theme: theme, into: &screen, area: parts[0])
        renderPreview(state, theme: theme, into: &screen, area: parts[1])
        renderBottomLine(state, theme: theme, into: &screen, row: area.row(area.height - 1))
    }

    /// The count, the period and every filter. When that is wider than `width`, the filters left at
    /// "any" go first, then the labels of values that say what they are (won, completed), then the
    /// longest part loses its middle: an active filter (a theme, a cause, the search) always shows.
    static func filterLine(_ state: ReviewsBrowserState, width: Int = .max) -> String {
        let f = state.filter
        let count = "Reviews \(state.shown.count) of \(state.archive.rows.count)"
        // (with its label, the value alone, whether it narrows the list), in the order they read.
        var filters: [(String, String, Bool)] = [
            ("rep: \(f.rep ?? "any")", f.rep ?? "any rep", f.rep != nil),
            ("outcome: \(f.outcome?.label ?? "any")", f.outcome?.label ?? "", f.outcome != nil),
            ("status: \(f.status?.label ?? "any")", f.status?.label ?? "", f.status != nil),
        ]
        if let theme = f.theme { filters.append(("theme: \(theme.title)", theme.title, true)) }
        if let cause = f.cause { filters.append(("cause: \(cause.label)", cause.label, true)) }
        if !f.search.isEmpty { filters.append(("search: “\(f.search)”", "“\(f.search)”", true)) }
        let active = filters.filter(\.2)
        let candidates = [
            [count, f.period.label] + filters.map(\.0),
            [count, f.period.label] + active.map(\.0),
            [count, f.period.label] + active.map { $0.0.hasPrefix("outcome") || $0.0.hasPrefix("status") ? $0.1 : $0.0 },
            ["\(state.shown.count)/\(state.archive.rows.count)", f.period.label] + active.map(\.1),
        ]
        for parts in candidates where DisplayWidth.of(parts.joined(separator: " · ")) <= width {
            return parts.joined(separator: " · ")
        }
        var parts = candidates[3]
        // The longest filters lose their middles until the line fits (the count and period stay whole).
        for _ in parts.indices {
            let excess = DisplayWidth.of(parts.joined(separator: " · ")) - width
            guard excess > 0, let longest = parts.indices.dropFirst(2).max(by: { DisplayWidth.of(parts[$0]) < DisplayWidth.of(parts[$1]) }) else { break }
            parts[longest] = DisplayWidth.truncateMiddle(parts[longest], toWidth: max(10, DisplayWidth.of(parts[longest]) - excess))
        }
        return parts.joined(separator: " · ")
    }

    /// The table's rows as `renderTable` draws them, for a click (nil while comparing).
    static func listHit(_ state: ReviewsBrowserState, area: Rect) -> ListHit? {
        guard area.height >= 8, area.width >= 40, state.keyContext != .compare else { return nil }
        let previewHeight = area.height >= 30 ? 9 : 6
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2).rows([.fill(1), .fixed(previewHeight)])[0]
        let inner = table.inner(1)
        return ListHit(rows: Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: max(0, inner.height - 1)),
                       selection: state.selection, count: state.shown.count)
    }

    static func renderTable(_ state: ReviewsBrowserState, theme: Theme, into screen: inout Screen, area: Rect) {
        let wide = area.width >= wideWidth
        var columns = [TableColumn("Date", width: .fixed(11)), TableColumn("Account", width: .fill(3))]
        if wide { columns.append(TableColumn("Deal", width: .fill(2))) }
        columns += [TableColumn("Rep", width: .fixed(wide ? 16 : 10)), TableColumn("Outcome", width: .fixed(7)),
                    TableColumn("Status", width: .fixed(11)), TableColumn("F P A", width: .fixed(8), alignment: .right)]
        let title = "Newest first · F factors, P practices, A action items · ◆ marked to compare"
        let inner = Block(title: title, focused: true, styles: theme.widgetStyles).render(into: &screen, area: area)
        // Cells only for the rows on screen: a search can keep thousands.
        var table = Table(columns: columns, rows: [], styles: theme.widgetStyles)
        var selection = state.selection
        selection.clamp(count: state.shown.count)
        let first = selection.visibleOffset(count: state.shown.count, visibleRows: table.visibleRows(in: inner))
        let window = state.shown[first..<min(state.shown.count, first + table.visibleRows(in: inner))]
        table.rows = window.map { index -> [String] in
            let row = state.archive.rows[index]
            let review = row.review
            let mark = state.marked.contains(review.id) ? "◆" : " "
            var cells = ["\(mark)\(row.day)", row.deal?.account ?? "(deal \(review.dealId) missing)"]
            if wide { cells.append(row.deal.map { PracticeEvidence.withoutAccount($0.name, account: $0.account) } ?? "") }
            cells += [wide ? review.rep : ShortText.shortName(review.rep), row.deal.map { $0.outcome == .noDecision ? "no dec" : $0.outcome.label } ?? "?", review.status.label,
                      "\(review.factors.count) \(review.practices.count) \(review.actionItems.count)"]
            return cells
        }
        table.selection = ListSelection(selected: selection.selected.map { $0 - first }, offset: 0)
        table.emptyText = state.archive.rows.isEmpty ? "No reviews yet. Open a deal on the board to start one."
            : "No reviews match. x clears the filters and the search."
        table.render(into: &screen, area: inner)
    }

    static func renderPreview(_ state: ReviewsBrowserState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard let row = state.selectedRow else {
            let inner = Block(title: "Preview", styles: theme.widgetStyles).render(into: &screen, area: area).inner(horizontal: 1, vertical: 0)
            // As the board does for an empty column: say what to press rather than leave a blank box.
            let text = state.archive.rows.isEmpty ? "Nothing to preview yet."
                : "Nothing to preview: no review matches. x clears the filters and the search, p changes the period."
            Paragraph(text, style: theme.style(.textMuted)).render(into: &screen, area: inner)
            return
        }
        let review = row.review
        let terms = state.filter.searchTerms
        let title = terms.isEmpty ? "Preview · \(review.id)" : "Matches in \(review.id)"
        let inner = Block(title: title, styles: theme.widgetStyles).render(into: &screen, area: area).inner(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        if !terms.isEmpty {
            let labelWidth = 14
            let snippets = ReviewSearchText.snippets(of: review, deal: row.deal, terms: terms,
                                                     width: max(10, inner.width - labelWidth - 1), limit: inner.height)
            for (offset, snippet) in snippets.enumerated() {
                let y = inner.y + offset
                screen.putFitted(snippet.label, x: inner.x, y: y, width: labelWidth, style: theme.style(.textMuted))
                drawHighlighted(snippet, theme: theme, into: &screen, x: inner.x + labelWidth + 1, y: y, width: inner.width - labelWidth - 1)
            }
            if snippets.isEmpty {
                screen.putFitted("Matched the deal or rep name.", x: inner.x, y: inner.y, width: inner.width, style: theme.style(.textMuted))
            }
            return
        }
        var lines: [(String, ThemeRole)] = []
        if !review.summary.isEmpty { lines.append((review.summary, .text)) }
        for factor in review.factors.prefix(2) {
            lines.append(("\(factor.effect == .success ? "+" : "−") \(factor.cause.label) (\(factor.evidence.label)): \(factor.text)", .text))
        }
        for practice in review.practices.prefix(2) { lines.append(("Practice: \(practice.title)", .text)) }
        let open = review.openActionItems.count
        if open > 0 { lines.append(("\(open) open action item\(open == 1 ? "" : "s")", .textMuted)) }
        if lines.isEmpty { lines.append(("No findings yet: the review is \(review.status.label).", .textMuted)) }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            screen.putFitted(line.0, x: inner.x, y: inner.y + offset, width: inner.width, style: theme.style(line.1))
        }
    }

    /// Writes a snippet with its matched words in the insight style (underlined without colour).
    static func drawHighlighted(_ snippet: ReviewSearchText.Snippet, theme: Theme, into screen: inout Screen, x: Int, y: Int, width: Int) {
        let characters = Array(snippet.text)
        var matchStyle = theme.style(.reviewInsight)
        matchStyle.attributes.formUnion([.bold, .underline])
        var column = x
        var index = 0
        for range in snippet.highlights + [characters.count..<characters.count] {
            let lower = min(max(index, range.lowerBound), characters.count)
            let upper = min(max(lower, range.upperBound), characters.count)
            if lower > index {
                column += screen.put(String(characters[index..<lower]), x: column, y: y, style: theme.style(.text), maxWidth: x + width - column)
            }
            if upper > lower {
                column += screen.put(String(characters[lower..<upper]), x: column, y: y, style: matchStyle,
                                     maxWidth: x + width - column)
            }
            index = upper
        }
    }

    static func renderBottomLine(_ state: ReviewsBrowserState, theme: Theme, into screen: inout Screen, row: Rect) {
        if case .searching(let field) = state.mode {
            ArchiveInputLine.render(label: "/", editor: field.editor, theme: theme, into: &screen, row: row)
            return
        }
        let marked = state.marked.count
        let text = marked == 0 ? "Space marks two reviews to compare (v) · / searches every note, prep answer, factor and practice"
            : "\(marked) marked · v compares \(marked == 2 ? "them" : "it with the selected review") side by side"
        screen.putFitted(text, x: row.x + 1, y: row.y, width: row.width - 2, style: theme.style(.textMuted))
    }
}
