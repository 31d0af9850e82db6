/// Minimal drawing used by the app views until the shared widgets land. Treats every character
/// as one column: the app's own text is ASCII plus single-width symbols.
extension Screen {
    mutating func appFill(x: Int, y: Int, width: Int, height: Int, style: Style) {
        for row in max(0, y)..<min(self.height, y + height) where row >= 0 {
            for column in max(0, x)..<min(self.width, x + width) where column >= 0 {
                self[column, row] = Cell(text: " ", style: style)
            }
        }
    }

    /// Writes text from (x, y), clipped at `x + maxWidth` and the screen edge; returns the column after it.
    @discardableResult
    mutating func appText(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text where column < limit {
            let shown: Character = character.isASCII && (character.asciiValue ?? 0) < 32 ? "?" : character
            if column >= 0 { self[column, y] = Cell(text: String(shown), style: style) }
            column += 1
        }
        return column
    }

    /// Text padded or cut to exactly `width` columns, ending in "…" when cut.
    static func appFit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if text.count <= width { return text + String(repeating: " ", count: width - text.count) }
        return String(text.prefix(width - 1)) + "…"
    }

    mutating func appBox(x: Int, y: Int, width: Int, height: Int, title: String, border: Style, titleStyle: Style, fill: Style) {
        guard width >= 2, height >= 2 else { return }
        appFill(x: x, y: y, width: width, height: height, style: fill)
        for column in x + 1..<x + width - 1 {
            appText("─", x: column, y: y, style: border)
            appText("─", x: column, y: y + height - 1, style: border)
        }
        for row in y + 1..<y + height - 1 {
            appText("│", x: x, y: row, style: border)
            appText("│", x: x + width - 1, y: row, style: border)
        }
        appText("┌", x: x, y: y, style: border)
        appText("┐", x: x + width - 1, y: y, style: border)
        appText("└", x: x, y: y + height - 1, style: border)
        appText("┘", x: x + width - 1, y: y + height - 1, style: border)
        if !title.isEmpty { appText(" \(title) ", x: x + 2, y: y, maxWidth: width - 4, style: titleStyle) }
    }
}
