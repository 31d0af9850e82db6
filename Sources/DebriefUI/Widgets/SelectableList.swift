import DebriefCore

/// A scrolling list of one-line items with a highlighted selection. The selected row is marked
/// with `highlightSymbol` as well as the selection style, so it shows without colour too.
public struct SelectableList: Sendable, Hashable {
    public var items: [String]
    public var selection: ListSelection
    /// Shown (muted, centred) when there are no items.
    public var emptyText: String
    public var highlightSymbol: String
    public var styles: WidgetStyles

    public init(items: [String], selection: ListSelection = ListSelection(), emptyText: String = "Nothing here yet",
                highlightSymbol: String = "› ", styles: WidgetStyles = .monochrome) {
        self.items = items
        self.selection = selection
        self.emptyText = emptyText
        self.highlightSymbol = highlightSymbol
        self.styles = styles
    }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        guard !items.isEmpty else {
            EmptyState.render(emptyText, into: &screen, area: area, style: styles.muted)
            return
        }
        var selection = selection
        selection.clamp(count: items.count)
        let first = selection.visibleOffset(count: items.count, visibleRows: area.height)
        let symbolWidth = min(area.width, DisplayWidth.of(highlightSymbol))
        for row in 0..<min(area.height, items.count - first) {
            let index = first + row
            let y = area.y + row
            let isSelected = index == selection.selected
            let style = isSelected ? styles.selection : styles.text
            if isSelected { screen.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            if isSelected { screen.put(highlightSymbol, x: area.x, y: y, style: style, maxWidth: symbolWidth) }
            screen.putFitted(items[index], x: area.x + symbolWidth, y: y, width: area.width - symbolWidth, style: style)
        }
    }
}

/// The muted, centred message a list or table shows when it has no rows.
enum EmptyState {
    static func render(_ text: String, into screen: inout Screen, area: Rect, style: Style) {
        let lines = WordWrap.wrap(DisplaySanitizer.multiLine.sanitize(text), width: area.width)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            screen.putFitted(line, x: area.x, y: top + offset, width: area.width, alignment: .center, style: style)
        }
    }
}
