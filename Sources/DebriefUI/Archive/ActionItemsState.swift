import DebriefCore

/// What the action items view's keys do.
public enum ActionItemsAction: Sendable, Hashable {
    /// j/k, PgDn/PgUp, g/G.
    case move(ListMove)
    /// Mark the selected item done: returns `.saveReview` with the item ticked.
    case tickOff
    /// Step through owners (everyone, then each owner).
    case cycleOwner
    /// Open the review the item came from.
    case openReview
}

/// One open action item with the review it belongs to.
public struct OpenActionItem: Sendable, Equatable {
    public var item: ActionItem
    public var review: Review
    public var account: String?
    /// Days past due (positive) as of today; nil without a due date.
    public var daysOverdue: Int?
}

/// Open action items across all reviews: soonest due first (overdue at the top), undated last.
public struct ActionItemsState: Sendable, Equatable {
    public private(set) var items: [OpenActionItem] = []
    public private(set) var owner: String?
    public private(set) var today: Day
    public var selection = ListSelection()
    private var all: [OpenActionItem] = []

    public init(today: Day) {
        self.today = today
    }

    public mutating func load(reviews: [Review], deals: [Deal]) {
        var accounts: [String: String] = [:]
        accounts.reserveCapacity(deals.count)
        for index in deals.indices { accounts[deals[index].id] = deals[index].account }
        // Positions of the open items, sorted before anything is copied: sorting the items
        // themselves would move whole reviews around.
        var open: [(review: Int, item: Int)] = []
        for review in reviews.indices {
            for item in reviews[review].actionItems.indices where !reviews[review].actionItems[item].done { open.append((review, item)) }
        }
        open.sort { a, b in
            let x = reviews[a.review].actionItems[a.item], y = reviews[b.review].actionItems[b.item]
            switch (x.due, y.due) {
            case let (p?, q?) where p != q: return p < q
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (x.owner, reviews[a.review].id, x.id) < (y.owner, reviews[b.review].id, y.id)
            }
        }
        all = open.map { position in
            let item = reviews[position.review].actionItems[position.item]
            return OpenActionItem(item: item, review: reviews[position.review], account: accounts[reviews[position.review].dealId],
                                  daysOverdue: item.due.map { today.days(since: $0) })
        }
        refresh()
    }

    public var owners: [String] { Array(Set(all.map(\.item.owner))).sorted() }

    public var selectedItem: OpenActionItem? {
        guard let index = selection.selected, items.indices.contains(index) else { return nil }
        return items[index]
    }

    public var overdueCount: Int { items.lazy.filter { ($0.daysOverdue ?? 0) > 0 }.count }

    public mutating func handle(_ key: Key, visibleRows: Int, keymap: Keymap = .standard) -> ArchiveRequest? {
        guard let action = Self.keyTable.action(for: key, in: .actionItems, keymap: keymap) else { return nil }
        return apply(action, visibleRows: visibleRows)
    }

    public mutating func apply(_ action: ActionItemsAction, visibleRows: Int) -> ArchiveRequest? {
        let count = items.count
        switch action {
        case .move(let move): selection.move(move, count: count, visibleRows: visibleRows)
        case .cycleOwner:
            owner = ReviewsBrowserState.step(owner, through: owners)
            refresh()
        case .openReview:
            return selectedItem.map { .openReview(id: $0.review.id, editing: false) }
        case .tickOff:
            guard let selected = selectedItem,
                  let index = selected.review.actionItems.firstIndex(where: { $0.id == selected.item.id }) else { return nil }
            var review = selected.review
            review.actionItems[index].done = true
            // Shown as done at once; the app saves the review and reloads (a conflict is reported, not overwritten).
            for position in all.indices where all[position].review.id == review.id { all[position].review = review }
            all.removeAll { $0.review.id == review.id && $0.item.id == selected.item.id }
            refresh()
            return .saveReview(review)
        }
        return nil
    }

    private mutating func refresh() {
        items = owner.map { name in all.filter { $0.item.owner == name } } ?? all
        selection.clamp(count: items.count)
    }

    typealias Row = KeyCommands<ActionItemsAction>.Row

    public static let keyTable = KeyCommands<ActionItemsAction>([
        Row(.actionItems, "next", [.char("j"), .down], .move(.down), "next item", hint: "move"),
        Row(.actionItems, "previous", [.char("k"), .up], .move(.up), "previous item"),
        Row(.actionItems, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.actionItems, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.actionItems, "first", [.char("g"), .home], .move(.first), "first item"),
        Row(.actionItems, "last", [.char("G"), .end], .move(.last), "last item"),
        Row(.actionItems, "done", [.char("x"), .char(" ")], .tickOff, "tick the item off (saves its review)", hint: "done"),
        Row(.actionItems, "filter-owner", [.char("o")], .cycleOwner, "filter by owner (cycles)", hint: "owner"),
        Row(.actionItems, "open", [.enter], .openReview, "open the review it came from", hint: "open"),
    ])
}
