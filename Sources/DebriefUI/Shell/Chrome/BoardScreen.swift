import DebriefCore

/// The board inside the app frame: below the title bar, above the status bar.
enum BoardScreen {
    static func area(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2))
    }

    /// Deal rows one column shows: the area less the two header lines, the legend and the borders.
    static func visibleRows(_ state: AppState) -> Int {
        max(1, area(state).height - 5)
    }

    static func render(_ state: AppState, into screen: inout Screen) {
        BoardView.render(state.board, theme: state.theme, dataDirectory: state.dataDirectory, into: &screen, area: area(state))
    }

    /// The search being typed, on the line above the status bar, with the terminal cursor in it.
    static func renderSearchField(_ field: SearchField, state: AppState, into screen: inout Screen) {
        let y = state.height - 2
        let style = state.theme.style(.input)
        screen.fill(Rect(x: 0, y: y, width: state.width, height: 1), style: style)
        let label = " Search: "
        let x = screen.put(label, x: 0, y: y, style: style)
        let text = field.editor.text
        let room = max(1, state.width - x - 1)
        // Keep the end of a long search in view: the cursor is usually there.
        let characters = Array(text)
        let cursor = min(field.editor.cursor, characters.count)
        var start = 0
        while DisplayWidth.of(String(characters[start..<cursor])) >= room { start += 1 }
        let visible = String(characters[start...])
        screen.putTruncated(visible, x: x, y: y, style: style, maxWidth: room)
        screen.cursor = Point(x: x + DisplayWidth.of(String(characters[start..<cursor])), y: y)
    }
}
