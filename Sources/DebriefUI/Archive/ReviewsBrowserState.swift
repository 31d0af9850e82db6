import DebriefCore

/// What the reviews browser's keys do.
public enum ReviewsBrowserAction: Sendable, Hashable {
    /// j/k, PgDn/PgUp, g/G; while comparing, they scroll both reviews.
    case move(ListMove)
    case cycleRep, cycleOutcome, cycleStatus, cyclePeriod, cycleTheme, cycleCause, clearFilters
    /// Start typing a search (`/`), applied as it is typed; Enter keeps it, Esc puts back the one before.
    case startSearch
    case open, edit
    /// Mark or unmark the selected review for comparing (two at most; a third replaces the older mark).
    case toggleMark
    /// Show the two marked reviews side by side (or the marked one and the selected one).
    case compare
    /// Leave the compare view, or clear the search.
    case back
    /// While a search is typed: keep it (Enter), or put back the one before (Esc).
    case keepSearch, cancelSearch
}

/// The reviews browser: the archive, its filter, the rows shown, the selection, marks for
/// comparing, and the compare view when it is open.
public struct ReviewsBrowserState: Sendable {
    public enum Mode: Sendable, Equatable {
        case list
        case searching(SearchField)
        case comparing(left: String, right: String, scroll: Int)
    }

    public private(set) var archive = ReviewArchive(reviews: [], deals: [])
    public private(set) var filter = ReviewFilter()
    public private(set) var today: Day
    /// Archive row indices shown, newest first.
    public private(set) var shown: [Int] = []
    public var selection = ListSelection()
    /// Review ids marked for comparing, oldest mark first.
    public private(set) var marked: [String] = []
    public private(set) var mode: Mode = .list

    public init(today: Day) {
        self.today = today
    }

    public mutating func load(reviews: [Review], deals: [Deal]) {
        let selectedID = selectedRow?.review.id
        archive = ReviewArchive(reviews: reviews, deals: deals)
        refresh(keeping: selectedID)
    }

    /// Shows the reviews `filter` keeps. When it only narrows the current one (a search that grew
    /// by a letter, as it does while typing), only the reviews shown now are searched again.
    public mutating func setFilter(_ filter: ReviewFilter) {
        let selectedID = selectedRow?.review.id
        let candidates = filter.narrows(self.filter) ? shown : nil
        self.filter = filter
        refresh(keeping: selectedID, among: candidates)
    }

    public var selectedRow: ReviewArchive.Row? {
        guard let index = selection.selected, shown.indices.contains(index) else { return nil }
        return archive.rows[shown[index]]
    }

    public func row(id: String) -> ReviewArchive.Row? { archive.rowIndex(id: id).map { archive.rows[$0] } }

    /// Routes a key: the mode's keys, typed text while searching, else the view's keys.
    public mutating func handle(_ key: Key, visibleRows: Int, keymap: Keymap = ReviewsBrowserState.defaultKeymap) -> ArchiveRequest? {
        if case .searching(var field) = mode, action(for: key, keymap: keymap) == nil {
            // The shared one-line editing keys; the search follows the text as it is typed.
            guard let command = TextEditor.Command(key: key, multiLine: false) else { return nil }
            field.editor.apply(command)
            mode = .searching(field)
            setSearch(field.editor.text)
            return nil
        }
        guard let action = action(for: key, keymap: keymap) else { return nil }
        return apply(action, visibleRows: visibleRows)
    }

    public mutating func apply(_ action: ReviewsBrowserAction, visibleRows: Int) -> ArchiveRequest? {
        if case .searching(let field) = mode {
            switch action {
            case .keepSearch:
                mode = .list
                setSearch(field.editor.text.trimmingCharacters(in: .whitespaces))
                selection.selectFirst(count: shown.count)
            case .cancelSearch:
                mode = .list
                setSearch(field.previous)
            default: break
            }
            return nil
        }
        if case .comparing(let left, let right, let scroll) = mode {
            switch action {
            case .move(.down): mode = .comparing(left: left, right: right, scroll: scroll + 1)
            case .move(.up): mode = .comparing(left: left, right: right, scroll: max(0, scroll - 1))
            case .move(.pageDown): mode = .comparing(left: left, right: right, scroll: scroll + max(1, visibleRows - 1))
            case .move(.pageUp): mode = .comparing(left: left, right: right, scroll: max(0, scroll - max(1, visibleRows - 1)))
            case .move(.first): mode = .comparing(left: left, right: right, scroll: 0)
            case .back, .compare: mode = .list
            default: break
            }
            return nil
        }
        let count = shown.count
        var next = filter
        switch action {
        case .move(let move): selection.move(move, count: count, visibleRows: visibleRows)
        case .cycleRep: next.rep = Self.step(filter.rep, through: archive.reps)
        case .cycleOutcome: next.outcome = Self.step(filter.outcome, through: Outcome.allCases)
        case .cycleStatus: next.status = Self.step(filter.status, through: ReviewStatus.allCases)
        case .cyclePeriod: next.period = filter.period.next
        case .cycleTheme: next.theme = Self.step(filter.theme, through: QuestionTheme.allCases)
        case .cycleCause: next.cause = Self.step(filter.cause, through: FactorCause.allCases)
        case .clearFilters: next = ReviewFilter()
        case .startSearch: mode = .searching(SearchField(previous: filter.search))
        case .open, .edit:
            guard let row = selectedRow else { return nil }
            return .openReview(id: row.review.id, editing: action == .edit)
        case .toggleMark:
            guard let id = selectedRow?.review.id else { return nil }
            if let index = marked.firstIndex(of: id) { marked.remove(at: index) } else {
                marked.append(id)
                if marked.count > 2 { marked.removeFirst() }
            }
        case .compare:
            var pair = marked
            if pair.count == 1, let id = selectedRow?.review.id, id != pair[0] { pair.append(id) }
            guard pair.count == 2 else { return nil }
            mode = .comparing(left: pair[0], right: pair[1], scroll: 0)
        case .back:
            if !filter.search.isEmpty { next.search = "" }
        case .keepSearch, .cancelSearch: break
        }
        if next != filter { setFilter(next) }
        return nil
    }

    private mutating func setSearch(_ text: String) {
        var next = filter
        next.search = text
        if next != filter { setFilter(next) }
    }

    /// The next value after `current` in `values`, then none, then the first again.
    static func step<T: Equatable>(_ current: T?, through values: [T]) -> T? {
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    private mutating func refresh(keeping selectedID: String?, among candidates: [Int]? = nil) {
        shown = archive.matching(filter, today: today, among: candidates)
        marked.removeAll { archive.rowIndex(id: $0) == nil }
        selection.clamp(count: shown.count)
        if let selectedID, let index = archive.rowIndex(id: selectedID), let row = shown.firstIndex(of: index) {
            selection.select(row, count: shown.count)
        }
    }

    typealias Row = KeyCommands<ReviewsBrowserAction>.Row

    /// The view's keys: the list, a search being typed, and the compare view.
    public static let keyTable = KeyCommands<ReviewsBrowserAction>([
        Row(.reviews, "next", [.char("j"), .down], .move(.down), "next review", hint: "move"),
        Row(.reviews, "previous", [.char("k"), .up], .move(.up), "previous review"),
        Row(.reviews, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.reviews, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.reviews, "first", [.char("g"), .home], .move(.first), "newest review"),
        Row(.reviews, "last", [.char("G"), .end], .move(.last), "oldest review"),
        Row(.reviews, "search", [.char("/")], .startSearch, "search notes, prep answers, factors and practices", hint: "search"),
        Row(.reviews, "open", [.enter], .open, "open the review read-only", hint: "open"),
        Row(.reviews, "edit", [.char("e")], .edit, "open the review for editing"),
        Row(.reviews, "mark", [.char(" ")], .toggleMark, "mark or unmark for comparing", hint: "mark"),
        Row(.reviews, "compare", [.char("v")], .compare, "compare the two marked reviews side by side", hint: "compare"),
        Row(.reviews, "filter-rep", [.char("r")], .cycleRep, "filter by rep (cycles)", hint: "rep"),
        Row(.reviews, "filter-outcome", [.char("o")], .cycleOutcome, "filter by outcome (cycles)"),
        Row(.reviews, "filter-status", [.char("s")], .cycleStatus, "filter by status (cycles)"),
        Row(.reviews, "filter-period", [.char("p")], .cyclePeriod, "filter by period (cycles)"),
        Row(.reviews, "filter-theme", [.char("t")], .cycleTheme, "filter by question theme (cycles)"),
        Row(.reviews, "filter-cause", [.char("c")], .cycleCause, "filter by factor cause (cycles)"),
        Row(.reviews, "clear", [.char("x")], .clearFilters, "clear filters and search", hint: "clear"),
        Row(.reviews, "back", [.escape], .back, "clear the search"),
        Row(.reviewsSearch, "keep", [.enter], .keepSearch, "keep this search", hint: "keep"),
        Row(.reviewsSearch, "cancel", [.escape], .cancelSearch, "put back the search there was before", hint: "cancel"),
        Row(.compare, "down", [.char("j"), .down], .move(.down), "scroll both reviews down", hint: "scroll", hintKeys: .pairedWith("up")),
        Row(.compare, "up", [.char("k"), .up], .move(.up), "scroll both reviews up"),
        Row(.compare, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.compare, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.compare, "top", [.char("g"), .home], .move(.first), "to the top"),
        Row(.compare, "back", [.escape, .char("v")], .back, "back to the list", hint: "back", hintKeys: .first),
    ])

    /// The key context of the view's mode.
    public var keyContext: KeyContext {
        switch mode {
        case .list: .reviews
        case .searching: .reviewsSearch
        case .comparing: .compare
        }
    }

    /// The action `key` means now (the mode's keys first, then the view's), or nil when the view
    /// does not use the key. While a search is typed, unbound keys are text (see `handle`).
    public func action(for key: Key, keymap: Keymap) -> ReviewsBrowserAction? {
        if let action = Self.keyTable.action(for: key, in: keyContext, keymap: keymap) { return action }
        if case .searching = mode { return nil }
        return Self.keyTable.action(for: key, in: .reviews, keymap: keymap)
    }

    /// Whether the view takes `key` now (a search being typed takes every key).
    public func takes(_ key: Key, keymap: Keymap) -> Bool {
        if case .searching = mode { return true }
        return action(for: key, keymap: keymap) != nil
    }
}

extension ReviewsBrowserState {
    /// The view's own keys and its forms', for callers that pass no keymap; the app passes its own.
    public static let defaultKeymap = Keymap(bindings: keyTable.bindings + FormKeys.commands.bindings)
}
