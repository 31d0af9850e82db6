import DebriefCore

/// The rep / segment / competitor chooser, drawn over the board.
enum FilterPickerPopup {
    static func render(_ picker: FilterPicker, theme: Theme, into screen: inout Screen) {
        let items = picker.items
        let width = min(screen.width - 4, max(34, (items.map { DisplayWidth.of($0) }.max() ?? 0) + 6))
        let height = min(screen.height - 4, items.count + 2)
        let box = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2).centered(width: width, height: height)
        let styles = theme.widgetStyles
        let inner = Block(title: "Filter by \(picker.kind.title.lowercased())", focused: true, footer: "[Enter] choose  [Esc] cancel",
                          fillsInterior: true, styles: styles).render(into: &screen, area: box)
        var selection = picker.selection
        selection.scrollToSelection(count: items.count, visibleRows: inner.height)
        SelectableList(items: items, selection: selection, styles: styles).render(into: &screen, area: inner)
    }
}
