/// Key names as `config.toml` takes them: the spelling of key scripts and tmux ("j", "J", "Down",
/// "Enter", "Escape", "Space", "BTab", "C-e", "M-x", "F5"). Unlike a key script, a name that is
/// not a key is an error, not text to type.
public enum KeyName {
    public static func key(_ name: String) -> Key? {
        if name.count == 1, let character = name.first { return .char(character) }
        return KeyScript.namedKey(name) ?? KeyScript.chord(name)
    }

    /// What the error message suggests.
    static let examples = "a character (j, J, ?), Enter, Escape, Tab, BTab, Space, Up, Down, Left, Right, Home, End, PageUp, PageDown, BSpace, DC, F1–F12, C-x (Ctrl) or M-x (Alt)"
}
