/// Parses key scripts such as `"j j Enter C-e hello Space world Escape"`: tokens separated by
/// spaces, each a key name in tmux's spelling or else literal text typed character by character.
public enum KeyScript {
    public static func parse(_ script: String) -> [Key] {
        script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).flatMap { parseToken(String($0)) }
    }

    /// One token: a named key, a C-/M- chord, or literal text.
    public static func parseToken(_ token: String) -> [Key] {
        if let key = namedKey(token) { return [key] }
        if let chord = chord(token) { return [chord] }
        return token.map { Key.char($0) }
    }

    /// tmux matches key names case-insensitively; single characters are always literal.
    static func namedKey(_ token: String) -> Key? {
        guard token.count > 1 else { return nil }
        switch token.lowercased() {
        case "enter", "return", "cr": return .enter
        case "escape", "esc": return .escape
        case "tab": return .tab
        case "btab", "s-tab": return .backTab
        case "space": return .char(" ")
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "home": return .home
        case "end": return .end
        case "pageup", "ppage", "pgup": return .pageUp
        case "pagedown", "npage", "pgdn": return .pageDown
        case "bspace", "backspace": return .backspace
        case "dc", "delete": return .delete
        case "ic", "insert": return .insert
        default: break
        }
        let lower = token.lowercased()
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...20).contains(number) {
            return .function(number)
        }
        return nil
    }

    /// `C-x` (Ctrl), `M-x` (Alt), `M-Enter`-style chords are reduced to what a terminal can send.
    static func chord(_ token: String) -> Key? {
        guard token.count >= 3 else { return nil }
        let prefix = token.prefix(2)
        let rest = String(token.dropFirst(2))
        switch prefix {
        case "C-", "c-", "^-":
            guard rest.count == 1, let c = rest.first else { return nil }
            if c == "[" { return .escape }
            if c == "i" || c == "I" { return .tab }
            if c == "m" || c == "M" { return .enter }
            return .ctrl(c.lowercased().first ?? c)
        case "M-", "m-":
            if rest.count == 1, let c = rest.first { return .alt(c) }
            if rest.lowercased() == "space" { return .alt(" ") }
            return nil
        default:
            return nil
        }
    }
}
