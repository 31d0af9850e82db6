/// Every semantic role the UI draws with. Theme files style these keys; a role a theme leaves
/// out falls back to its parent key ("ui.border.focused" → "ui.border" → "ui.text").
public enum ThemeRole: String, Sendable, CaseIterable, Hashable {
    case background = "ui.background"
    case text = "ui.text"
    case textMuted = "ui.text.muted"
    case border = "ui.border"
    case borderFocused = "ui.border.focused"
    case title = "ui.title"
    case selection = "ui.selection"
    case statusBar = "ui.statusbar"
    case statusBarKey = "ui.statusbar.key"
    case help = "ui.help"
    case helpKey = "ui.help.key"
    case helpSection = "ui.help.section"
    case popup = "ui.popup"
    case input = "ui.input"
    case cursor = "ui.cursor"
    case dealWon = "deal.won"
    case dealLost = "deal.lost"
    case dealNoDecision = "deal.no-decision"
    case chartBar = "chart.bar"
    case chartSparkline = "chart.sparkline"
    case statusWarning = "status.warning"
    case statusError = "status.error"
    case statusOK = "status.ok"
    case reviewInsight = "review.insight"

    /// The look a role keeps when there is no colour: enough that every state stays visible.
    public var monochromeAttributes: TextAttributes {
        switch self {
        case .selection, .cursor, .statusBar: [.reverse]
        case .statusBarKey: [.reverse, .bold]
        case .borderFocused, .title, .helpKey, .helpSection, .dealWon, .statusError, .statusWarning: [.bold]
        case .textMuted: [.dim]
        case .input, .reviewInsight: [.underline]
        default: []
        }
    }
}

extension ThemeRole {
    /// Keys to try, most specific first, for any role key (also keys views invent later).
    static func fallbackChain(for key: String) -> [String] {
        var chain = [key]
        var parts = key.split(separator: ".").map(String.init)
        while parts.count > 1 {
            parts.removeLast()
            chain.append(parts.joined(separator: "."))
        }
        if !chain.contains(ThemeRole.text.rawValue) { chain.append(ThemeRole.text.rawValue) }
        return chain
    }
}
