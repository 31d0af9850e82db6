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

    /// A block of notes: each line kept, `<` and backslashes escaped, indented under a list item.
    public static func block(_ text: String, indent: String = "  ") -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { indent + $0 }
            .joined(separator: "\n")
    }
}
