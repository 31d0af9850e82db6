import DebriefCore

/// What a click on the board lands on: a deal's row in a column, or a column elsewhere (its
/// title, its empty rows). Computed from the same layout `BoardView.render` draws.
enum BoardHit: Sendable, Equatable {
    case column(BoardColumn)
    case row(BoardColumn, Int)
}

extension BoardView {
    /// The columns as drawn in `area`: both side by side, or the focused one as a tab.
    static func columnRects(_ board: BoardState, area: Rect) -> [(BoardColumn, Rect)] {
        guard area.height >= 6, area.width >= 20, !board.index.deals.isEmpty else { return [] }
        let body = Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 3)
        if area.width >= twoColumnMinimumWidth {
            return Array(zip(BoardColumn.allCases, body.columns([.percent(50), .fill(1)])))
        }
        return [(board.focus, body)]
    }

    static func hit(_ board: BoardState, area: Rect, x: Int, y: Int) -> BoardHit? {
        for (column, rect) in columnRects(board, area: area) where rect.contains(x: x, y: y) {
            let inner = rect.inner(1)
            if area.width < twoColumnMinimumWidth, y == rect.y {
                // The tabs' title: "[WON (n)]  LOST": the part clicked is the tab chosen.
                let wonTab = column == .won ? "[\(title(.won, board: board))]" : BoardColumn.won.title
                return .column(x < rect.x + 3 + DisplayWidth.of(wonTab) ? .won : .lost)
            }
            let rows = ListHit(rows: inner, selection: board.selection(column), count: board.rows(column).count)
            return rows.row(x: x, y: y).map { .row(column, $0) } ?? .column(column)
        }
        return nil
    }
}

extension BoardState {
    /// Focuses `column` and selects its `row` (a click).
    public mutating func select(row: Int, in column: BoardColumn) {
        focus = column
        updateSelection(column) { $0.select(row, count: $1) }
    }
}
