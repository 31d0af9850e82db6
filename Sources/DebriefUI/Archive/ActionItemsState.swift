import DebriefCore
import Foundation

/// What the action items view's keys do.
public enum ActionItemsAction: Sendable, Hashable {
    /// j/k, PgDn/PgUp, g/G.
    case move(ListMove)
    /// Tick the selected item off, or an item already done back on: returns `.saveReview`.
    case toggleDone
    /// Show the items already done too, or only the open ones.
    case toggleShowDone
    /// Take back the last tick (or untick), make it again.
    case undo, redo
    /// Step through owners (everyone, then each owner).
    case cycleOwner
    /// Open the review the item came from.
    case openReview
}

/// One action item with the review it belongs to.
public struct OpenActionItem: Sendable, Equatable {
    public var item: ActionItem
    public var review: Review
    public var account: String?
    /// Days past due (positive) as of today; nil without a due date.
    public var daysOverdue: Int?
}

/// Action items across all reviews: the open ones soonest due first (overdue at the top), undated
/// last; with `showsDone`, the done ones after them.
public struct ActionItemsState: Sendable, Equatable {
    /// A tick or an untick, to take back or make again.
    struct Change: Sendable, Equatable {
        var reviewID: String
        var itemID: String
        var done: Bool
    }

    public private(set) var items: [OpenActionItem] = []
    public private(set) var owner: String?
    public private(set) var today: Day
    public var selection = ListSelection()
    /// Whether done items are listed too (after the open ones).
    public private(set) var showsDone = false
    /// What the last key changed and how to take it back; the app takes it into its own notice
    /// (`AppState.notice`), which the next key or a few seconds clear.
    public internal(set) var notice: String?
    var noticeUntil: Date?
    private var undoable: Change?
    private var redoable: Change?
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
            for item in reviews[review].actionItems.indices { open.append((review, item)) }
        }
        open.sort { a, b in
            let x = reviews[a.review].actionItems[a.item], y = reviews[b.review].actionItems[b.item]
            if x.done != y.done { return !x.done }
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

    public var overdueCount: Int { items.lazy.filter { !$0.item.done && ($0.daysOverdue ?? 0) > 0 }.count }
    public var openCount: Int { items.lazy.filter { !$0.item.done }.count }
    public var doneCount: Int { all.lazy.filter { $0.item.done && (owner == nil || $0.item.owner == owner) }.count }

    public mutating func handle(_ key: Key, visibleRows: Int, keymap: Keymap = ActionItemsState.defaultKeymap, now: Date = Date()) -> ArchiveRequest? {
        guard let action = Self.keyTable.action(for: key, in: .actionItems, keymap: keymap) else { return nil }
        notice = nil
        noticeUntil = nil
        let request = apply(action, visibleRows: visibleRows, keymap: keymap)
        if notice != nil { noticeUntil = now.addingTimeInterval(Self.noticeSeconds) }
        return request
    }

    static let noticeSeconds: TimeInterval = 4

    /// A notice about a change goes by itself after a few seconds.
    public mutating func tick(_ now: Date) {
        guard let until = noticeUntil, now >= until else { return }
        notice = nil
        noticeUntil = nil
    }

    public mutating func apply(_ action: ActionItemsAction, visibleRows: Int, keymap: Keymap = ActionItemsState.defaultKeymap) -> ArchiveRequest? {
        func key(_ name: String) -> String { keymap.binding(name, in: .actionItems)?.keys.first?.label ?? name }
        let count = items.count
        switch action {
        case .move(let move): selection.move(move, count: count, visibleRows: visibleRows)
        case .cycleOwner:
            owner = ReviewsBrowserState.step(owner, through: owners)
            refresh()
        case .openReview:
            return selectedItem.map { .openReview(id: $0.review.id, editing: false) }
        case .toggleShowDone:
            showsDone.toggle()
            refresh()
        case .toggleDone:
            guard let selected = selectedItem else { return nil }
            let change = Change(reviewID: selected.review.id, itemID: selected.item.id, done: !selected.item.done)
            undoable = change
            redoable = nil
            let hidden = change.done && !showsDone ? " (\(key("show-done")) shows done items)" : ""
            notice = (change.done ? "Ticked off “" : "Unticked “") + ShortText.shortGist(selected.item.text) + "”\(hidden) · \(key("undo")) undoes"
            return set(change)
        case .undo:
            guard let change = undoable else {
                notice = "Nothing to undo."
                return nil
            }
            undoable = nil
            redoable = change
            notice = "Undone: " + (change.done ? "ticked off" : "unticked") + " · \(key("redo")) redoes"
            return set(Change(reviewID: change.reviewID, itemID: change.itemID, done: !change.done))
        case .redo:
            guard let change = redoable else {
                notice = "Nothing to redo."
                return nil
            }
            redoable = nil
            undoable = change
            notice = "Redone: " + (change.done ? "ticked off" : "unticked") + " · \(key("undo")) undoes"
            return set(change)
        }
        return nil
    }

    /// Shows the item ticked (or not) at once; the app saves its review and reloads (a review
    /// changed elsewhere is merged, never overwritten).
    private mutating func set(_ change: Change) -> ArchiveRequest? {
        guard let position = all.firstIndex(where: { $0.review.id == change.reviewID && $0.item.id == change.itemID }),
              let index = all[position].review.actionItems.firstIndex(where: { $0.id == change.itemID }) else { return nil }
        var review = all[position].review
        review.actionItems[index].setDone(change.done, on: today)
        for other in all.indices where all[other].review.id == review.id { all[other].review = review }
        all[position].item.setDone(change.done, on: today)
        refresh()
        return .saveReview(review)
    }

    private mutating func refresh() {
        items = all.filter { (showsDone || !$0.item.done) && (owner == nil || $0.item.owner == owner) }
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
        Row(.actionItems, "done", [.char("x"), .char(" ")], .toggleDone, "tick the item off, or a done one back on (saves its review)", hint: "done"),
        Row(.actionItems, "show-done", [.char("d")], .toggleShowDone, "show the done items too, or only the open ones", hint: "show done"),
        Row(.actionItems, "undo", [.ctrl("z"), .char("u")], .undo, "undo the last tick or untick", hint: "undo"),
        Row(.actionItems, "redo", [.ctrl("y")], .redo, "redo it", showsInStatusBar: false),
        Row(.actionItems, "filter-owner", [.char("o")], .cycleOwner, "filter by owner (cycles)", hint: "owner"),
        Row(.actionItems, "open", [.enter], .openReview, "open the review it came from", hint: "open"),
    ])
}

extension ActionItemsState {
    /// The view's own keys and its forms', for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: keyTable.bindings + FormKeys.commands.bindings)
}
