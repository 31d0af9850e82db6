import DebriefCore
import Foundation

/// How the app runs the coach's desk: the queue view's requests, and the brief beside a
/// session's questions (F2): opening it, its keys, ticking items off, reading similar deals.
extension DebriefApp {
    /// A key in the queue view; nil when the view does not use it (the app's keys then apply).
    static func queueKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard state.archive.queue.takes(key, keymap: state.keymap) else { return nil }
        let area = archiveArea(state)
        let rows = state.archive.queue.brief != nil ? BriefPaneView.visibleRows(ReviewQueueView.briefArea(area)) : ReviewQueueView.visibleRows(area)
        guard let request = state.archive.queue.handle(key, visibleRows: rows, keymap: state.keymap) else { return [] }
        return queueRequest(request, &state)
    }

    /// What the queue asked for, by key or by click.
    static func queueRequest(_ request: ReviewQueueRequest, _ state: inout AppState) -> [Effect] {
        switch request {
        case .openDeal(let id):
            guard let deal = state.data.deals.first(where: { $0.id == id }) else { return [] }
            return openSession(for: deal, &state)
        case .schedule(let dealID, let day):
            return scheduleReview(dealID: dealID, on: day, &state)
        case .tick(let reviewID, let itemID):
            return tickActionItem(reviewID: reviewID, itemID: itemID, &state)
        case .openReview(let id):
            if let text = reviewToRead(id, state) { state.archive.queue.brief?.read(title: text.title, markdown: text.markdown) }
            return []
        case .showBrief(let dealID):
            state.refreshArchivePart(.playbook)
            state.archive.queue.showBrief(dealID: dealID, playbook: state.archive.playbook.playbook)
            return []
        }
    }

    /// `s` in the queue: the deal's open review gets the date, or a new scheduled review is made.
    static func scheduleReview(dealID: String, on day: Day, _ state: inout AppState) -> [Effect] {
        guard let deal = state.data.deals.first(where: { $0.id == dealID }) else { return [] }
        do {
            let scheduled = try ReviewScheduling.schedule(deal: deal, on: day, reviews: state.data.reviews, questions: state.data.questions,
                                                          manager: state.manager, now: state.lastTick ?? Timestamp.now())
            let save = Effect.saveReview(scheduled.review, base: scheduled.base)
            state.unsaved.append(save)
            state.apply(.review(scheduled.review))
            state.notice = .init(.info, "Review of \(deal.hasAccount ? deal.account : deal.name) scheduled for \(day). "
                                 + "Invite: debrief export review \(scheduled.review.id) --format ics")
            return [save]
        } catch {
            state.notice = .init(.error, "Not scheduled: \(error)")
            return []
        }
    }

    /// Ticks an open action item off from a brief: the review it belongs to is saved through the
    /// merging saver, as the action items view does.
    static func tickActionItem(reviewID: String, itemID: String, _ state: inout AppState) -> [Effect] {
        guard let saved = state.data.reviews.first(where: { $0.id == reviewID }),
              let index = saved.actionItems.firstIndex(where: { $0.id == itemID }) else { return [] }
        var review = saved
        review.actionItems[index].setDone(true, on: state.board.today)
        let save = Effect.saveReview(review, base: saved)
        state.unsaved.append(save)
        state.apply(.review(review))
        return [save]
    }

    /// A similar deal's review as Markdown, for reading in the brief pane.
    static func reviewToRead(_ id: String, _ state: AppState) -> (title: String, markdown: String)? {
        guard let review = state.data.reviews.first(where: { $0.id == id }) else { return nil }
        let deal = state.data.deals.first { $0.id == review.dealId }
        let title = "\(deal.map { $0.hasAccount ? $0.account : $0.name } ?? review.dealId) (\(ReviewKind.of(review, deal: deal).label))"
        return (title, ReviewMarkdown.render(review, deal: deal))
    }

    /// Keys while a session is open: F2 opens the brief beside the questions; while it is open it
    /// takes its own keys and keeps the rest from reaching the hidden note (help still opens).
    static func sessionBriefKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard let session = state.session else { return nil }
        guard var pane = state.sessionBrief else {
            guard CoachKeys.opensBrief(key, keymap: state.keymap) else { return nil }
            // The queue view's desk and the playbook view's entries, brought up to date (the desk
            // takes the reviews saved since in place; the playbook is built if it lags).
            state.refreshArchivePart(.queue)
            state.refreshArchivePart(.playbook)
            guard let brief = state.archive.queue.desk.brief(dealID: session.review.dealId, playbook: state.archive.playbook.playbook) else {
                state.notice = .init(.warning, "No brief: the deal \(session.review.dealId) is not in the data.")
                return []
            }
            state.sessionBrief = BriefPane(brief: brief)
            return []
        }
        guard let action = BriefPane.keyTable.action(for: key, in: .brief, keymap: state.keymap) else {
            if state.keymap.binding(for: key, in: .global)?.action == "help" { return nil }
            return []
        }
        let request = pane.apply(action, visibleRows: BriefPaneView.visibleRows(sessionBriefArea(state)))
        state.sessionBrief = pane
        switch request {
        case .close?: state.sessionBrief = nil
        case .tick(let review, let item)?: return tickActionItem(reviewID: review, itemID: item, &state)
        case .openReview(let id)?:
            if let text = reviewToRead(id, state) { state.sessionBrief?.read(title: text.title, markdown: text.markdown) }
        case nil: break
        }
        return []
    }

    /// Where the brief goes in a session: over the question, prep and note panes, beside the questions.
    static func sessionBriefArea(_ state: AppState) -> Rect {
        guard let session = state.session else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let layout = SessionLayout(width: state.width, height: state.height, state: session)
        return Rect(x: layout.question.x, y: layout.question.y, width: layout.question.width,
                    height: max(0, layout.notes.maxY - layout.question.y))
    }
}
