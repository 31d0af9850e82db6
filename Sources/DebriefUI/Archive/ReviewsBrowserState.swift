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

    /// Routes a key: typed text while searching, scrolling while comparing, else the key table.
    public mutating func handle(_ key: Key, visibleRows: Int) -> ArchiveRequest? {
        if case .searching(var field) = mode {
            switch key {
            case .enter:
                mode = .list
                setSearch(field.editor.text.trimmingCharacters(in: .whitespaces))
                selection.selectFirst(count: shown.count)
            case .escape:
                mode = .list
                setSearch(field.previous)
            default:
                // The shared one-line editing keys; the search follows the text as it is typed.
                guard let command = TextEditor.Command(key: key, multiLine: false) else { return nil }
                field.editor.apply(command)
                mode = .searching(field)
                setSearch(field.editor.text)
            }
            return nil
        }
        guard let action = ArchiveKeyBinding.action(for: key, in: Self.keyTable) else { return nil }
        return apply(action, visibleRows: visibleRows)
    }

    public mutating func apply(_ action: ReviewsBrowserAction, visibleRows: Int) -> ArchiveRequest? {
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

    public static let keyTable: [ArchiveKeyBinding<ReviewsBrowserAction>] = [
        ArchiveKeyBinding([.char("j"), .down], .move(.down), "next review (scroll when comparing)", hint: "move"),
        ArchiveKeyBinding([.char("k"), .up], .move(.up), "previous review"),
        ArchiveKeyBinding([.pageDown], .move(.pageDown), "page down"),
        ArchiveKeyBinding([.pageUp], .move(.pageUp), "page up"),
        ArchiveKeyBinding([.char("g"), .home], .move(.first), "newest review"),
        ArchiveKeyBinding([.char("G"), .end], .move(.last), "oldest review"),
        ArchiveKeyBinding([.char("/")], .startSearch, "search notes, prep answers, factors and practices", hint: "search"),
        ArchiveKeyBinding([.enter], .open, "open the review read-only", hint: "open"),
        ArchiveKeyBinding([.char("e")], .edit, "open the review for editing"),
        ArchiveKeyBinding([.char(" ")], .toggleMark, "mark or unmark for comparing", hint: "mark"),
        ArchiveKeyBinding([.char("v")], .compare, "compare the two marked reviews side by side", hint: "compare"),
        ArchiveKeyBinding([.char("r")], .cycleRep, "filter by rep (cycles)", hint: "rep"),
        ArchiveKeyBinding([.char("o")], .cycleOutcome, "filter by outcome (cycles)"),
        ArchiveKeyBinding([.char("s")], .cycleStatus, "filter by status (cycles)"),
        ArchiveKeyBinding([.char("p")], .cyclePeriod, "filter by period (cycles)"),
        ArchiveKeyBinding([.char("t")], .cycleTheme, "filter by question theme (cycles)"),
        ArchiveKeyBinding([.char("c")], .cycleCause, "filter by factor cause (cycles)"),
        ArchiveKeyBinding([.char("x")], .clearFilters, "clear filters and search", hint: "clear"),
        ArchiveKeyBinding([.escape], .back, "leave the compare view; clear the search"),
    ]
}
