import Foundation

/// The app in the Elm style: a pure `update` from messages to state changes plus effects, and a
/// `render` from state to a screen. Runners (the terminal, `debrief snapshot`, tests) drive both.
public enum DebriefApp {
    public static let keymap = Keymap.standard

    /// Applies one message. Never performs I/O: anything outside the state comes back as effects.
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key(let key):
            // Ctrl-C wins everywhere, whatever a view or overlay binds.
            if key == .ctrl("c") { return perform(.quit, on: &state) }
            guard let action = keymap.action(for: key, in: state.keyContexts) else { return [] }
            return perform(action, on: &state)
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            state.helpScroll = min(state.helpScroll, HelpPanel.maxScroll(state))
            return []
        case .tick(let date):
            state.lastTick = date
            return []
        case .loaded(let data):
            state.data = data
            state.isLoading = false
            return []
        case .editorFinished:
            return []
        case .saved(let request):
            state.unsaved.removeAll { $0 == request }
            return []
        case .effectFailed(let message):
            state.notice = .init(.error, message)
            return []
        }
    }

    static func perform(_ action: Action, on state: inout AppState) -> [Effect] {
        switch action {
        case .quit:
            state.isQuitting = true
            // Nothing typed is ever lost: pending saves go out before the quit.
            return state.unsaved.map(Effect.save) + [.quit]
        case .back:
            if state.overlay != nil {
                state.overlay = nil
                return []
            }
            return perform(.quit, on: &state)
        case .toggleHelp:
            state.overlay = state.overlay == .help ? nil : .help
            state.helpScroll = 0
            return []
        case .closeOverlay:
            state.overlay = nil
            return []
        case .reload:
            state.isLoading = true
            state.notice = nil
            return [.load]
        case .scrollDown: scrollHelp(&state, by: 1)
        case .scrollUp: scrollHelp(&state, by: -1)
        case .pageDown: scrollHelp(&state, by: max(1, HelpPanel.visibleRows(state) - 1))
        case .pageUp: scrollHelp(&state, by: -max(1, HelpPanel.visibleRows(state) - 1))
        case .scrollToTop: scrollHelp(&state, by: -state.helpScroll)
        case .scrollToBottom: scrollHelp(&state, by: HelpPanel.maxScroll(state))
        }
        return []
    }

    private static func scrollHelp(_ state: inout AppState, by delta: Int) {
        state.helpScroll = min(max(0, state.helpScroll + delta), HelpPanel.maxScroll(state))
    }

    /// Draws the whole app for the state's size.
    public static func render(_ state: AppState, into screen: inout Screen) {
        if screen.width != state.width || screen.height != state.height {
            screen = Screen(width: state.width, height: state.height)
        }
        let background = state.theme.style(.background)
        screen.appFill(x: 0, y: 0, width: screen.width, height: screen.height, style: background)
        if state.isTooSmall {
            TooSmallMessage.render(state, into: &screen)
            return
        }
        switch state.view {
        case .home: HomeView.render(state, into: &screen)
        }
        StatusLine.render(state, into: &screen)
        if state.overlay == .help { HelpPanel.render(state, into: &screen) }
    }

    /// Convenience for snapshots and tests: a fresh screen of the state's size.
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        render(state, into: &screen)
        return screen
    }
}
