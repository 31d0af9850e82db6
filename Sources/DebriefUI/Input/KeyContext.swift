/// Where a key binding applies: a component, or a mode of one (a field being typed, a dialog).
/// The raw values are the names `config.toml` takes (`[keys.board]`) and `debrief keys --json`
/// prints; they are part of the user's configuration, so never rename one.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    /// Everywhere, unless the focused component takes the key (help, quit, reload, views 1–5).
    case global
    /// Any of the five views when no overlay is open (back/quit, sync, conflicts).
    case views
    case board
    /// Typing a board search.
    case boardSearch = "board-search"
    /// A deal's facts and reviews, over the board.
    case deal
    case filterPicker = "filter-picker"
    /// An open form (a deal, a session's factor or action item, the export path).
    case form
    case help
    /// Unsaved text from a crash, offered back.
    case recovery
    case conflicts
    case reviews
    case reviewsSearch = "reviews-search"
    /// Two reviews side by side, in the Reviews view.
    case compare
    case actionItems = "action-items"
    case playbook
    case playbookMerge = "playbook-merge"
    case playbookRename = "playbook-rename"
    case patterns
    /// What to review next.
    case queue
    /// Typing the date a review is scheduled for, in the queue.
    case queueSchedule = "queue-schedule"
    /// The brief for a 1:1, beside a session's questions or over the queue.
    case brief
    /// The review session's question list and note pane, not typing.
    case session
    /// Typing a note in the session.
    case note
    /// "Finish the session?" (y/n).
    case finish
    /// The summary of a session or a completed review.
    case summary
    /// `debrief prep`, not typing.
    case prep
    /// Typing an answer in prep.
    case prepAnswer = "prep-answer"

    /// The heading help and the README use for this context's keys.
    public var title: String {
        switch self {
        case .global: "General"
        case .views: "General"
        case .board: "Board"
        case .boardSearch: "Search"
        case .deal: "Deal"
        case .filterPicker: "Filter picker"
        case .form: "Forms"
        case .help: "Help"
        case .recovery: "Recovered text"
        case .conflicts: "Conflicts"
        case .reviews: "Reviews"
        case .reviewsSearch: "Reviews search"
        case .compare: "Comparing reviews"
        case .actionItems: "Action items"
        case .playbook: "Playbook"
        case .playbookMerge: "Playbook merge"
        case .playbookRename: "Playbook rename"
        case .patterns: "Patterns"
        case .queue: "Review queue"
        case .queueSchedule: "Scheduling a review"
        case .brief: "Brief for the 1:1"
        case .session: "Review session"
        case .note: "Typing a note"
        case .finish: "Finish the session?"
        case .summary: "Summary"
        case .prep: "Prep (debrief prep)"
        case .prepAnswer: "Typing a prep answer"
        }
    }

    /// Whether printable keys not bound here are typed into a text field (so a binding on a
    /// printable key here would take a letter away from typing).
    public var isTyping: Bool {
        switch self {
        case .boardSearch, .form, .reviewsSearch, .playbookRename, .session, .note, .prepAnswer, .queueSchedule: true
        default: false
        }
    }
}
