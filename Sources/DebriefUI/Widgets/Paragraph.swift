import DebriefCore

/// Multi-line text wrapped by display width, scrolled by whole lines. Line breaks in the text are
/// kept; everything else is sanitised (`DisplaySanitizer.multiLine`).
public struct Paragraph: Sendable, Hashable {
    public var text: String
    /// Wrapped lines scrolled off the top.
    public var scrollOffset: Int
    public var alignment: TextAlignment
    public var style: Style

    public init(_ text: String, scrollOffset: Int = 0, alignment: TextAlignment = .left, style: Style = .plain) {
        self.text = text
        self.scrollOffset = max(0, scrollOffset)
        self.alignment = alignment
        self.style = style
    }

    /// The wrapped lines for a given width (what `render` draws before scrolling).
    public func lines(width: Int) -> [String] {
        WordWrap.wrap(DisplaySanitizer.multiLine.sanitize(text), width: width)
    }

    /// How many rows the text needs at this width; lets a caller size a box or clamp scrolling.
    public func lineCount(width: Int) -> Int { lines(width: width).count }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        let wrapped = lines(width: area.width)
        let first = min(scrollOffset, max(0, wrapped.count - area.height))
        for (row, line) in wrapped.dropFirst(first).prefix(area.height).enumerated() {
            screen.putFitted(line, x: area.x, y: area.y + row, width: area.width, alignment: alignment, style: style)
        }
    }
}
