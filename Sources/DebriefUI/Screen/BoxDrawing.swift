/// What the terminal can draw besides plain text, as the terminal backend finds out (terminfo,
/// TERM): the UI draws with full Unicode and the program loop narrows each frame to this before
/// presenting it, so no view needs to know.
public enum BoxDrawing: Sendable, Hashable {
    /// Every line and symbol as drawn.
    case full
    /// Light lines only (the Linux console's fonts have no heavy or rounded ones, nor ✓ ✗ › ◆):
    /// heavy lines become light, those symbols ASCII.
    case lightLines
    /// No line drawing at all (terminfo has no `acsc`): boxes of `+ - |`, symbols in ASCII.
    case ascii

    /// The character to draw instead of `text`, or nil to keep it.
    func replacement(for text: String) -> String? {
        switch self {
        case .full: return nil
        case .lightLines: return Self.light[text] ?? (Self.latin1.contains(text) ? nil : Self.symbols[text])
        case .ascii: return Self.asciiLines[Self.light[text] ?? text] ?? Self.symbols[text]
        }
    }

    static let light: [String: String] = [
        "━": "─", "┃": "│", "┏": "┌", "┓": "┐", "┗": "└", "┛": "┘", "╭": "┌", "╮": "┐", "╰": "└", "╯": "┘",
        "┣": "├", "┫": "┤", "┳": "┬", "┻": "┴", "╋": "┼", "═": "─", "║": "│", "╔": "┌", "╗": "┐", "╚": "└", "╝": "┘",
        "╍": "╌", "┅": "┄",
    ]

    /// Symbols in Latin-1, which console fonts have.
    static let latin1: Set<String> = ["·", "×"]

    static let asciiLines: [String: String] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "╌": "-", "┄": "-", "┆": "|", "▏": "|", "▕": "|",
    ]

    /// Symbols the views use that a console font or an ASCII terminal lacks.
    static let symbols: [String: String] = [
        "✓": "+", "✗": "x", "›": ">", "‹": "<", "◆": "*", "◇": "o", "●": "*", "○": "o", "◐": "o", "•": "*", "·": ".",
        "…": ".", "⏎": "~", "↓": "v", "↑": "^", "←": "<", "→": ">", "★": "*", "☆": "*", "⚑": "!", "▸": ">", "▾": "v",
        "▁": "_", "▂": "_", "▃": "-", "▄": "-", "▅": "=", "▆": "=", "▇": "#", "█": "#", "░": ".", "▒": ":", "▓": "#",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "—": "-", "–": "-", "−": "-", "≈": "~", "×": "x",
        // The board's review marks, as letters the legend names: scheduled, prep ready, in progress, completed.
        "◷": "s", "✎": "p", "▶": "i", "✔": "c", "⇅": "^", "⊘": "-", "↳": ">",
        "▎": "|", "▍": "|", "▌": "|", "▋": "|", "▊": "#", "▉": "#",
    ]
}

extension Screen {
    /// The frame as a terminal with `drawing` can show it.
    public mutating func narrowGlyphs(to drawing: BoxDrawing) {
        guard drawing != .full else { return }
        for index in cells.indices where cells[index].width == 1 {
            if let replacement = drawing.replacement(for: cells[index].text) { cells[index].text = replacement }
        }
    }
}
