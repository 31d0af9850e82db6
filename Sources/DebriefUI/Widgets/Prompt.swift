import DebriefCore

/// A modal single-line input: a label, the value being typed (scrolled sideways to keep the
/// cursor in view) and an error line. Edit the value with a `TextEditor` and pass its text and
/// cursor here; the view puts the terminal cursor in the field.
public struct Prompt: Sendable, Hashable {
    public var title: String
    public var label: String
    public var value: String
    /// Grapheme index into `value`.
    public var cursor: Int
    public var error: String?
    public var styles: WidgetStyles

    public init(title: String, label: String, value: String = "", cursor: Int? = nil, error: String? = nil, styles: WidgetStyles = .monochrome) {
        self.title = title
        self.label = label
        self.value = value
        self.cursor = cursor ?? value.count
        self.error = error
        self.styles = styles
    }

    /// The dialog's box inside `area`.
    public func box(in area: Rect) -> Rect {
        area.centered(width: min(area.width - 2, 60), height: 5)
    }

    public func render(into screen: inout Screen, area: Rect) {
        let box = box(in: area)
        guard box.width >= 8, box.height >= 5 else { return }
        let inner = Block(title: title, focused: true, footer: "[Enter] ok  [Esc] cancel", fillsInterior: true, styles: styles)
            .render(into: &screen, area: box)
            .inner(horizontal: 1, vertical: 0)
        screen.putFitted(label, x: inner.x, y: inner.y, width: inner.width, style: styles.popup)
        let field = inner.row(1)
        screen.fill(field, style: styles.input)
        let characters = Array(DisplaySanitizer.singleLine.sanitize(value))
        let cursorIndex = min(max(0, cursor), characters.count)
        // Scroll sideways so the cursor (and one cell after it) stays inside the field.
        var first = 0
        var cursorColumn = characters[..<cursorIndex].reduce(0) { $0 + $1.displayWidth }
        while cursorColumn >= field.width, first < cursorIndex {
            cursorColumn -= characters[first].displayWidth
            first += 1
        }
        screen.put(String(characters[first...]), x: field.x, y: field.y, style: styles.input, maxWidth: field.width)
        screen.cursor = Point(x: field.x + min(cursorColumn, field.width - 1), y: field.y)
        if let error, !error.isEmpty {
            screen.putFitted(error, x: inner.x, y: inner.y + 2, width: inner.width, style: styles.error)
        }
    }
}
