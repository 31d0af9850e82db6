extension Screen {
    /// The screen as text with ANSI SGR escapes for colours and attributes, for
    /// `debrief snapshot --color` and for bug reports. Each line starts in the plain style and ends
    /// with a reset, so lines can be pasted or grepped on their own. Trailing blank plain cells are
    /// trimmed like in `plainText`; trailing cells with a background colour are kept.
    public var ansiText: String {
        var output = ""
        for y in 0..<height {
            let rowStart = y * width
            var end = width
            while end > 0, cells[rowStart + end - 1].style == .plain,
                  cells[rowStart + end - 1].text == " " || cells[rowStart + end - 1].text.isEmpty {
                end -= 1
            }
            var current = Style.plain
            for x in 0..<end {
                let cell = cells[rowStart + x]
                if cell.isContinuation { continue }
                if cell.style != current {
                    output += cell.style.sgrSequence
                    current = cell.style
                }
                output += cell.text
            }
            if current != .plain { output += Style.resetSequence }
            output += "\n"
        }
        return output
    }
}

extension Style {
    /// SGR 0: back to the terminal's default look.
    public static let resetSequence = "\u{1B}[0m"

    /// The complete SGR escape that selects this style from any previous one (starts with a reset).
    public var sgrSequence: String {
        var codes = ["0"]
        if attributes.contains(.bold) { codes.append("1") }
        if attributes.contains(.dim) { codes.append("2") }
        if attributes.contains(.italic) { codes.append("3") }
        if attributes.contains(.underline) { codes.append("4") }
        if attributes.contains(.reverse) { codes.append("7") }
        if let code = foreground.sgrCode(background: false) { codes.append(code) }
        if let code = background.sgrCode(background: true) { codes.append(code) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

extension Color {
    /// The SGR parameter selecting this colour, or nil for the terminal default (already set by the reset).
    func sgrCode(background: Bool) -> String? {
        switch self {
        case .default:
            return nil
        case .ansi(let index):
            let normal = Int(index % 16)
            let base = normal < 8 ? (background ? 40 : 30) : (background ? 100 : 90)
            return String(base + normal % 8)
        case .indexed(let index):
            return (background ? "48;5;" : "38;5;") + String(index)
        case .rgb(let red, let green, let blue):
            return (background ? "48;2;" : "38;2;") + "\(red);\(green);\(blue)"
        }
    }
}
