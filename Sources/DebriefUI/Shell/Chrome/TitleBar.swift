import DebriefCore

/// The top row: the app's name, the view, and where the data comes from.
enum TitleBar {
    static func render(_ state: AppState, into screen: inout Screen) {
        let theme = state.theme
        var column = screen.put(" Debrief ", x: 0, y: 0, style: theme.style(.title))
        column += screen.put("· \(state.view.title)", x: column, y: 0, style: theme.style(.text))
        let label = state.dataLabel
        let room = screen.width - column - 3
        guard room > 8 else { return }
        // Keep the end of a long path: the folder name is the informative part.
        var shown = label
        while DisplayWidth.of(shown) > room - 1, !shown.isEmpty { shown.removeFirst() }
        if shown != label { shown = "…" + shown }
        screen.put(shown, x: screen.width - DisplayWidth.of(shown) - 1, y: 0, style: theme.style(.textMuted))
    }
}
