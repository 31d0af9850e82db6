import DebriefCore

/// Draws the brief pane: headed sections, the selected open item or similar deal marked, ticked
/// items shown done; or, while one is open, a similar deal's review read-only.
public enum BriefPaneView {
    /// Rows of text the pane shows inside `area` (its border and footer take the rest).
    public static func visibleRows(_ area: Rect) -> Int { max(1, area.height - 2) }

    public static func render(_ pane: BriefPane, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.width >= 20, area.height >= 4 else { return }
        if let reading = pane.reading {
            let inner = Block(title: "Read-only: \(reading.title)", focused: true, footer: "Esc back to the brief",
                              fillsInterior: true, styles: theme.widgetStyles).render(into: &screen, area: area)
            let text = inner.inner(horizontal: 1, vertical: 0)
            for (row, line) in reading.lines.dropFirst(pane.readingScroll).prefix(text.height).enumerated() {
                let style = line.hasPrefix("#") ? theme.style(.title) : theme.style(.text)
                screen.putFitted(DisplaySanitizer.singleLine.sanitize(line), x: text.x, y: text.y + row, width: text.width, style: style)
            }
            return
        }
        let footer = "j/k move · x done · Enter read · Esc close"
        let inner = Block(title: "Brief · \(pane.brief.facts.account.isEmpty ? pane.brief.facts.dealId : pane.brief.facts.account)",
                          focused: true, footer: footer, fillsInterior: true, styles: theme.widgetStyles).render(into: &screen, area: area)
        let text = inner.inner(horizontal: 1, vertical: 0)
        let selectedRow = pane.selected.map { pane.targets[$0] }
        var y = text.y
        var index = pane.scroll
        while y < text.maxY, index < pane.rows.count {
            let row = pane.rows[index]
            let isSelected = index == selectedRow
            var shown = DisplaySanitizer.singleLine.sanitize(row.text)
            if pane.isTicked(row.target) { shown = shown.replacingOccurrences(of: "[ ]", with: "[x]") }
            let indent = row.kind == .detail ? 4 : row.kind == .heading ? 0 : 2
            let style: Style = row.kind == .heading ? theme.style(.title)
                : isSelected ? theme.style(.selection)
                : row.kind == .detail || pane.isTicked(row.target) ? theme.style(.textMuted) : theme.style(.text)
            // A line wraps under itself; a long one gives way to the rows below it only at the end.
            let width = max(1, text.width - indent)
            let wrapped = row.text.isEmpty ? [""] : WordWrap.wrap(shown, width: width)
            for (part, piece) in wrapped.enumerated() where y < text.maxY {
                if isSelected && part == 0 { screen.put("›", x: text.x, y: y, style: theme.style(.selection)) }
                screen.putFitted(piece, x: text.x + indent, y: y, width: width, style: style)
                y += 1
            }
            index += 1
        }
    }
}
