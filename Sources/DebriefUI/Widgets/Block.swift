import DebriefCore

/// A bordered box with an optional title. A focused block draws heavy lines (┏━┓) in the focused
/// border style, so focus shows even without colour.
public struct Block: Sendable, Hashable {
    public var title: String?
    public var focused: Bool
    /// Text drawn into the bottom border at the right, such as "[Esc] close".
    public var footer: String?
    /// Clear the inside with the popup style (for dialogs drawn over other views).
    public var fillsInterior: Bool
    /// Columns from the corner to the title's leading space: 1 draws "┌ Title ─┐", 2 "┌─ Title ─┐".
    public var titleInset: Int
    public var styles: WidgetStyles

    public init(title: String? = nil, focused: Bool = false, footer: String? = nil, fillsInterior: Bool = false, titleInset: Int = 1,
                styles: WidgetStyles = .monochrome) {
        self.title = title
        self.titleInset = max(1, titleInset)
        self.focused = focused
        self.footer = footer
        self.fillsInterior = fillsInterior
        self.styles = styles
    }

    /// The area inside the border.
    public func inner(of area: Rect) -> Rect { area.inner(1) }

    /// Draws the box and returns the area inside it.
    @discardableResult
    public func render(into screen: inout Screen, area: Rect) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let glyphs = focused ? BorderGlyphs.heavy : BorderGlyphs.light
        let style = focused ? styles.focusedBorder : styles.border
        if fillsInterior { screen.fill(area.inner(1), style: styles.popup) }
        let top = area.y
        let bottom = area.maxY - 1
        let left = area.x
        let right = area.maxX - 1
        screen.fill(Rect(x: left + 1, y: top, width: area.width - 2, height: 1), style: style, with: glyphs.horizontal)
        screen.fill(Rect(x: left + 1, y: bottom, width: area.width - 2, height: 1), style: style, with: glyphs.horizontal)
        screen.fill(Rect(x: left, y: top + 1, width: 1, height: area.height - 2), style: style, with: glyphs.vertical)
        screen.fill(Rect(x: right, y: top + 1, width: 1, height: area.height - 2), style: style, with: glyphs.vertical)
        screen.put(String(glyphs.topLeft), x: left, y: top, style: style)
        screen.put(String(glyphs.topRight), x: right, y: top, style: style)
        screen.put(String(glyphs.bottomLeft), x: left, y: bottom, style: style)
        screen.put(String(glyphs.bottomRight), x: right, y: bottom, style: style)
        // "┌ Title ───┐": the title sits `titleInset` cells in from the corner, padded by a space each side.
        if let title, !title.isEmpty, area.width >= 3 + 2 * titleInset {
            var shown = DisplayWidth.truncate(DisplaySanitizer.singleLine.sanitize(title), toWidth: area.width - 2 - 2 * titleInset)
            while shown.hasSuffix(" ") { shown.removeLast() }  // let the border line run on instead
            screen.put(" \(shown) ", x: left + titleInset, y: top, style: styles.title, maxWidth: area.width - 2 * titleInset)
        }
        if let footer, !footer.isEmpty, area.width >= 5 {
            let text = DisplayWidth.truncate(" \(footer) ", toWidth: area.width - 2)
            let columns = DisplayWidth.of(text)
            screen.put(text, x: right - columns, y: bottom, style: style)
        }
        return area.inner(1)
    }
}

/// The box-drawing characters of a border.
struct BorderGlyphs: Sendable {
    let horizontal: Character
    let vertical: Character
    let topLeft: Character
    let topRight: Character
    let bottomLeft: Character
    let bottomRight: Character

    static let light = BorderGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    static let heavy = BorderGlyphs(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
}
