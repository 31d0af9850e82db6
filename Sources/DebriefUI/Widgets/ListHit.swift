/// Where a list's rows are drawn and which row is first, as its view draws it: a click's row is
/// `first + (y - rows.y)`.
struct ListHit: Sendable, Equatable {
    /// The rectangle the rows fill.
    var rows: Rect
    var first: Int
    var count: Int

    init(rows: Rect, selection: ListSelection, count: Int) {
        self.rows = rows
        self.count = count
        var clamped = selection
        clamped.clamp(count: count)
        first = clamped.visibleOffset(count: count, visibleRows: rows.height)
    }

    /// The row drawn at (x, y), if a row is drawn there.
    func row(x: Int, y: Int) -> Int? {
        guard rows.contains(x: x, y: y) else { return nil }
        let row = first + (y - rows.y)
        return row < count ? row : nil
    }
}
