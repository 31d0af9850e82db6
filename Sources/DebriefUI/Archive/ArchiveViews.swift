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

    public mutating func load(_ data: AppData) {
        reviews.load(reviews: data.reviews, deals: data.deals)
        actions.load(reviews: data.reviews, deals: data.deals)
        playbook.load(reviews: data.reviews, deals: data.deals, curation: data.curation)
        patterns.load(deals: data.deals, reviews: data.reviews)
        queue.load(deals: data.deals, reviews: data.reviews, playbook: playbook.playbook)
    }
}
