import DebriefCore

/// The one-line text field the archive views type into (the reviews search, a playbook rename):
/// a label, then the field, scrolled sideways so the cursor stays in it, with the terminal cursor placed.
enum ArchiveInputLine {
    static func render(label: String, editor: TextEditor, theme: Theme, into screen: inout Screen, row: Rect) {
        let used = screen.put(label, x: row.x + 1, y: row.y, style: theme.style(.title))
        let field = Rect(x: row.x + 1 + used, y: row.y, width: max(0, row.width - used - 2), height: 1)
        guard field.width > 0 else { return }
        screen.fill(field, style: theme.style(.input))
        // The editor stores text already sanitised, so grapheme indices are screen characters.
        let characters = Array(editor.text)
        let cursor = min(max(0, editor.cursor), characters.count)
        var first = 0
        var cursorColumn = characters[..<cursor].reduce(0) { $0 + $1.displayWidth }
        while cursorColumn >= field.width, first < cursor {
            cursorColumn -= characters[first].displayWidth
            first += 1
        }
        screen.put(String(characters[first...]), x: field.x, y: field.y, style: theme.style(.input), maxWidth: field.width)
        screen.cursor = Point(x: field.x + min(cursorColumn, field.width - 1), y: field.y)
    }
}
