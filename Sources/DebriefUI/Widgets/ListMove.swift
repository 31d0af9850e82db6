/// The moves every list view makes with the same keys: j/k, PgDn/PgUp, g/G.
public enum ListMove: Sendable, Hashable, CaseIterable {
    case down, up, pageDown, pageUp, first, last
}

extension ListSelection {
    /// Applies one move to a list of `count` rows of which `visibleRows` show.
    public mutating func move(_ move: ListMove, count: Int, visibleRows: Int) {
        switch move {
        case .down: moveDown(count: count)
        case .up: moveUp(count: count)
        case .pageDown: pageDown(count: count, visibleRows: visibleRows)
        case .pageUp: pageUp(count: count, visibleRows: visibleRows)
        case .first: selectFirst(count: count)
        case .last: selectLast(count: count)
        }
    }
}
