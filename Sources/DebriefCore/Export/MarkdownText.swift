/// Escaping for text from records placed into Markdown.
public enum MarkdownText {
    /// A table cell: backslashes and pipes escaped so the cell cannot split the row, line breaks as
    /// `<br>`, and `<` as `&lt;` so text cannot open HTML in a renderer.
    public static func tableCell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text within a line or paragraph: backslash and `<` escaped, line breaks kept as Markdown
    /// hard breaks so a multi-line note stays one paragraph.
    public static func inline(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "<br>")
    }

    /// A block of notes under a list item (or at the top level with no indent): each line the
    /// manager typed is a paragraph of its own, separated by a truly empty line, so a note of two
    /// paragraphs renders as two (lines that only followed each other were run together into one).
    /// `<` and backslashes are escaped; lines of nothing but blanks are dropped.
    public static func block(_ text: String, indent: String = "  ") -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n")
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .map { indent + $0 }
            .joined(separator: "\n\n")
    }
}
