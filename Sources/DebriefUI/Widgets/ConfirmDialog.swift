import DebriefCore

/// A modal yes/no question. The highlighted answer is what Enter picks; `y` and `n` answer directly.
public struct ConfirmDialog: Sendable, Hashable {
    public var title: String
    public var message: String
    public var confirmLabel: String
    public var cancelLabel: String
    /// Whether Enter would confirm (the confirm button is highlighted) or cancel.
    public var confirmSelected: Bool
    public var styles: WidgetStyles

    public init(title: String, message: String, confirmLabel: String = "Yes", cancelLabel: String = "No",
                confirmSelected: Bool = false, styles: WidgetStyles = .monochrome) {
        self.title = title
        self.message = message
        self.confirmLabel = confirmLabel
        self.cancelLabel = cancelLabel
        self.confirmSelected = confirmSelected
        self.styles = styles
    }

    public func box(in area: Rect) -> Rect {
        let width = min(area.width - 2, max(36, min(60, DisplayWidth.of(message) + 4)))
        let messageRows = Paragraph(message).lineCount(width: max(1, width - 4))
        return area.centered(width: width, height: messageRows + 4)
    }

    public func render(into screen: inout Screen, area: Rect) {
        let box = box(in: area)
        guard box.width >= 8, box.height >= 4 else { return }
        let inner = Block(title: title, focused: true, fillsInterior: true, styles: styles)
            .render(into: &screen, area: box)
            .inner(horizontal: 1, vertical: 0)
        Paragraph(message, style: styles.popup).render(into: &screen, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 2))
        let confirm = "[y] \(DisplaySanitizer.singleLine.sanitize(confirmLabel))"
        let cancel = "[n] \(DisplaySanitizer.singleLine.sanitize(cancelLabel))"
        let buttonsWidth = DisplayWidth.of(confirm) + 4 + DisplayWidth.of(cancel)
        let y = inner.maxY - 1
        var x = inner.x + max(0, (inner.width - buttonsWidth) / 2)
        x += screen.put(confirm, x: x, y: y, style: confirmSelected ? styles.selection : styles.popup, maxWidth: inner.maxX - x)
        x += 4
        screen.put(cancel, x: x, y: y, style: confirmSelected ? styles.popup : styles.selection, maxWidth: max(0, inner.maxX - x))
    }
}
