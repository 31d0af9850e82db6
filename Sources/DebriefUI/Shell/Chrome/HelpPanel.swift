import DebriefCore

/// The `?` help: every key that works in the current view, from the keymap, drawn by the
/// `HelpOverlay` widget over the whole screen.
enum HelpPanel {
    typealias Line = HelpOverlay.Line

    /// The focused view's keys first, then the general ones (`AppState.helpKeyContexts`). Over a
    /// session only the general keys that work there are listed (help and quit).
    static func overlay(_ state: AppState) -> HelpOverlay {
        let entries = state.helpKeyContexts.flatMap { context in
            state.keymap.bindings(in: context)
                .filter { !$0.keys.isEmpty && (state.session == nil || context != .global || $0.action == "help" || $0.action == "quit") }
                .map { HelpEntry(keys: $0.keysLabel, description: $0.description, section: context.title) }
        }
        let theme = state.theme
        var styles = theme.widgetStyles
        styles.popup = theme.style(.help)
        styles.border = theme.style(.borderFocused)
        styles.title.background = styles.popup.background
        return HelpOverlay(entries: entries, scrollOffset: state.helpScroll, styles: styles)
    }

    static func lines(for state: AppState) -> [Line] { overlay(state).lines }

    static func area(_ state: AppState) -> Rect { Rect(x: 0, y: 0, width: state.width, height: state.height) }

    static func visibleRows(_ state: AppState) -> Int { overlay(state).visibleRows(in: area(state)) }

    static func maxScroll(_ state: AppState) -> Int { overlay(state).maxScrollOffset(in: area(state)) }

    static func render(_ state: AppState, into screen: inout Screen) {
        overlay(state).render(into: &screen, area: area(state))
    }
}
