import DebriefCore

/// The pipeline board's state: filters, sort, focus and selection, plus the filtered columns,
/// which are recomputed only when the data or the filter changes (never on a mere move).
public struct BoardState: Sendable, Equatable {
    public private(set) var index: BoardIndex = .empty
    public private(set) var filter = DealFilter()
    public private(set) var sort: BoardSort = .closeDate
    public private(set) var today: Day
    public var focus: BoardColumn = .won
    public var wonSelection = ListSelection()
    public var lostSelection = ListSelection()
    /// Deal indices per column, in display order.
    public private(set) var won: [Int] = []
    public private(set) var lost: [Int] = []
    public private(set) var summary = PipelineSummary()

    public init(today: Day) {
        self.today = today
    }

    public mutating func load(deals: [Deal], reviews: [Review]) {
        let selectedID = selectedDeal?.id
        index = BoardIndex(deals: deals, reviews: reviews)
        refresh(keeping: selectedID)
    }

    public mutating func setFilter(_ filter: DealFilter) {
        let selectedID = selectedDeal?.id
        self.filter = filter
        refresh(keeping: selectedID)
    }

    public mutating func setSort(_ sort: BoardSort) {
        let selectedID = selectedDeal?.id
        self.sort = sort
        refresh(keeping: selectedID)
    }

    /// Selects a deal if the filters show it (after creating or editing one).
    public mutating func select(dealID: String) {
        refresh(keeping: dealID)
    }

    public func rows(_ column: BoardColumn) -> [Int] { column == .won ? won : lost }

    public func selection(_ column: BoardColumn) -> ListSelection { column == .won ? wonSelection : lostSelection }

    public mutating func updateSelection(_ column: BoardColumn, _ change: (inout ListSelection, Int) -> Void) {
        let count = rows(column).count
        if column == .won { change(&wonSelection, count) } else { change(&lostSelection, count) }
    }

    public var selectedDeal: Deal? {
        let rows = rows(focus)
        guard let selected = selection(focus).selected, rows.indices.contains(selected) else { return nil }
        return index.deals[rows[selected]]
    }

    /// Deals on screen, for the header and for `debrief deals` parity tests.
    public var shownDeals: [Deal] { (won + lost).map { index.deals[$0] } }

    private mutating func refresh(keeping selectedID: String?) {
        (won, lost) = index.columns(filter: filter, sort: sort, today: today)
        let completed = Set(index.reviewStatus.filter { $0.value == .completed }.keys)
        summary = PipelineSummary(deals: shownDeals, completedReviewDealIDs: completed)
        wonSelection.clamp(count: won.count)
        lostSelection.clamp(count: lost.count)
        guard let selectedID else { return }
        for column in BoardColumn.allCases {
            if let row = rows(column).firstIndex(where: { index.deals[$0].id == selectedID }) {
                focus = column
                updateSelection(column) { $0.select(row, count: $1) }
                return
            }
        }
    }
}
