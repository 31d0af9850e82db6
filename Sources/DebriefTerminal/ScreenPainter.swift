import CNCurses
import DebriefUI

/// Draws a Screen through ncurses, touching only the cells that changed since the last frame.
struct ScreenPainter {
    private var previous: Screen?
    private var pairs: ColorPairTable

    init(colorsEnabled: Bool, colorCount: Int) {
        pairs = ColorPairTable(enabled: colorsEnabled, colorCount: colorCount, pairLimit: debrief_color_pairs())
    }

    /// Forgets the last frame so the next draw repaints everything (after resize or $EDITOR).
    mutating func invalidate() { previous = nil }

    mutating func draw(_ screen: Screen, on window: UnsafeMutablePointer<WINDOW>?) {
        let full = previous.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full {
            werase(window)
        }
        for y in 0..<screen.height {
            var x = 0
            while x < screen.width {
                guard full || changed(screen, x, y) else {
                    x += 1
                    continue
                }
                // A run of changed cells, drawn with one attribute change per style change.
                var start = x
                if screen[start, y].isContinuation && start > 0 { start -= 1 }
                var end = x
                while end < screen.width && (full || changed(screen, end, y)) { end += 1 }
                drawRun(screen, y: y, from: start, to: end, on: window)
                x = end
            }
        }
        wnoutrefresh(window)
        doupdate()
        previous = screen
    }

    private func changed(_ screen: Screen, _ x: Int, _ y: Int) -> Bool {
        guard let previous else { return true }
        return previous[x, y] != screen[x, y]
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
