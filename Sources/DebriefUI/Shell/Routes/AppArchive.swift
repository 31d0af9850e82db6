import DebriefCore
import Foundation

/// How the app runs the archive views: keys in, requests out as effects.
extension DebriefApp {
    static func archiveArea(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2))
    }

    /// A key in one of the archive views. Returns nil when the view does not use it (global keys then apply).
    static func archiveKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        let rows = max(1, archiveArea(state).height - 4)
        let request: ArchiveRequest?
        switch state.view {
        case .board:
            return nil
        case .queue:
            return queueKey(key, &state)
        case .reviews:
            guard state.archive.reviews.takes(key, keymap: state.keymap) else { return nil }
            request = state.archive.reviews.handle(key, visibleRows: rows, keymap: state.keymap)
        case .actions:
            guard ActionItemsState.keyTable.action(for: key, in: .actionItems, keymap: state.keymap) != nil else { return nil }
            request = state.archive.actions.handle(key, visibleRows: rows, keymap: state.keymap, now: state.lastTick ?? Timestamp.now())
        case .playbook:
            guard state.archive.playbook.takes(key, keymap: state.keymap) else { return nil }
            request = state.archive.playbook.handle(key, visibleRows: rows, keymap: state.keymap)
        case .patterns:
            guard let action = PatternsViewState.keyTable.action(for: key, in: .patterns, keymap: state.keymap) else { return nil }
            state.archive.patterns.apply(action, area: archiveArea(state))
            request = nil
        }
        guard let request else { return [] }
        switch request {
        case .saveReview(let review):
            // Through the merging saver, as the session saves: a review changed elsewhere is merged, never refused.
            let base = state.data.reviews.first { $0.id == review.id }
            let save = Effect.saveReview(review, base: base)
            state.unsaved.append(save)
            state.apply(.review(review))
            return [save]
        case .savePlaybookCuration(let curation):
            // The view shows the change already; `state.data.curation` stays what is on disk until the save says so.
            return [.savePlaybook(curation)]
        case .openReview(let id, let editing):
            guard let review = state.data.reviews.first(where: { $0.id == id }) else { return [] }
            let deal = state.data.deals.first { $0.id == review.dealId }
            var session = SessionState(review: review, deal: deal, saved: review, sessionTag: state.sessionTag,
                                       now: state.lastTick ?? Timestamp.now())
            session.resize(width: state.width, height: state.height)
            session.teamSignals = teamSignals(besides: review.id, &state)
            // Read-only opens on the summary; editing on the questions. q comes back here either way.
            if !editing {
                session.isReadOnly = true
                _ = session.perform(.showSummary)
                session.notice = .init(.warning, readOnlyNotice)  // stays until a key, as a warning does
            }
            state.archive.readOnlyReviewID = editing ? nil : review.id
            state.session = session
            return []
        }
    }

    /// `playbook.json` was written: it is now what is on disk, and the next change starts from its revision.
    static func playbookSaved(_ saved: PlaybookCuration, _ state: inout AppState) -> [Effect] {
        state.data.curation = saved
        state.archive.playbook.saveFinished(saved)
        return []
    }

    /// `playbook.json` was not written: the view goes back to what is on disk, so it never shows an
    /// unsaved merge or rename as done, and the notice says why.
    static func playbookSaveFailed(_ message: String, _ state: inout AppState) -> [Effect] {
        state.archive.playbook.load(reviews: state.data.reviews, deals: state.data.deals, curation: state.data.curation)
        state.notice = .init(.error, "Playbook change undone, not saved (Ctrl-R reloads): \(message)")
        return []
    }

    static func renderArchive(_ state: AppState, into screen: inout Screen) {
        let area = archiveArea(state)
        switch state.view {
        case .board: break
        case .reviews: ReviewsBrowserView.render(state.archive.reviews, theme: state.theme, into: &screen, area: area)
        case .actions: ActionItemsView.render(state.archive.actions, theme: state.theme, into: &screen, area: area)
        case .playbook: PlaybookView.render(state.archive.playbook, theme: state.theme, into: &screen, area: area)
        case .patterns: PatternsView.render(state.archive.patterns, theme: state.theme, into: &screen, area: area)
        case .queue: ReviewQueueView.render(state.archive.queue, theme: state.theme, into: &screen, area: area)
        }
    }
}
