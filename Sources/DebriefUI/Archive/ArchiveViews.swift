import DebriefCore

/// The four views over past reviews, kept together in the app state: the reviews browser, open
/// action items, the playbook and the patterns.
public struct ArchiveViews: Sendable {
    public var reviews: ReviewsBrowserState
    public var actions: ActionItemsState
    public var playbook: PlaybookViewState
    public var patterns: PatternsViewState
    /// What to review next, with each deal's brief.
    public var queue: ReviewQueueState
    /// The review opened read-only from the Reviews view (Enter), while it is open.
    public internal(set) var readOnlyReviewID: String?
    public init(today: Day) {
        reviews = ReviewsBrowserState(today: today)
        actions = ActionItemsState(today: today)
        playbook = PlaybookViewState()
        patterns = PatternsViewState(today: today)
        queue = ReviewQueueState(today: today)
    }

    /// Builds every view from `data` (the app builds each when it is shown: `load(_:from:)`).
    public mutating func load(_ data: AppData) {
        for part in ArchivePart.allCases { load(part, from: data) }
        queue.refreshBrief(playbook: playbook.playbook)
    }

    /// Builds one view from `data`.
    public mutating func load(_ part: ArchivePart, from data: AppData) {
        switch part {
        case .reviews: reviews.load(reviews: data.reviews, deals: data.deals)
        case .actions: actions.load(reviews: data.reviews, deals: data.deals)
        case .playbook: playbook.load(reviews: data.reviews, deals: data.deals, curation: data.curation)
        case .patterns: patterns.load(deals: data.deals, reviews: data.reviews)
        case .queue: queue.load(deals: data.deals, reviews: data.reviews)
        }
    }
}

/// One of the archive's views, as far as building it goes: each is built from the data when it is
/// shown, and only the one shown is rebuilt when the data changes (the others when next shown).
public enum ArchivePart: Sendable, Hashable, CaseIterable {
    case reviews, actions, playbook, patterns, queue
}
