import DebriefCore

/// One column of a `Table`.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var width: LayoutConstraint
    public var alignment: TextAlignment

    public init(_ title: String, width: LayoutConstraint = .fill(1), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Rows of cells under a header, with a highlighted, scrolling selection. Cells that do not fit
/// end in `…`, never cutting a wide character in half.
public struct Table: Sendable, Hashable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public var selection: ListSelection
    public var emptyText: String
    public var highlightSymbol: String
    /// Empty columns between neighbouring columns.
    public var columnSpacing: Int
    public var showsHeader: Bool
    public var styles: WidgetStyles

    public init(columns: [TableColumn], rows: [[String]], selection: ListSelection = ListSelection(),
                emptyText: String = "Nothing here yet", highlightSymbol: String = "› ", columnSpacing: Int = 1,
                showsHeader: Bool = true, styles: WidgetStyles = .monochrome) {
        self.columns = columns
        self.rows = rows
        self.selection = selection
        self.emptyText = emptyText
        self.highlightSymbol = highlightSymbol
        self.columnSpacing = max(0, columnSpacing)
        self.showsHeader = showsHeader
        self.styles = styles
    }

    /// Rows of data visible in `area` (the header takes one).
    public func visibleRows(in area: Rect) -> Int {
        max(0, area.height - (showsHeader ? 1 : 0))
    }

    /// The x position and width of each column inside `area`.
    public func columnFrames(in area: Rect) -> [(x: Int, width: Int)] {
        let symbolWidth = min(area.width, DisplayWidth.of(highlightSymbol))
        let cellsArea = Rect(x: area.x + symbolWidth, y: area.y, width: area.width - symbolWidth, height: 1)
        return cellsArea.columns(columns.map(\.width), spacing: columnSpacing).map { ($0.x, $0.width) }
    }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        let frames = columnFrames(in: area)
        var y = area.y
        if showsHeader {
            screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: styles.header)
            for (column, frame) in zip(columns, frames) {
                screen.putFitted(column.title, x: frame.x, y: y, width: frame.width, alignment: column.alignment, style: styles.header)
            }
            y += 1
        }
        let body = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y)
        guard !body.isEmpty else { return }
        guard !rows.isEmpty else {
            EmptyState.render(emptyText, into: &screen, area: body, style: styles.muted)
            return
        }
        var selection = selection
        selection.clamp(count: rows.count)
        let first = selection.visibleOffset(count: rows.count, visibleRows: body.height)
        let symbolWidth = min(area.width, DisplayWidth.of(highlightSymbol))
        for line in 0..<min(body.height, rows.count - first) {
            let index = first + line
            let rowY = body.y + line
            let isSelected = index == selection.selected
            let style = isSelected ? styles.selection : styles.text
            if isSelected {
                screen.fill(Rect(x: area.x, y: rowY, width: area.width, height: 1), style: style)
                screen.put(highlightSymbol, x: area.x, y: rowY, style: style, maxWidth: symbolWidth)
            }
            for (columnIndex, frame) in frames.enumerated() {
                let cells = rows[index]
                guard columnIndex < cells.count else { continue }
                screen.putFitted(cells[columnIndex], x: frame.x, y: rowY, width: frame.width,
                                 alignment: columns[columnIndex].alignment, style: style)
            }
        }
    }
}
