import DebriefCore
import Foundation

/// What the queue view's keys do.
public enum ReviewQueueAction: Sendable, Hashable {
    case move(ListMove)
    /// Open the selected deal's review session (resume its open review or start one).
    case openDeal
    /// Ask for a date and schedule the selected deal's review on it.
    case schedule
    /// Show the selected deal's brief over the queue.
    case showBrief
}

/// What the queue asks of the app.
public enum ReviewQueueRequest: Sendable, Equatable {
    case openDeal(id: String)
    case schedule(dealId: String, on: Day)
    case tick(reviewId: String, itemId: String)
    case openReview(id: String)
    /// Show this deal's brief over the queue (`showBrief(dealID:playbook:)`).
    case showBrief(dealId: String)
}

/// The queue view (6, or w on the board): closed deals without a completed review, ranked, with
/// the reasons. `s` schedules the selected one, `b` shows its brief, Enter starts its review.
public struct ReviewQueueState: Sendable {
    /// The queue's order, as positions in `desk.deals`; entries are written out only for the rows shown.
    public private(set) var ranked: [Int] = []
    /// How many of them are wins.
    public private(set) var wins = 0
    /// What the queue is ranked from (a few words wide: its tables are behind references).
    public private(set) var desk: CoachDesk
    public var selection = ListSelection()
    /// The date being typed for `s`, with the deal it is for and what was wrong with the last try.
    public private(set) var scheduling: (dealId: String, editor: TextEditor, error: String?)?
    /// The selected deal's brief, shown over the list (b).
    public var brief: BriefPane?
    public private(set) var today: Day

    public init(today: Day) {
        self.today = today
        desk = CoachDesk(deals: [], reviews: [], today: today)
    }

    /// Ranks the queue afresh from these records. An open brief is made again by `refreshBrief`.
    public mutating func load(deals: [Deal], reviews: [Review]) {
        let selectedID = selectedEntry?.dealId
        desk = CoachDesk(deals: deals, reviews: reviews, today: today)
        rank(keeping: selectedID)
    }

    /// After reviews changed (the deals as they were): `reviews` is the whole new list, changed at
    /// `changedAt` and at any added to its end. The desk redoes only what those reviews touch, then
    /// the queue is ranked again. False when that cannot be done (reviews were removed): load then.
    public mutating func reviewsChanged(_ reviews: [Review], changedAt: some Sequence<Int>) -> Bool {
        let selectedID = selectedEntry?.dealId
        guard let updated = desk.updating(reviews: reviews, changedAt: changedAt) else { return false }
        desk = updated
        rank(keeping: selectedID)
        return true
    }

    private mutating func rank(keeping selectedID: String?) {
        let deals = desk.deals
        ranked = desk.ranking()
        wins = ranked.lazy.filter { deals[$0].outcome == .won }.count
        if let selectedID, let index = ranked.firstIndex(where: { deals[$0].id == selectedID }) {
            selection.selected = index
        }
        selection.clamp(count: ranked.count)
    }

    /// Makes the open brief again from the desk as it is now, keeping its place (after a load).
    public mutating func refreshBrief(playbook: Playbook?) {
        if let open = brief, let fresh = desk.brief(dealID: open.brief.facts.dealId, playbook: playbook) {
            var pane = BriefPane(brief: fresh)
            pane.keepPlace(of: open)
            brief = pane
        }
    }

    /// Shows the brief of a deal over the queue (`b`, once the app has the playbook up to date).
    public mutating func showBrief(dealID: String, playbook: Playbook?) {
        if let made = desk.brief(dealID: dealID, playbook: playbook) { brief = BriefPane(brief: made) }
    }

    public var count: Int { ranked.count }

    /// The entry of one row of the queue, its reasons written out.
    public func entry(atRow row: Int) -> QueueEntry? {
        ranked.indices.contains(row) ? desk.entry(forDealAt: ranked[row]) : nil
    }

    /// Every entry, written out: for tests and exports, not for drawing (which writes the rows shown).
    public var entries: [QueueEntry] { ranked.map { desk.entry(forDealAt: $0) } }

    public var selectedEntry: QueueEntry? { selection.selected.flatMap(entry(atRow:)) }

    public var keyContext: KeyContext {
        if scheduling != nil { return .queueSchedule }
        if brief != nil { return .brief }
        return .queue
    }

    public mutating func handle(_ key: Key, visibleRows: Int, keymap: Keymap) -> ReviewQueueRequest? {
        if var pending = scheduling {
            switch Self.scheduleTable.action(for: key, in: .queueSchedule, keymap: keymap) {
            case .cancel?:
                scheduling = nil
            case .confirm?:
                let text = pending.editor.text.trimmingCharacters(in: .whitespaces)
                guard let day = Day(iso: text) else {
                    pending.error = "Type a date as YYYY-MM-DD, e.g. \(ReviewScheduling.nextWorkingDay(after: today))"
                    scheduling = pending
                    return nil
                }
                scheduling = nil
                return .schedule(dealId: pending.dealId, on: day)
            case nil:
                if let command = TextEditor.Command(key: key, multiLine: false) {
                    pending.editor.apply(command)
                    pending.error = nil
                    scheduling = pending
                }
            }
            return nil
        }
        if var pane = brief {
            guard let action = BriefPane.keyTable.action(for: key, in: .brief, keymap: keymap) else { return nil }
            let request = pane.apply(action, visibleRows: visibleRows)
            brief = pane
            switch request {
            case .close?: brief = nil
            case .tick(let review, let item)?: return .tick(reviewId: review, itemId: item)
            case .openReview(let id)?: return .openReview(id: id)
            case nil: break
            }
            return nil
        }
        guard let action = Self.keyTable.action(for: key, in: .queue, keymap: keymap) else { return nil }
        switch action {
        case .move(let move): selection.move(move, count: ranked.count, visibleRows: visibleRows)
        case .openDeal: return selectedEntry.map { .openDeal(id: $0.dealId) }
        case .schedule:
            guard let entry = selectedEntry else { return nil }
            let day = entry.scheduledFor.map { max($0, today) } ?? ReviewScheduling.nextWorkingDay(after: today)
            scheduling = (entry.dealId, TextEditor(text: day.description, wrapWidth: 40, visibleRows: 1), nil)
        case .showBrief:
            return selectedEntry.map { .showBrief(dealId: $0.dealId) }
        }
        return nil
    }

    /// A click on row `row` of the queue: it selects the deal, and a click on the deal already
    /// selected reviews it, as Enter does.
    public mutating func click(row: Int) -> ReviewQueueRequest? {
        guard ranked.indices.contains(row) else { return nil }
        if selection.selected == row { return selectedEntry.map { .openDeal(id: $0.dealId) } }
        selection.select(row, count: ranked.count)
        return nil
    }

    /// Whether the view takes the key (else the app's keys apply: 1–6, q, ?).
    public func takes(_ key: Key, keymap: Keymap) -> Bool {
        switch keyContext {
        case .queueSchedule: true
        case .brief: BriefPane.keyTable.action(for: key, in: .brief, keymap: keymap) != nil
        default: Self.keyTable.action(for: key, in: .queue, keymap: keymap) != nil
        }
    }

    typealias Row = KeyCommands<ReviewQueueAction>.Row

    public static let keyTable = KeyCommands<ReviewQueueAction>([
        Row(.queue, "next", [.char("j"), .down], .move(.down), "next deal", hint: "move"),
        Row(.queue, "previous", [.char("k"), .up], .move(.up), "previous deal"),
        Row(.queue, "page-down", [.pageDown], .move(.pageDown), "page down"),
        Row(.queue, "page-up", [.pageUp], .move(.pageUp), "page up"),
        Row(.queue, "first", [.char("g"), .home], .move(.first), "first deal"),
        Row(.queue, "last", [.char("G"), .end], .move(.last), "last deal"),
        Row(.queue, "brief", [.char("b"), .char("i")], .showBrief, "the brief for the deal's 1:1", hint: "brief"),
        Row(.queue, "schedule", [.char("s")], .schedule, "schedule the deal's review (asks for the date)", hint: "schedule"),
        Row(.queue, "review", [.enter], .openDeal, "review the deal now: resume its open review or start one", hint: "review"),
    ])

    public enum ScheduleAction: Sendable, Hashable { case confirm, cancel }

    public static let scheduleTable = KeyCommands<ScheduleAction>([
        KeyCommands<ScheduleAction>.Row(.queueSchedule, "confirm", [.enter], .confirm, "schedule the review on this date", hint: "schedule"),
        KeyCommands<ScheduleAction>.Row(.queueSchedule, "cancel", [.escape], .cancel, "cancel", hint: "cancel"),
    ])
}

