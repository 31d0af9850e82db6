import DebriefCore

/// The four views over past reviews, kept together in the app state: the reviews browser, open
/// action items, the playbook and the patterns.
public struct ArchiveViews: Sendable {
    public var reviews: ReviewsBrowserState
    public var actions: ActionItemsState
    public var playbook: PlaybookViewState
    public var patterns: PatternsViewState
    /// The review opened read-only from the Reviews view (Enter), while it is open.
    public internal(set) var readOnlyReviewID: String?
    public init(today: Day) {
        reviews = ReviewsBrowserState(today: today)
        actions = ActionItemsState(today: today)
        playbook = PlaybookViewState()
        patterns = PatternsViewState(today: today)
    }

    public mutating func load(_ data: AppData) {
        reviews.load(reviews: data.reviews, deals: data.deals)
        actions.load(reviews: data.reviews, deals: data.deals)
        playbook.load(reviews: data.reviews, deals: data.deals, curation: data.curation)
        patterns.load(deals: data.deals, reviews: data.reviews)
    }

    /// Whether the view is taking typed text (a search or a rename), so global keys stay out.
    func isTyping(_ view: AppView) -> Bool {
        switch view {
        case .reviews: if case .searching = reviews.mode { return true }
        case .playbook: if case .renaming = playbook.mode { return true }
        default: break
        }
        return false
    }

    /// The status bar's keys while a view is in the middle of something (a rename, a merge, a
    /// search, a comparison): only the keys that finish or cancel it. Nil in the view's usual mode,
    /// where the global keys and the view's key table apply.
    func modeHints(for view: AppView) -> [(keys: String, description: String)]? {
        switch view {
        case .reviews:
            switch reviews.mode {
            case .list: return nil
            case .searching: return [("Enter", "keep"), ("Esc", "cancel")]
            case .comparing: return [("j/k", "scroll"), ("Esc", "back")]
            }
        case .playbook:
            switch playbook.mode {
            case .browsing: return nil
            case .merging: return [("j/k", "choose"), ("Enter", "merge"), ("Esc", "cancel")]
            case .renaming: return [("Enter", "rename"), ("Esc", "cancel")]
            }
        case .board, .actions, .patterns:
            return nil
        }
    }

    /// Help rows and status hints for a view, from its own key table.
    static func keys(for view: AppView) -> [(keys: String, description: String, hint: String?)] {
        switch view {
        case .board: []
        case .reviews: ReviewsBrowserState.keyTable.map { ($0.keysLabel, $0.description, $0.hint) }
        case .actions: ActionItemsState.keyTable.map { ($0.keysLabel, $0.description, $0.hint) }
        case .playbook: PlaybookViewState.keyTable.map { ($0.keysLabel, $0.description, $0.hint) }
        case .patterns: PatternsViewState.keyTable.map { ($0.keysLabel, $0.description, $0.hint) }
        }
    }
}
