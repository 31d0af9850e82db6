import DebriefCore

/// Small drawing helpers for the app views, on top of the shared Screen writing. (The box goes
/// once the shared Block widget lands.)
extension Screen {
    mutating func appFill(x: Int, y: Int, width: Int, height: Int, style: Style) {
        fill(Rect(x: x, y: y, width: width, height: height), style: style)
    }

    /// Writes sanitised, width-aware text from (x, y), clipped at `x + maxWidth`; returns the column after it.
    @discardableResult
    mutating func appText(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        x + put(text, x: x, y: y, style: style, maxWidth: maxWidth.map { max(0, $0) })
    }

    /// Text padded or cut to exactly `width` columns, ending in "…" when cut.
    static func appFit(_ text: String, width: Int) -> String {
        DisplayWidth.fit(text, toWidth: max(0, width))
    }

    mutating func appBox(x: Int, y: Int, width: Int, height: Int, title: String, border: Style, titleStyle: Style, fill: Style) {
        guard width >= 2, height >= 2 else { return }
        appFill(x: x, y: y, width: width, height: height, style: fill)
        let horizontal = String(repeating: "─", count: width - 2)
        appText("┌" + horizontal + "┐", x: x, y: y, style: border)
        appText("└" + horizontal + "┘", x: x, y: y + height - 1, style: border)
        for row in y + 1..<y + height - 1 {
            appText("│", x: x, y: row, style: border)
            appText("│", x: x + width - 1, y: row, style: border)
        }
        if !title.isEmpty { appText(" \(title) ", x: x + 2, y: y, maxWidth: width - 4, style: titleStyle) }
    }
}
