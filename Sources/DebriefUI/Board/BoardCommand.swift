/// What a key on the board asks for: a change the board makes itself (`BoardAction`), or
/// something the app does with the board's selection (open a review, a popup, a form, the queue).
public enum BoardCommand: Sendable, Hashable {
    case move(BoardAction)
    /// Open the selected deal's review session (resume the open review or start one).
    case openDeal
    /// Go to the review queue.
    case openQueue
    /// Show the selected deal's facts and reviews.
    case showDeal
    case startSearch
    case pick(FilterPicker.Kind)
    case newDeal
    case editDeal
}
