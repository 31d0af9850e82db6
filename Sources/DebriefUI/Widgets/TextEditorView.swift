import DebriefCore

/// Draws a `TextEditor` and, when focused, tells the terminal where to put its cursor
/// (`Screen.cursor`). Wraps one column short of the area so the cursor fits after a full line.
public struct TextEditorView: Sendable, Hashable {
    public var editor: TextEditor
    public var focused: Bool
    /// Shown, muted, while the text is empty.
    public var placeholder: String
    public var styles: WidgetStyles

    public init(editor: TextEditor, focused: Bool = true, placeholder: String = "", styles: WidgetStyles = .monochrome) {
        self.editor = editor
        self.focused = focused
        self.placeholder = placeholder
        self.styles = styles
    }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        if editor.isEmpty, !placeholder.isEmpty {
            Paragraph(placeholder, style: styles.muted).render(into: &screen, area: area)
        } else {
            let width = TextEditor.wrapWidth(forAreaWidth: area.width)
            if width == editor.wrapWidth {
                // Only the rows on screen are looked at, however long the text.
                let cursorRow = editor.cursorLocation.row
                let first = TextEditor.firstVisibleRow(keeping: cursorRow, from: editor.scrollOffset,
                                                       visibleRows: area.height, lineCount: editor.visualRowCount)
                for row in first..<min(editor.visualRowCount, first + area.height) {
                    let text = editor.characters(inRow: row).map(TextEditor.glyph).joined()
                    screen.put(text, x: area.x, y: area.y + row - first, style: styles.text, maxWidth: area.width)
                }
            } else {
                let lines = editor.visualLines(width: width)
                let cursorRow = editor.location(of: editor.cursor, in: lines).row
                let first = TextEditor.firstVisibleRow(keeping: cursorRow, from: editor.scrollOffset,
                                                       visibleRows: area.height, lineCount: lines.count)
                for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
                    let text = (line.start..<line.end).map { TextEditor.glyph(of: editor.character(at: $0)) }.joined()
                    screen.put(text, x: area.x, y: area.y + row, style: styles.text, maxWidth: area.width)
                }
            }
        }
        if focused { screen.cursor = editor.cursorPosition(in: area) }
    }
}
