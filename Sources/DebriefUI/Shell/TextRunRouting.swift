import DebriefCore
import Foundation

/// Text that arrives as one run (`Msg.paste`): a bracketed paste, or printable keys the program
/// loop found queued together. A note being typed (the session's, or a prep answer) takes the run
/// whole, as one edit, so a 1 MB paste costs one change and one journal write, not a million keys.
/// Anywhere else the run is typed key by key through the focus chain, exactly as the keys would be.
extension DebriefApp {
    static func paste(_ text: String, _ state: inout AppState) -> [Effect] {
        guard !text.isEmpty else { return [] }
        if let effects = typeIntoNote(text, &state) { return effects }
        var effects: [Effect] = []
        for key in Key.typing(text) {
            effects += route(key, &state)
            if effects.contains(.quit) { break }
        }
        return effects
    }

    /// Whether `character`, typed now, would only be inserted into a note being typed: the program
    /// loop then joins it with the keys queued after it into one run. A key that is a command
    /// where the focus is (bound in the note's context, or the quit key) is never joined, so
    /// commands keep their meaning and their order.
    public static func takesTypedText(_ character: Character, _ state: AppState) -> Bool {
        let key = Key.char(character)
        if state.keymap.binding(for: key, in: .global)?.action == "quit" { return false }
        if let prep = state.prep {
            return state.overlay == nil && prep.isEditing && prep.takesText(key, keymap: state.keymap)
        }
        guard state.overlay == nil, state.sessionBrief == nil, let session = state.session, session.isEditing,
              readOnlyRefusal(key, session, state) == nil else { return false }
        return session.takesText(key, keymap: state.keymap)
    }

    /// The run as one edit of the focused note; nil when no note takes it (the caller types it key by key).
    private static func typeIntoNote(_ text: String, _ state: inout AppState) -> [Effect]? {
        let now = state.lastTick ?? Timestamp.now()
        if var prep = state.prep {
            guard state.overlay == nil, prep.isEditing else { return nil }
            state.prep = nil  // the edit changes the only copy, not one shared with the state
            let requests = prep.type(text, at: now)
            state.prep = prep
            return prepEffects(requests, &state)
        }
        guard state.overlay == nil, state.sessionBrief == nil, var session = state.session, let first = text.first,
              session.isEditing || session.typesThrough(.char(first), keymap: state.keymap) else { return nil }
        if let refusal = readOnlyRefusal(.char(first), session, state) {
            state.notice = .init(.info, refusal)
            return []
        }
        state.session = nil
        let requests = session.type(text, at: now, keymap: state.keymap)
        state.session = session
        return effects(for: requests, &state)
    }
}

extension Key {
    /// The keys that type `text` one by one: a line break is Enter, a tab is Tab, everything else
    /// a character key.
    static func typing(_ text: String) -> [Key] {
        text.map { character in
            switch character {
            case "\n", "\r", "\r\n": .enter
            case "\t": .tab
            default: .char(character)
            }
        }
    }
}
