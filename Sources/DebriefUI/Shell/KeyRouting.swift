import DebriefCore
import Foundation

/// How a key reaches the component that wants it: along the focus chain (`FocusLayer`).
extension DebriefApp {
    static func route(_ key: Key, _ state: inout AppState) -> [Effect] {
        // The quit key (Ctrl-C) wins everywhere, whatever a view, form or field binds; it saves first.
        if state.keymap.binding(for: key, in: .global)?.action == "quit" { return perform(.quit, on: &state) }
        // Over a session (a note being typed included), Ctrl-R reads the review's file again at once.
        if state.session != nil, state.keymap.binding(for: key, in: .global)?.action == "reload" {
            return perform(.reload, on: &state)
        }
        for layer in state.focusChain {
            if let effects = handle(key, in: layer, &state) { return effects }
        }
        return []
    }

    /// One layer's answer to a key: effects when it took the key, nil to pass it to the next layer.
    private static func handle(_ key: Key, in layer: FocusLayer, _ state: inout AppState) -> [Effect]? {
        let context = state.keyContext(of: layer)
        switch layer {
        case .prep:
            return prepKey(key, &state)
        case .session:
            return sessionKey(key, &state)
        case .sessionBrief:
            return sessionBriefKey(key, &state)
        case .help(let closesOnOtherKeys):
            if let action = appAction(for: key, in: context, state) { return perform(action, on: &state) }
            return closesOnOtherKeys ? perform(.closeOverlay, on: &state) : nil
        case .boardSearch:
            if let action = appAction(for: key, in: context, state) { return perform(action, on: &state) }
            typeIntoSearch(key, &state)
            return []
        case .dealForm:
            guard case .dealForm(let form) = state.overlay else { return nil }
            return handleDealForm(form, key: key, &state)
        case .view(.board):
            return appAction(for: key, in: context, state).map { perform($0, on: &state) }
        case .view:
            return archiveKey(key, &state)
        case .recovery:
            // Modal: the choice is made before anything else.
            return appAction(for: key, in: context, state).map { perform($0, on: &state) } ?? []
        case .dealDetail, .filterPicker, .conflicts, .views:
            return appAction(for: key, in: context, state).map { perform($0, on: &state) }
        case .global(let only):
            guard let binding = state.keymap.binding(for: key, in: .global), only?.contains(binding.action) ?? true,
                  let action = AppKeys.action(named: binding.action, in: .global) else { return nil }
            return perform(action, on: &state)
        }
    }

    /// The app action `key` means in one of the app's own contexts, under the user's keymap.
    private static func appAction(for key: Key, in context: KeyContext, _ state: AppState) -> Action? {
        state.keymap.binding(for: key, in: context).flatMap { AppKeys.action(named: $0.action, in: context) }
    }

    /// Keys with no binding while the search is open are typing: applied to the field and live to the board.
    private static func typeIntoSearch(_ key: Key, _ state: inout AppState) {
        guard case .search(var field) = state.overlay, let command = TextEditor.Command(key: key, multiLine: false) else { return }
        field.editor.apply(command)
        state.overlay = .search(field)
        state.board.setSearch(field.editor.text)
    }
}
