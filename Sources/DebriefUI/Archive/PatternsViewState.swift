import DebriefCore

/// What the Patterns view's keys do.
public enum PatternsAction: Sendable, Hashable {
    case scrollDown, scrollUp, pageDown, pageUp, top, bottom
    /// Jump to the next or previous section's heading.
    case nextSection, previousSection
    /// Step through 30d, 90d, 180d, 365d, this quarter, all time.
    case cyclePeriod
    /// Step through the reps (all reps, then each rep by name).
    case nextRep
    case clearFilters
}

/// The Patterns view's state: the data, the filter, the report computed from them (only when one
/// of those changes, never on a scroll) and the scroll position. Reports already computed for
/// the same records are kept by filter, so stepping back to a period or rep shows it at once.
public struct PatternsViewState: Sendable, Equatable {
    public private(set) var deals: [Deal] = []
    public private(set) var reviews: [Review] = []
    public private(set) var filter: DealFilter
    public private(set) var today: Day
    public private(set) var report: PatternsReport
    /// Rows scrolled off the top.
    public private(set) var scroll = 0
    private(set) var sections: [PatternsSection]
    /// Reports for the records loaded now, by filter; emptied when the records change.
    private var reports: [DealFilter: PatternsReport] = [:]
    /// Each rep's progress by quarter for the records loaded now, by the rep's name as filtered.
    private var progressByRep: [String: RepProgress] = [:]
    /// The progress of the rep the view is narrowed to, shown first.
    public private(set) var repProgress: RepProgress?
    /// Past this many filters the cache starts over: each rep times each period is a lot of reports.
    static let cachedReportLimit = 64

    public init(today: Day, filter: DealFilter = DealFilter(period: .all)) {
        self.today = today
        self.filter = filter
        report = PatternsReport(deals: [], reviews: [], filter: filter, today: today)
        sections = PatternsSections.build(report)
    }

    public mutating func load(deals: [Deal], reviews: [Review]) {
        // Arrays sharing storage compare at once; the same records read again compare field by
        // field, which still costs far less than a report.
        guard deals != self.deals || reviews != self.reviews else { return }
        self.deals = deals
        self.reviews = reviews
        reports.removeAll()
        progressByRep.removeAll()
        recompute()
    }

    public mutating func setFilter(_ filter: DealFilter) {
        self.filter = filter
        scroll = 0
        recompute()
    }

    /// Reps with deals, by name: what `nextRep` steps through.
    public var reps: [String] {
        var byKey: [String: String] = [:]
        var folder = FoldCache()
        for deal in deals {
            let key = folder.fold(deal.owner)
            if byKey[key].map({ deal.owner < $0 }) ?? true { byKey[key] = deal.owner }
        }
        return byKey.values.sorted()
    }

    /// Applies an action; `area` is where the view is drawn, for paging and section jumps.
    public mutating func apply(_ action: PatternsAction, area: Rect) {
        let layout = PatternsLayout(sections: sections, area: area)
        let page = max(1, layout.body.height - 1)
        switch action {
        case .scrollDown: scroll += 1
        case .scrollUp: scroll -= 1
        case .pageDown: scroll += page
        case .pageUp: scroll -= page
        case .top: scroll = 0
        case .bottom: scroll = layout.maxScroll
        case .nextSection: scroll = layout.sectionStarts.first { $0 > scroll } ?? layout.maxScroll
        case .previousSection: scroll = layout.sectionStarts.last { $0 < scroll } ?? 0
        case .cyclePeriod:
            var next = filter
            next.period = filter.period.next
            setFilter(next)
        case .nextRep:
            var next = filter
            let all = reps
            if let current = filter.rep, let index = all.firstIndex(where: { SearchFolding.fold($0) == SearchFolding.fold(current) }) {
                next.rep = index + 1 < all.count ? all[index + 1] : nil
            } else {
                next.rep = filter.rep == nil ? all.first : nil
            }
            setFilter(next)
        case .clearFilters: setFilter(DealFilter(period: .all))
        }
        scroll = min(max(0, scroll), layout.maxScroll)
    }

    private mutating func recompute() {
        if let known = reports[filter] {
            report = known
        } else {
            report = PatternsReport(deals: deals, reviews: reviews, filter: filter, today: today)
            if reports.count >= Self.cachedReportLimit { reports.removeAll() }
            reports[filter] = report
        }
        sections = PatternsSections.build(report)
        repProgress = nil
        if let rep = filter.rep {
            let progress = progressByRep[rep] ?? RepProgress(rep: rep, deals: deals, reviews: reviews, today: today)
            progressByRep[rep] = progress
            repProgress = progress
            sections = RepProgressSections.build(progress) + sections
        }
    }

    typealias Row = KeyCommands<PatternsAction>.Row

    /// The key table the app binds for this view.
    public static let keyTable = KeyCommands<PatternsAction>([
        Row(.patterns, "down", [.char("j"), .down], .scrollDown, "scroll down", hint: "scroll"),
        Row(.patterns, "up", [.char("k"), .up], .scrollUp, "scroll up"),
        Row(.patterns, "page-down", [.pageDown, .char(" ")], .pageDown, "page down"),
        Row(.patterns, "page-up", [.pageUp], .pageUp, "page up"),
        Row(.patterns, "top", [.char("g"), .home], .top, "to the top"),
        Row(.patterns, "bottom", [.char("G"), .end], .bottom, "to the bottom"),
        Row(.patterns, "next-section", [.tab, .char("]")], .nextSection, "next section", hint: "section"),
        Row(.patterns, "previous-section", [.backTab, .char("[")], .previousSection, "previous section"),
        Row(.patterns, "period", [.char("p")], .cyclePeriod, "change the period", hint: "period"),
        Row(.patterns, "next-rep", [.char("r")], .nextRep, "next rep (all reps, then each)", hint: "rep"),
        Row(.patterns, "clear", [.char("x")], .clearFilters, "clear filters (all time, all reps)"),
    ])
}
