import DebriefCore
import Foundation

/// How the app runs a review session: opening one from the board, passing keys and ticks to it,
/// and turning its requests into effects.
extension DebriefApp {
    /// Enter on a deal: resume its open review; a deal whose reviews are all completed opens the
    /// latest one on its summary (where `n` starts another); a deal never reviewed starts a new
    /// review of the right kind, written only once something is typed.
    static func openSession(for deal: Deal, _ state: inout AppState) -> [Effect] {
        let reviews = state.data.reviews
        if ReviewStarter.openReview(for: deal.id, in: reviews) == nil,
           let completed = reviews.filter({ $0.dealId == deal.id && $0.status == .completed })
               .max(by: { ($0.heldAt, $0.id) < ($1.heldAt, $1.id) }) {
            var session = SessionState(review: completed, deal: deal, saved: completed, sessionTag: state.sessionTag,
                                       now: state.lastTick ?? Timestamp.now())
            session.resize(width: state.width, height: state.height)
            session.teamSignals = teamSignals(besides: completed.id, &state)
            _ = session.perform(.showSummary)
            state.session = session
            return []
        }
        return startOrResumeSession(for: deal, &state)
    }

    /// `n` in a completed review's summary: that review is closed and the deal's next one opens.
    static func startNewReview(_ state: inout AppState) -> [Effect] {
        guard let finished = state.session?.review else { return [] }
        closeSession(&state)
        guard let deal = state.data.deals.first(where: { $0.id == finished.dealId }) else {
            state.notice = .init(.error, "The deal \(finished.dealId) of this review is gone, so no new review can start.")
            return []
        }
        return startOrResumeSession(for: deal, &state)
    }

    private static func startOrResumeSession(for deal: Deal, _ state: inout AppState) -> [Effect] {
        let now = state.lastTick ?? Timestamp.now()
        let started: (review: Review, isNew: Bool)
        do {
            started = try ReviewStarter.startOrResume(deal: deal, reviews: state.data.reviews, questions: state.data.questions,
                                                      manager: state.manager, now: now)
        } catch {
            state.notice = .init(.error, error.description)
            return []
        }
        // A review whose save has not gone through yet (the disk was full when its session closed)
        // reopens measured against what is on disk, never as saved; its retry waits while it is open.
        var saved = started.isNew ? nil : started.review
        if let pending = state.unsaved.first(where: { $0.recordKey == .review(id: started.review.id) }),
           case .saveReview(_, let base) = pending {
            saved = base
        }
        var session = SessionState(review: started.review, deal: deal, saved: saved, sessionTag: state.sessionTag, now: now)
        session.resize(width: state.width, height: state.height)
        session.teamSignals = teamSignals(besides: started.review.id, &state)
        state.session = session
        return []
    }

    /// The signals of every review but the one being opened (the session adds its own as they
    /// change), from the catalog built once per load (`AppState.signalCatalog`).
    static func teamSignals(besides reviewID: String, _ state: inout AppState) -> SignalCatalog {
        let catalog = state.signalCatalog ?? SignalCatalog(reviews: state.data.reviews)
        state.signalCatalog = catalog
        guard let own = state.data.reviews.first(where: { $0.id == reviewID }) else { return catalog }
        return catalog.removing(own)
    }

    /// A key while a session is open; nil when the session leaves it to the app (`?` for help,
    /// unless a note is being typed). A review open read-only refuses the keys that change it.
    static func sessionKey(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var session = state.session, session.takes(key, keymap: state.keymap) else { return nil }
        if let refusal = readOnlyRefusal(key, session, state) {
            session.notice = .init(.info, refusal)
            state.session = session
            return []
        }
        // The state lets go of its copy first, so the editor changes the only one in place (a copy
        // kept here would make every key copy a long note).
        state.session = nil
        let requests = session.handle(key, at: state.lastTick ?? Timestamp.now(), keymap: state.keymap)
        state.session = session
        let effects = effects(for: requests, &state)
        if state.session == nil { state.archive.readOnlyReviewID = nil }
        return effects
    }

    /// Session requests as effects; `.back` closes the session after its saves.
    static func effects(for requests: [SessionRequest], _ state: inout AppState) -> [Effect] {
        effects(for: requests, &state) { state in
            closeSession(&state)
            state.overlay = nil
            return []
        }
    }

    /// Closes the session. Its review joins the app's data (the board, the archive) unless it is a
    /// new review left untouched, which was never written.
    static func closeSession(_ state: inout AppState) {
        guard let session = state.session else { return }
        state.session = nil
        state.sessionBrief = nil
        if session.saved != nil || session.hasUnsavedChanges { state.apply(.review(session.review)) }
        // What is not on disk yet stays the app's to save: retried on later ticks until it is.
        if session.hasUnsavedChanges {
            state.unsaved.removeAll { $0.recordKey == .review(id: session.review.id) }
            state.unsaved.append(.saveReview(session.review, base: session.saved))
        }
    }

    /// Reviews whose save failed after their session closed, tried again every few seconds.
    static func retryUnsavedReviews(_ state: inout AppState, at now: Date) -> [Effect] {
        let open = state.session?.review.id
        let pending = state.unsaved.filter { effect in
            if case .saveReview(let review, _) = effect { return review.id != open }
            return false
        }
        guard !pending.isEmpty, now.timeIntervalSince(state.lastUnsavedRetry ?? .distantPast) >= unsavedRetryInterval else { return [] }
        state.lastUnsavedRetry = now
        return pending
    }

    static let unsavedRetryInterval: TimeInterval = 5

    /// Requests from the session or prep views as effects; what `.back` means is up to the caller.
    static func effects(for requests: [SessionRequest], _ state: inout AppState, back: (inout AppState) -> [Effect]) -> [Effect] {
        var effects: [Effect] = []
        for request in requests {
            switch request {
            case .save(let review, let base): effects.append(.saveReview(review, base: base))
            case .journal(let edit): effects.append(.journal(edit))
            case .openEditor(let text): effects.append(.openEditor(text: text))
            case .exportMarkdown(let reviewID, let path): effects.append(.exportMarkdown(reviewID: reviewID, path: path))
            case .startNewReview: effects += startNewReview(&state)
            case .back: effects += back(&state)
            case .lookAtFile(let reviewID, let since): effects.append(.lookAtReviewFile(reviewID: reviewID, since: since))
            }
        }
        return effects
    }

    /// Quitting with a session open: everything typed is saved first.
    static func closeSessionForQuit(_ state: inout AppState) -> [Effect] {
        guard var session = state.session else { return [] }
        let requests = session.perform(.back)
        state.session = session
        return effects(for: requests, &state)
    }
}
