import DebriefCore

/// Draws the Patterns view: a header with the scope, the sections (one column, or two on a wide
/// terminal) scrolled by rows, and a footer saying what the figures rest on.
public enum PatternsView {
    public static func render(_ state: PatternsViewState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 4, area.width >= 20 else { return }
        let layout = PatternsLayout(sections: state.sections, area: area)
        let scope = state.report.scope
        var header = "Patterns · \(scope.period) · \(scope.rep.map { "rep \($0)" } ?? "all reps")"
        header += " · \(scope.deals) closed deals · \(scope.completedReviews) completed reviews"
        screen.putFitted(header, x: area.x + 1, y: layout.header.y, width: area.width - 2, style: theme.style(.title))

        let scroll = min(state.scroll, layout.maxScroll)
        for (column, sections) in zip(layout.columns, layout.columnSections) {
            var canvas = Screen(width: column.width, height: min(layout.contentHeight, scroll + layout.body.height))
            var y = 0
            for section in sections {
                guard y < canvas.height else { break }
                y = draw(section, theme: theme, into: &canvas, x: 0, y: y, width: column.width)
            }
            copy(canvas, rows: scroll, into: &screen, at: column, height: layout.body.height)
        }

        let last = min(layout.contentHeight, scroll + layout.body.height)
        let position = layout.contentHeight > layout.body.height ? "rows \(scroll + 1)–\(last) of \(layout.contentHeight)" : ""
        let note = "Under \(SampleSize.minimum) deals or reviews: counts only, no chart"
        let positionWidth = DisplayWidth.of(position)
        screen.putFitted(note, x: area.x + 1, y: layout.footer.y, width: max(0, area.width - positionWidth - 4), style: theme.style(.textMuted))
        screen.putFitted(position, x: area.maxX - positionWidth - 1, y: layout.footer.y, width: positionWidth, style: theme.style(.textMuted))
    }

    /// Draws one section from row `y` and returns the row after it (and its blank line).
    static func draw(_ section: PatternsSection, theme: Theme, into canvas: inout Screen, x: Int, y: Int, width: Int) -> Int {
        let used = canvas.putFitted(section.title, x: x, y: y, width: width, style: theme.style(.title))
        if used + 2 < width {
            canvas.fill(Rect(x: x + used + 1, y: y, width: width - used - 1, height: 1), style: theme.style(.border), with: "─")
        }
        var row = y + 1
        for block in section.blocks {
            draw(block, theme: theme, into: &canvas, area: Rect(x: x, y: row, width: width, height: block.height))
            row += block.height
        }
        return row + 1
    }

    static func draw(_ block: PatternsBlock, theme: Theme, into canvas: inout Screen, area: Rect) {
        let inset = Rect(x: area.x + 2, y: area.y, width: max(0, area.width - 2), height: area.height)
        switch block {
        case .heading(let text):
            canvas.putFitted(text, x: area.x, y: area.y, width: area.width, style: theme.style(.title))
        case .text(let text):
            canvas.putFitted(text, x: inset.x, y: inset.y, width: inset.width, style: theme.style(.text))
        case .note(let text):
            canvas.putFitted(text, x: inset.x, y: inset.y, width: inset.width, style: theme.style(.textMuted))
        case .warning(let text):
            canvas.putFitted("! " + text, x: inset.x, y: inset.y, width: inset.width, style: theme.style(.statusWarning))
        case .bars(let bars, let maxValue):
            BarChart(bars: bars, maxValue: maxValue, styles: theme.widgetStyles).render(into: &canvas, area: inset)
        case .sparkline(let values, let first, let last):
            // Stretch each value over a few cells so a year of months is readable, not a dozen dots.
            let repeatCount = max(1, min(4, inset.width / max(1, values.count)))
            let stretched = values.flatMap { Array(repeating: $0, count: repeatCount) }
            let line = Sparkline(values: stretched, maxValue: 100, style: theme.style(.chartSparkline))
            let drawnWidth = min(inset.width, stretched.count)
            line.render(into: &canvas, area: Rect(x: inset.x, y: inset.y, width: drawnWidth, height: 1))
            canvas.putFitted(first, x: inset.x, y: inset.y + 1, width: drawnWidth, style: theme.style(.textMuted))
            canvas.putFitted(last, x: inset.x, y: inset.y + 1, width: drawnWidth, alignment: .right, style: theme.style(.textMuted))
        case .blank:
            break
        }
    }

    /// Copies `height` rows of `canvas` from row `first` into `area` of the screen.
    static func copy(_ canvas: Screen, rows first: Int, into screen: inout Screen, at area: Rect, height: Int) {
        for row in 0..<max(0, height) {
            let source = first + row
            guard source < canvas.height else { break }
            for column in 0..<min(area.width, canvas.width) {
                screen[area.x + column, area.y + row] = canvas[column, source]
            }
        }
    }
}
