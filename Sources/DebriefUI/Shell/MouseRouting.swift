import DebriefCore

/// What a click or a wheel step does, found from what is drawn where it happened (pure, like keys).
/// A click selects the deal, question or list row under it, or focuses the board column, a click
/// on the queue's selected deal reviews it (as Enter), and a click in a note (the session's, a prep
/// answer) starts typing it; the wheel moves what it is over as
/// ↓/↑ would, a few rows a step, and scrolls the session's note. Neither does anything while text is
/// typed (a field, a note, a form), so the mouse never changes what is being written.
extension DebriefApp {
    /// Rows one wheel step moves.
    static let wheelRows = 3

    static func mouse(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard !state.isTooSmall, !state.isQuitting, !isTyping(state) else { return [] }
        switch event.kind {
        case .wheelUp, .wheelDown: return wheel(event, &state)
        case .click: return click(event, &state)
        }
    }

    /// Whether keys are text now: the mouse then leaves everything as it is.
    static func isTyping(_ state: AppState) -> Bool {
        if let prep = state.prep { return prep.isEditing }
        if let session = state.session { return session.isEditing || session.overlay != nil }
        switch state.overlay {
        case .search?, .dealForm?: return true
        default: break
        }
        let context = state.archive.keyContext(for: state.view)
        return context == .reviewsSearch || context == .playbookRename
    }

    private static func wheel(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        // Over the session's notes pane, the note scrolls (the question stays).
        if var session = state.session, state.overlay == nil, state.sessionBrief == nil, session.notesPaneContains(x: event.x, y: event.y) {
            session.scrollNotes(by: event.kind == .wheelUp ? -wheelRows : wheelRows)
            state.session = session
            return []
        }
        // Over a board column, that column scrolls.
        if state.prep == nil, state.session == nil, state.overlay == nil, state.view == .board,
           let hit = BoardView.hit(state.board, area: BoardScreen.area(state), x: event.x, y: event.y) {
            switch hit {
            case .column(let column), .row(let column, _): state.board.focus = column
            }
        }
        let key: Key = event.kind == .wheelUp ? .up : .down
        var effects: [Effect] = []
        for _ in 0..<wheelRows { effects += route(key, &state) }
        return effects
    }

    private static func click(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        if var prep = state.prep {
            guard state.overlay == nil, let hit = PrepLayout(prep, area: Rect(x: 0, y: 0, width: state.width, height: state.height))
                .hit(x: event.x, y: event.y, prep) else { return [] }
            let requests = prep.click(hit)
            state.prep = prep
            return prepEffects(requests, &state)
        }
        if state.session != nil { return clickQuestion(event, &state) + clickNotes(event, &state) }
        guard state.overlay == nil else { return [] }
        switch state.view {
        case .board:
            switch BoardView.hit(state.board, area: BoardScreen.area(state), x: event.x, y: event.y) {
            case .row(let column, let row)?: state.board.select(row: row, in: column)
            case .column(let column)?: state.board.focus = column
            case nil: break
            }
        case .reviews:
            guard let row = ReviewsBrowserView.listHit(state.archive.reviews, area: archiveArea(state))?.row(x: event.x, y: event.y) else { break }
            state.archive.reviews.selection.select(row, count: state.archive.reviews.shown.count)
        case .actions:
            guard let row = ActionItemsView.listHit(state.archive.actions, area: archiveArea(state))?.row(x: event.x, y: event.y) else { break }
            state.archive.actions.selection.select(row, count: state.archive.actions.items.count)
        case .playbook:
            guard let row = PlaybookView.listHit(state.archive.playbook, area: archiveArea(state))?.row(x: event.x, y: event.y) else { break }
            state.archive.playbook.select(row: row)
        case .queue:
            guard let row = ReviewQueueView.listHit(state.archive.queue, area: archiveArea(state))?.row(x: event.x, y: event.y),
                  let request = state.archive.queue.click(row: row) else { break }
            return queueRequest(request, &state)
        case .patterns:
            break
        }
        return []
    }

    /// A click in the session's notes pane starts typing the note, as Enter does.
    private static func clickNotes(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard var session = state.session, state.overlay == nil, state.sessionBrief == nil, session.overlay == nil,
              session.keyContext == .session, session.notesPaneContains(x: event.x, y: event.y) else { return [] }
        // A review open read-only refuses it as it refuses Enter.
        if let refusal = readOnlyRefusal(.enter, session, state) {
            state.notice = .init(.info, refusal)
            return []
        }
        let requests = session.perform(.startTyping)
        state.session = session
        return effects(for: requests, &state)
    }

    /// A click on a question in the session's list moves there as ↓/↑ would (the note of the
    /// question left is saved on the way, as with the keys).
    private static func clickQuestion(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
        guard let session = state.session, state.overlay == nil, session.keyContext == .session else { return [] }
        let list = SessionLayout(width: state.width, height: state.height, state: session).questionList
        guard list.contains(x: event.x, y: event.y) else { return [] }
        let rows = QuestionListRow.rows(for: session.review.answers)
        let index = min(session.listOffset, max(0, rows.count - list.height)) + event.y - list.y
        guard rows.indices.contains(index), case .question(let target) = rows[index] else { return [] }
        let key: Key = target > session.selected ? .down : .up
        var effects: [Effect] = []
        for _ in 0..<abs(target - session.selected) { effects += route(key, &state) }
        return effects
    }
}
