import DebriefCore

/// What the board's keys do. Moves and filter changes are handled here, purely;
/// opening, creating and editing deals leave the board and are handled by the app.
public enum BoardAction: Sendable, Hashable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case focusNextColumn, focusPreviousColumn
    case cyclePeriod, toggleSort, clearFilters
    /// Jump to the next/previous deal in display order, across both columns (`n`/`N` after a search).
    case nextMatch, previousMatch
}

extension BoardState {
    /// Applies a board action; `visibleRows` is how many rows a column shows, for paging.
    public mutating func apply(_ action: BoardAction, visibleRows: Int) {
        let page = max(1, visibleRows)
        switch action {
        case .moveDown: updateSelection(focus) { $0.moveDown(count: $1) }
        case .moveUp: updateSelection(focus) { $0.moveUp(count: $1) }
        case .pageDown: updateSelection(focus) { $0.pageDown(count: $1, visibleRows: page) }
        case .pageUp: updateSelection(focus) { $0.pageUp(count: $1, visibleRows: page) }
        case .top: updateSelection(focus) { $0.selectFirst(count: $1) }
        case .bottom: updateSelection(focus) { $0.selectLast(count: $1) }
        case .focusNextColumn, .focusPreviousColumn: focus = focus.other
        case .cyclePeriod:
            var next = filter
            next.period = filter.period.next
            setFilter(next)
        case .toggleSort: setSort(sort.next)
        case .clearFilters: setFilter(DealFilter(period: filter.period))
        case .nextMatch: step(by: 1)
        case .previousMatch: step(by: -1)
        }
        // Keep the scroll position with the selection, so moving back up does not jump.
        updateSelection(focus) { $0.scrollToSelection(count: $1, visibleRows: page) }
    }

    public mutating func setSearch(_ text: String) {
        var next = filter
        next.search = text.trimmingCharacters(in: .whitespaces)
        setFilter(next)
        // After a search, start from the first match, in the won column if it has one.
        if rows(.won).isEmpty && !rows(.lost).isEmpty { focus = .lost } else { focus = .won }
        updateSelection(focus) { $0.selectFirst(count: $1) }
    }

    public mutating func setRep(_ rep: String?) {
        var next = filter
        next.rep = rep
        setFilter(next)
    }

    public mutating func setSegment(_ segment: String?) {
        var next = filter
        next.segment = segment
        setFilter(next)
    }

    public mutating func setCompetitor(_ competitor: String?) {
        var next = filter
        next.competitor = competitor
        setFilter(next)
    }

    /// Moves through the won column then the lost column as one list, wrapping around.
    private mutating func step(by delta: Int) {
        let wonCount = rows(.won).count, total = wonCount + rows(.lost).count
        guard total > 0 else { return }
        let current = focus == .won ? (selection(.won).selected ?? 0) : wonCount + (selection(.lost).selected ?? 0)
        let target = ((current + delta) % total + total) % total
        if target < wonCount {
            focus = .won
            updateSelection(.won) { $0.select(target, count: $1) }
        } else {
            focus = .lost
            updateSelection(.lost) { $0.select(target - wonCount, count: $1) }
        }
    }
}
