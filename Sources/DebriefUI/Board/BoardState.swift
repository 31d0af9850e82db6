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
    /// How many deals in the lost column are no-decisions (its title says so).
    public private(set) var noDecisionsShown = 0
    /// The columns of the broader searches typed on the way to this one, for Backspace.
    private var history = BoardFilterHistory()
    /// Whether the app was asked to fold the search text of the deals loaded last.
    private var searchFoldRequested = false

    public init(today: Day) {
        self.today = today
    }

    public mutating func load(deals: [Deal], reviews: [Review]) {
        load(deals: deals, reviewHeadlines: reviews.map(ReviewHeadline.init))
    }

    public mutating func load(deals: [Deal], reviewHeadlines: [ReviewHeadline]) {
        let selectedID = selectedDeal?.id
        index = BoardIndex(deals: deals, reviewHeadlines: reviewHeadlines)
        history.removeAll()
        searchFoldRequested = false
        refresh(keeping: selectedID.flatMap { id in deals.firstIndex { $0.id == id } })
    }

    public mutating func setFilter(_ filter: DealFilter) {
        let selected = selectedDealIndex
        guard filter != self.filter else { return refresh(keeping: selected, within: (won, lost)) }
        if let earlier = history.take(filter) {
            // Back to a broader search typed earlier (Backspace): its columns are still right.
            self.filter = filter
            return refresh(keeping: selected, columns: earlier)
        }
        // A filter that only narrows the last one (a longer search) need only re-check what showed.
        let narrowing = filter.narrows(self.filter)
        if narrowing {
            history.push(.init(filter: self.filter, won: won, lost: lost, summary: summary))
        } else {
            history.removeAll()
        }
        self.filter = filter
        refresh(keeping: selected, within: narrowing ? (won, lost) : nil)
    }

    /// The deals whose search text should be folded off the UI thread, once per load: nil when
    /// it is folded already, was asked for, or there is nothing to fold.
    public mutating func takeSearchFoldRequest() -> [Deal]? {
        guard !searchFoldRequested, index.searchText == nil, !index.deals.isEmpty else { return nil }
        searchFoldRequested = true
        return index.deals
    }

    /// The search text folded off the UI thread arrived. Text folded from other deals than those
    /// shown now (a reload came in meanwhile) is dropped. Nothing on screen changes: searches
    /// from now on look in it instead of folding deals as they go.
    public mutating func searchTextFolded(_ text: DealSearchText) {
        index.install(text)
    }

    public mutating func setSort(_ sort: BoardSort) {
        let selected = selectedDealIndex
        self.sort = sort
        history.removeAll()
        refresh(keeping: selected)
    }

    /// Selects a deal if the filters show it (after creating or editing one).
    public mutating func select(dealID: String) {
        refresh(keeping: index.deals.firstIndex { $0.id == dealID })
    }

    public func rows(_ column: BoardColumn) -> [Int] { column == .won ? won : lost }

    public func selection(_ column: BoardColumn) -> ListSelection { column == .won ? wonSelection : lostSelection }

    public mutating func updateSelection(_ column: BoardColumn, _ change: (inout ListSelection, Int) -> Void) {
        let count = rows(column).count
        if column == .won { change(&wonSelection, count) } else { change(&lostSelection, count) }
    }

    public var selectedDeal: Deal? {
        selectedDealIndex.map { index.deals[$0] }
    }

    /// The selected deal's position in `index.deals`.
    private var selectedDealIndex: Int? {
        let rows = rows(focus)
        guard let selected = selection(focus).selected, rows.indices.contains(selected) else { return nil }
        return rows[selected]
    }

    /// Deals on screen, for the header and for `debrief deals` parity tests.
    public var shownDeals: [Deal] { (won + lost).map { index.deals[$0] } }

    /// Recomputes the columns and the header, then selects `dealIndex` again if it still shows.
    private mutating func refresh(keeping dealIndex: Int?, within: (won: [Int], lost: [Int])? = nil) {
        let (won, lost) = index.columns(filter: filter, sort: sort, today: today, within: within)
        refresh(keeping: dealIndex, columns: .init(filter: filter, won: won, lost: lost, summary: index.summary(won: won, lost: lost)))
    }

    private mutating func refresh(keeping dealIndex: Int?, columns: BoardFilterHistory.Entry) {
        won = columns.won
        lost = columns.lost
        summary = columns.summary
        noDecisionsShown = lost.reduce(0) { $0 + (index.outcome(of: $1) == .noDecision ? 1 : 0) }
        wonSelection.clamp(count: won.count)
        lostSelection.clamp(count: lost.count)
        guard let dealIndex else { return }
        for column in BoardColumn.allCases {
            if let row = rows(column).firstIndex(of: dealIndex) {
                focus = column
                updateSelection(column) { $0.select(row, count: $1) }
                return
            }
        }
    }
}
