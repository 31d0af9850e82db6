import DebriefCore

/// What the brief pane's keys do.
public enum BriefPaneAction: Sendable, Hashable {
    case nextItem, previousItem, pageDown, pageUp, top, bottom
    /// Tick the selected open action item off (saves the review it belongs to).
    case tick
    /// Open the selected similar deal's review, read-only, in the pane.
    case open
    /// Back from a review read in the pane to the brief; from the brief, close the pane.
    case close
}

/// What the pane asks of the app after a key.
public enum BriefPaneRequest: Sendable, Equatable {
    case tick(reviewId: String, itemId: String)
    case openReview(id: String)
    case close
}

/// The brief beside the questions (F2 in a session) or over the queue (b): the brief's lines,
/// the selection among the lines that point at something (open items, similar deals), and a
/// similar deal's review when one is open read-only.
public struct BriefPane: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case heading, line, detail }
        public var kind: Kind
        public var text: String
        public var target: BriefOutline.Target?
    }

    public private(set) var brief: ReviewBrief
    public private(set) var rows: [Row]
    /// Indices into `rows` of the lines that can be selected.
    public private(set) var targets: [Int]
    public private(set) var selected: Int?
    /// The first row shown.
    public private(set) var scroll = 0
    /// Open items ticked off here ("reviewId/itemId"), shown as done.
    public private(set) var ticked: Set<String> = []
    /// A similar deal's review, read in the pane: its title and Markdown lines, and its scroll.
    public private(set) var reading: (title: String, lines: [String])?
    public private(set) var readingScroll = 0

    public init(brief: ReviewBrief) {
        self.brief = brief
        let outline = BriefOutline(brief)
        var rows: [Row] = []
        for (index, section) in outline.sections.enumerated() {
            if index > 0 { rows.append(Row(kind: .line, text: "", target: nil)) }
            rows.append(Row(kind: .heading, text: section.title, target: nil))
            for line in section.lines { rows.append(Row(kind: line.isDetail ? .detail : .line, text: line.text, target: line.target)) }
        }
        self.rows = rows
        targets = rows.indices.filter { rows[$0].target != nil }
        selected = targets.isEmpty ? nil : 0
    }

    public static func == (a: BriefPane, b: BriefPane) -> Bool {
        a.brief == b.brief && a.selected == b.selected && a.scroll == b.scroll && a.ticked == b.ticked
            && a.reading?.title == b.reading?.title && a.reading?.lines == b.reading?.lines && a.readingScroll == b.readingScroll
    }

    public var selectedTarget: BriefOutline.Target? { selected.map { rows[targets[$0]].target } ?? nil }

    public func isTicked(_ target: BriefOutline.Target?) -> Bool {
        if case .openItem(let review, let item) = target { return ticked.contains("\(review)/\(item)") }
        return false
    }

    /// Shows a similar deal's review in the pane (Esc goes back to the brief).
    public mutating func read(title: String, markdown: String) {
        reading = (title, markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        readingScroll = 0
    }

    public mutating func apply(_ action: BriefPaneAction, visibleRows: Int) -> BriefPaneRequest? {
        let page = max(1, visibleRows - 1)
        if let reading {
            let maxScroll = max(0, reading.lines.count - visibleRows)
            switch action {
            case .close: self.reading = nil
            case .nextItem: readingScroll += 1
            case .previousItem: readingScroll -= 1
            case .pageDown: readingScroll += page
            case .pageUp: readingScroll -= page
            case .top: readingScroll = 0
            case .bottom: readingScroll = maxScroll
            case .tick, .open: break
            }
            readingScroll = min(max(0, readingScroll), maxScroll)
            return nil
        }
        switch action {
        case .close: return .close
        case .nextItem: select((selected ?? -1) + 1, visibleRows: visibleRows)
        case .previousItem: select((selected ?? 1) - 1, visibleRows: visibleRows)
        case .pageDown: scroll = min(scroll + page, max(0, rows.count - visibleRows))
        case .pageUp: scroll = max(0, scroll - page)
        case .top: scroll = 0; select(0, visibleRows: visibleRows)
        case .bottom:
            scroll = max(0, rows.count - visibleRows)
            select(targets.count - 1, visibleRows: visibleRows)
        case .tick:
            guard case .openItem(let review, let item)? = selectedTarget, !isTicked(selectedTarget) else { return nil }
            ticked.insert("\(review)/\(item)")
            return .tick(reviewId: review, itemId: item)
        case .open:
            guard case .similarDeal(let review)? = selectedTarget else { return nil }
            return .openReview(id: review)
        }
        return nil
    }

    private mutating func select(_ index: Int, visibleRows: Int) {
        guard !targets.isEmpty else { return }
        selected = min(max(0, index), targets.count - 1)
        let row = targets[selected ?? 0]
        // Keep the selected line in view, with its section heading when it fits.
        if row < scroll + 1 { scroll = max(0, row - 2) }
        if row >= scroll + visibleRows - 1 { scroll = row - visibleRows + 2 }
        scroll = min(max(0, scroll), max(0, rows.count - visibleRows))
    }

    typealias KeyRow = KeyCommands<BriefPaneAction>.Row

    public static let keyTable = KeyCommands<BriefPaneAction>([
        KeyRow(.brief, "next", [.char("j"), .down], .nextItem, "next open item or similar deal", hint: "move"),
        KeyRow(.brief, "previous", [.char("k"), .up], .previousItem, "previous open item or similar deal"),
        KeyRow(.brief, "page-down", [.pageDown, .char(" ")], .pageDown, "page down"),
        KeyRow(.brief, "page-up", [.pageUp], .pageUp, "page up"),
        KeyRow(.brief, "top", [.char("g"), .home], .top, "to the top"),
        KeyRow(.brief, "bottom", [.char("G"), .end], .bottom, "to the bottom"),
        KeyRow(.brief, "tick", [.char("x")], .tick, "tick the selected open action item off (saves its review)", hint: "done"),
        KeyRow(.brief, "open", [.enter], .open, "read the selected similar deal's review (read-only)", hint: "read"),
        KeyRow(.brief, "close", [.escape, .function(2), .char("q")], .close, "back from a review; close the brief", hint: "close"),
    ])
}

extension BriefPane {
    /// Keeps the selection, scroll and ticks of the pane this one replaces (after a reload).
    mutating func keepPlace(of old: BriefPane) {
        ticked = old.ticked
        scroll = min(old.scroll, max(0, rows.count - 1))
        if let oldSelected = old.selected, !targets.isEmpty { selected = min(oldSelected, targets.count - 1) }
    }
}
