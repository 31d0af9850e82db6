/// The app's top-level views, reached with the number keys.
public enum AppView: String, Sendable, Hashable, CaseIterable {
    case board
    case reviews
    case actions
    case playbook
    case patterns
    /// What to review next (the coach's desk).
    case queue

    public var title: String {
        switch self {
        case .board: "Board"
        case .reviews: "Reviews"
        case .actions: "Action items"
        case .playbook: "Playbook"
        case .patterns: "Patterns"
        case .queue: "Review queue"
        }
    }

    /// The number key that opens this view.
    public var number: Int { (AppView.allCases.firstIndex(of: self) ?? 0) + 1 }
}

/// An overlay drawn over the current view; Esc closes it.
public enum Overlay: Sendable, Hashable {
    case help
    /// The facts and reviews of one deal.
    case dealDetail(dealID: String)
    /// Typing a board search; the text is live-applied as the filter.
    case search(SearchField)
    /// Choosing a rep, segment or competitor to filter by.
    case picker(FilterPicker)
    /// Creating or editing a deal.
    case dealForm(DealForm)
    /// Text typed before a crash, offered back: restore or discard.
    case recovery
    /// Choosing between two machines' values of a field, after a sync.
    case conflicts(ConflictChooser)
}

extension ArchivePart {
    /// The part a view draws from; nil for the board.
    init?(_ view: AppView) {
        switch view {
        case .board: return nil
        case .reviews: self = .reviews
        case .actions: self = .actions
        case .playbook: self = .playbook
        case .patterns: self = .patterns
        case .queue: self = .queue
        }
    }
}
