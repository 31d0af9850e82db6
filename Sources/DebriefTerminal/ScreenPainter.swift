import CNCurses
import DebriefUI

/// Draws a Screen through ncurses, touching only the cells the program's diff says changed.
struct ScreenPainter {
    private var pairs: ColorPairTable
    /// Whether the terminal's cursor was last made visible; nil when unknown (start, after `$EDITOR`).
    private var cursorShown: Bool?

    init(colorsEnabled: Bool, colorCount: Int) {
        pairs = ColorPairTable(enabled: colorsEnabled, colorCount: colorCount, pairLimit: debrief_color_pairs())
    }

    mutating func draw(_ screen: Screen, diff: ScreenDiff, on window: UnsafeMutablePointer<WINDOW>?) {
        if diff.isFull {
            werase(window)
        }
        for run in diff.runs {
            drawRun(screen, y: run.y, from: run.x, to: min(screen.width, run.x + run.width), on: window)
        }
        placeCursor(screen.cursor, in: screen, full: diff.isFull, on: window)
        wnoutrefresh(window)
        doupdate()
    }

    /// The caret: the terminal's cursor at the insertion point while text is typed, hidden otherwise.
    /// ncurses leaves the cursor where the window's cursor is after `doupdate` unless `leaveok`.
    private mutating func placeCursor(_ cursor: Point?, in screen: Screen, full: Bool, on window: UnsafeMutablePointer<WINDOW>?) {
        if full { cursorShown = nil }
        if let cursor, screen.contains(x: cursor.x, y: cursor.y) {
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if cursorShown != true { curs_set(1) }
            cursorShown = true
        } else {
            leaveok(window, true)
            if cursorShown != false { curs_set(0) }
            cursorShown = false
        }
    }

    private mutating func drawRun(_ screen: Screen, y: Int, from start: Int, to end: Int, on window: UnsafeMutablePointer<WINDOW>?) {
        var currentStyle: Style?
        for x in start..<end {
            let cell = screen[x, y]
            if cell.isContinuation { continue }
            if cell.style != currentStyle {
                debrief_set_attributes(window, attributes(cell.style.attributes), pairs.pair(for: cell.style))
                currentStyle = cell.style
            }
            // Each cell is placed explicitly so a width disagreement with ncurses cannot shift the row.
            var text = cell.text.isEmpty ? [wchar_t(32)] : cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            text.append(0)
            _ = mvwaddwstr(window, Int32(y), Int32(x), text)
        }
        debrief_set_attributes(window, debrief_a_normal(), 0)
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var result = debrief_a_normal()
        if attributes.contains(.bold) { result |= debrief_a_bold() }
        if attributes.contains(.dim) { result |= debrief_a_dim() }
        if attributes.contains(.italic) { result |= debrief_a_italic() }
        if attributes.contains(.underline) { result |= debrief_a_underline() }
        if attributes.contains(.reverse) { result |= debrief_a_reverse() }
        return result
    }
}
