extension TextEditor.Command {
    /// The editing command a key means while typing, or nil for keys that are not editing.
    /// `multiLine` decides whether Enter inserts a newline or is left to the caller (submit).
    public init?(key: Key, multiLine: Bool) {
        switch key {
        case .char(let character): self = .insert(String(character))
        case .enter where multiLine: self = .newline
        case .backspace, .ctrl("h"): self = .deleteBackward
        case .delete, .ctrl("d"): self = .deleteForward
        case .ctrl("w"), .alt("\u{7F}"): self = .deleteWordBackward
        case .left, .ctrl("b"): self = .left
        case .right, .ctrl("f"): self = .right
        case .alt("b"): self = .wordLeft
        case .alt("f"): self = .wordRight
        case .home, .ctrl("a"): self = .lineStart
        case .end: self = .lineEnd
        // In a note, Ctrl-E opens $EDITOR instead.
        case .ctrl("e") where !multiLine: self = .lineEnd
        case .up where multiLine: self = .up
        case .down where multiLine: self = .down
        case .pageUp where multiLine: self = .pageUp
        case .pageDown where multiLine: self = .pageDown
        default: return nil
        }
    }
}
