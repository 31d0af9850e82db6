import DebriefCore

/// What a key binding does. `update` turns actions into state changes and effects.
public enum Action: Sendable, Hashable {
    /// Back out of an overlay, or quit from the top level (`q`).
    case back
    /// Save and quit from anywhere (Ctrl-C).
    case quit
    case toggleHelp
    case closeOverlay
    case scrollUp, scrollDown, pageUp, pageDown, scrollToTop, scrollToBottom
    case reload
    case showView(AppView)
    /// Choose what is selected in an overlay (picker value, search text).
    case confirm
    case board(BoardAction)
    /// Open the selected deal's review session (resume the open review or start one).
    case openDeal
    /// Show the selected deal's facts and reviews.
    case showDeal
    case startSearch
    case pick(FilterPicker.Kind)
    case newDeal
    case editDeal
    case restoreRecovered
    case discardRecovered
    /// Sync with the team now (git), when the data directory is shared.
    case syncNow
    /// Open the chooser over conflicts a sync left (`C`).
    case openConflicts
    /// Keep the record's value or take the other machine's, for the selected conflict.
    case chooseConflict(ConflictChoice)
}

extension Action {
    /// The app's action for a board command.
    init(_ command: BoardCommand) {
        self = switch command {
        case .move(let action): .board(action)
        case .openDeal: .openDeal
        case .openQueue: .showView(.queue)
        case .showDeal: .showDeal
        case .startSearch: .startSearch
        case .pick(let kind): .pick(kind)
        case .newDeal: .newDeal
        case .editDeal: .editDeal
        }
    }
}
