import DebriefCore

/// The bottom of the screen: warnings (load problems, notices) and the status bar with the keys
/// that work here, generated from the keymap.
enum StatusLine {
    static func render(_ state: AppState, into screen: inout Screen) {
        let theme = state.theme
        let bottom = screen.height - 1
        var warningRow = bottom - 1
        if let notice = state.notice {
            let role = notice.kind.role
            // The whole row: a short notice must not leave the end of what the view drew there.
            screen.fill(Rect(x: 0, y: warningRow, width: screen.width, height: 1), style: theme.style(role))
            screen.putTruncated(" " + notice.text, x: 0, y: warningRow, style: theme.style(role), maxWidth: screen.width)
            warningRow -= 1
        }
        if let first = state.data.problems.first {
            let count = state.data.problems.count
            let more = count > 1 ? " (and \(count - 1) more; run debrief check)" : ""
            let text = " ! \(count == 1 ? "1 file" : "\(count) files") could not be read: \(first.path): \(first.reason)\(more)"
            screen.fill(Rect(x: 0, y: warningRow, width: screen.width, height: 1), style: theme.style(.statusWarning))
            screen.putTruncated(text, x: 0, y: warningRow, style: theme.style(.statusWarning), maxWidth: screen.width)
        }

        let bar = theme.style(.statusBar)
        let keyStyle = theme.style(.statusBarKey)
        screen.fill(Rect(x: 0, y: bottom, width: screen.width, height: 1), style: bar)
        // The team sync status, when the data directory is shared through git.
        let pending = state.data.pendingConflictCount
        let syncLabel = state.sync.map { $0.label(pendingConflicts: pending) } ?? (pending > 0 ? SyncIndicator.conflictsLabel(pending) : nil)
        let right = (syncLabel.map { " " + $0 + " │" } ?? "") + " \(state.view.title) "
        let limit = screen.width - DisplayWidth.of(right) - 1
        var column = 1
        // A rename, merge or search under way shows how to finish it, not the keys it has taken over.
        for hint in state.keymap.hints(for: state.statusKeyContexts) {
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(hint.description) + 2
            guard column + needed <= limit else { break }
            column += screen.put(hint.keys, x: column, y: bottom, style: keyStyle)
            column += screen.put(" " + hint.description + "  ", x: column, y: bottom, style: bar)
        }
        screen.put(right, x: screen.width - DisplayWidth.of(right), y: bottom, style: bar)
    }
}
