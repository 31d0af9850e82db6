/// Which row of a list or table is selected and which row is shown first. Owned by the view's
/// state; the list and table widgets read it. Every method keeps the selection inside the rows.
public struct ListSelection: Sendable, Hashable {
    /// The selected row, nil when nothing is selected (an empty list).
    public var selected: Int?
    /// The first row shown.
    public var offset: Int

    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// Keeps the selection valid for `count` rows: nil for none, else clamped.
    public mutating func clamp(count: Int) {
        guard count > 0 else {
            selected = nil
            offset = 0
            return
        }
        selected = min(max(0, selected ?? 0), count - 1)
    }

    public mutating func select(_ row: Int, count: Int) {
        selected = row
        clamp(count: count)
    }

    public mutating func moveDown(_ rows: Int = 1, count: Int) { select((selected ?? -1) + rows, count: count) }
    public mutating func moveUp(_ rows: Int = 1, count: Int) { select((selected ?? 0) - rows, count: count) }
    public mutating func selectFirst(count: Int) { select(0, count: count) }
    public mutating func selectLast(count: Int) { select(count - 1, count: count) }

    /// Moves the selection a page down and scrolls by the same amount (PgDn).
    public mutating func pageDown(count: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        moveDown(page, count: count)
        offset += page
        scrollToSelection(count: count, visibleRows: visibleRows)
    }

    /// Moves the selection a page up and scrolls by the same amount (PgUp).
    public mutating func pageUp(count: Int, visibleRows: Int) {
        let page = max(1, visibleRows - 1)
        moveUp(page, count: count)
        offset -= page
        scrollToSelection(count: count, visibleRows: visibleRows)
    }

    /// The first row to show so the selection is visible: the stored offset when it already is,
    /// else the nearest offset that shows it. Never scrolls past the last row.
    public func visibleOffset(count: Int, visibleRows: Int) -> Int {
        guard visibleRows > 0, count > visibleRows else { return 0 }
        var first = min(max(0, offset), count - visibleRows)
        if let selected {
            let row = min(max(0, selected), count - 1)
            if row < first { first = row }
            if row >= first + visibleRows { first = row - visibleRows + 1 }
        }
        return first
    }

    /// Stores `visibleOffset` so the next move scrolls from what the user sees.
    public mutating func scrollToSelection(count: Int, visibleRows: Int) {
        offset = visibleOffset(count: count, visibleRows: visibleRows)
    }
}
