import DebriefCore

/// The bottom line: the mode name, the keys that work here, and an optional message at the right
/// ("Saved", an error, or the view's name). When the line is too narrow, hints that do not fit are
/// dropped; the mode name and the message stay.
public struct StatusBar: Sendable, Hashable {
    /// How hints are written and which give way when the line is short.
    public enum HintLayout: Sendable, Hashable {
        /// "[j/k] move": a hint that does not fit is left out, and a later, shorter one may still show.
        case bracketed
        /// "j/k move", the app's own bar: hints are listed most useful first, so they stop at the
        /// first that does not fit, and its gap of two columns must fit too.
        case plain
    }

    public var mode: String
    public var hints: [KeyHint]
    public var message: String?
    /// Style for the message; nil uses the status bar style (pass `styles.error` for errors).
    public var messageStyle: Style?
    public var styles: WidgetStyles
    public var hintLayout: HintLayout

    public init(mode: String, hints: [KeyHint], message: String? = nil, messageStyle: Style? = nil, styles: WidgetStyles = .monochrome,
                hintLayout: HintLayout = .bracketed) {
        self.hintLayout = hintLayout
        self.mode = mode
        self.hints = hints
        self.message = message
        self.messageStyle = messageStyle
        self.styles = styles
    }

    /// The columns of a line `width` wide that hints get beside `mode` (no message).
    public static func hintRoom(width: Int, mode: String) -> Int {
        width - (mode.isEmpty ? 0 : DisplayWidth.of(" \(mode) ")) - 2
    }

    /// The columns one hint takes on the line, with the gap after it.
    public static func width(of hint: KeyHint) -> Int {
        DisplayWidth.of("[\(DisplaySanitizer.singleLine.sanitize(hint.keys))] \(DisplaySanitizer.singleLine.sanitize(hint.description))") + 2
    }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        screen.fill(row, style: styles.statusBar)
        var x = row.x
        if !mode.isEmpty {
            x += screen.putTruncated(" \(mode) ", x: x, y: row.y, style: styles.statusMode, maxWidth: row.width)
        }
        var right = row.maxX
        // A message (a failed save, a refusal) outranks the hints: they give way first, and a message
        // longer than the whole line loses its middle, keeping what failed and why.
        if let message, !message.isEmpty, right - x - 1 > 2 {
            let text = " " + DisplayWidth.truncateMiddle(DisplaySanitizer.singleLine.sanitize(message), toWidth: right - x - 3) + " "
            right -= DisplayWidth.of(text)
            screen.put(text, x: right, y: row.y, style: messageStyle ?? styles.statusBar)
        }
        x += 1
        for hint in hints {
            let shownKeys = DisplaySanitizer.singleLine.sanitize(hint.keys)
            let keys = hintLayout == .bracketed ? "[\(shownKeys)]" : shownKeys
            let description = " " + DisplaySanitizer.singleLine.sanitize(hint.description)
            let width = DisplayWidth.of(keys) + DisplayWidth.of(description)
            guard x + width + (hintLayout == .plain ? 2 : 0) <= right - 1 else {
                if hintLayout == .plain { break } else { continue }
            }
            x += screen.put(keys, x: x, y: row.y, style: styles.keyHint)
            x += screen.put(description, x: x, y: row.y, style: styles.statusBar)
            x += 2
        }
    }
}
