/// A key press, as the app sees it: the terminal backend and key scripts both produce these.
public enum Key: Hashable, Sendable {
    /// Printable text, one grapheme at a time (a space is `.char(" ")`).
    case char(Character)
    case enter, escape, tab, backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case backspace, delete, insert
    /// Control plus a letter, stored lower-case: Ctrl-C is `.ctrl("c")`.
    case ctrl(Character)
    /// Alt (Meta) plus a character, as terminals send it: Escape then the character.
    case alt(Character)
    /// F1…F12.
    case function(Int)

    /// How help and the status bar show the key.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .insert: "Ins"
        case .ctrl(let c): "Ctrl-\(String(c).uppercased())"
        case .alt(let c): "Alt-\(c)"
        case .function(let n): "F\(n)"
        }
    }

    /// The key in tmux's spelling, the form `snapshot --keys` and `tmux send-keys` accept.
    public var tmuxName: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .enter: "Enter"
        case .escape: "Escape"
        case .tab: "Tab"
        case .backTab: "BTab"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PageUp"
        case .pageDown: "PageDown"
        case .backspace: "BSpace"
        case .delete: "DC"
        case .insert: "IC"
        case .ctrl(let c): "C-\(c)"
        case .alt(let c): "M-\(c)"
        case .function(let n): "F\(n)"
        }
    }
}
