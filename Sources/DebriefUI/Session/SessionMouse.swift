import DebriefCore

/// What the mouse does in the session besides choosing a question (`MouseRouting`): the wheel over
/// the notes pane scrolls the note, a click in it starts typing there.
extension SessionState {
    /// Whether a screen cell is in the notes pane, as drawn at the session's size.
    func notesPaneContains(x: Int, y: Int) -> Bool {
        screen == .questions && SessionLayout(width: viewSize.width, height: viewSize.height, state: self).notes.contains(x: x, y: y)
    }

    /// Scrolls the note `rows` visual lines (down when positive). The caret (hidden until typing
    /// starts, which puts it at the end) moves to the edge of what is shown, which is what scrolls it.
    mutating func scrollNotes(by rows: Int) {
        let lines = editor.visualLines
        guard lines.count > editor.visibleRows, rows != 0 else { return }
        let first = editor.scrollOffset
        let target = rows > 0 ? min(lines.count - 1, first + editor.visibleRows - 1 + rows) : max(0, first + rows)
        editor.moveCursor(to: lines[target].start)
    }
}
