import DebriefCore

/// The bottom of the screen: warnings (load problems, notices) and the status bar with the keys
/// that work here, generated from the keymap, drawn by the `StatusBar` widget.
enum StatusLine {
    static func render(_ state: AppState, into screen: inout Screen) {
        let theme = state.theme
        let bottom = screen.height - 1
        var warningRow = bottom - 1
        if let notice = state.notice {
            warning(" " + notice.text, row: warningRow, style: theme.style(notice.kind.role), into: &screen)
            warningRow -= 1
        }
        if let first = state.data.problems.first {
            let count = state.data.problems.count
            let more = count > 1 ? " (and \(count - 1) more; run debrief check)" : ""
            let text = " ! \(count == 1 ? "1 file" : "\(count) files") could not be read: \(first.path): \(first.reason)\(more)"
            warning(text, row: warningRow, style: theme.style(.statusWarning), into: &screen)
        }

        // The team sync status, when the data directory is shared through git, then the view's name.
        let pending = state.data.pendingConflictCount
        let syncLabel = state.sync.map { $0.label(pendingConflicts: pending) } ?? (pending > 0 ? SyncIndicator.conflictsLabel(pending) : nil)
        let right = (syncLabel.map { $0 + " │ " } ?? "") + state.view.title
        // A rename, merge or search under way shows how to finish it, not the keys it has taken over.
        StatusBar(mode: "", hints: state.keymap.hints(for: state.statusKeyContexts), message: right, styles: theme.widgetStyles, hintLayout: .plain)
            .render(into: &screen, area: Rect(x: 0, y: bottom, width: screen.width, height: 1))
    }

    /// A warning takes the whole row: a short one must not leave the end of what the view drew there.
    private static func warning(_ text: String, row: Int, style: Style, into screen: inout Screen) {
        screen.fill(Rect(x: 0, y: row, width: screen.width, height: 1), style: style)
        screen.putTruncated(text, x: 0, y: row, style: style, maxWidth: screen.width)
    }
}
