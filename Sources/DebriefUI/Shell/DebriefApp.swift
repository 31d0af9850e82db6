import DebriefCore
import Foundation

/// The app in the Elm style: a pure `update` from messages to state changes plus effects, and a
/// `render` from state to a screen. Runners (the terminal, `debrief snapshot`, tests) drive both.
public enum DebriefApp {
    /// Applies one message. Never performs I/O: anything outside the state comes back as effects.
    public static func update(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        switch msg {
        case .key, .mouse, .paste:
            clearNoticeForKey(&state)
            state.quitQuestion = state.quitQuestion.nextKey()
        default: break
        }
        let effects = handle(msg, &state)
        takeComponentNotices(&state)
        // The view on screen never lags behind the data (a session or prep that covered it has closed).
        if state.session == nil, state.prep == nil { state.refreshArchiveIfStale() }
        // A search looks in every deal's folded text: once one is typed or shown, that text is
        // folded off the UI thread (once per load) and comes back as `.searchTextFolded`.
        guard !state.isQuitting, state.isSearching, let deals = state.board.takeSearchFoldRequest() else { return effects }
        return [.foldSearchText(deals)] + effects
    }

    private static func handle(_ msg: Msg, _ state: inout AppState) -> [Effect] {
        switch msg {
        case .key(let key):
            return route(key, &state)
        case .mouse(let event):
            return mouse(event, &state)
        case .paste(let text):
            return paste(text, &state)
        case .pasteCut(let kept, let dropped):
            state.notice = Notice(.warning, PasteCutNotice.text(keptBytes: kept, droppedBytes: dropped))
            return []
        case .resize(let width, let height):
            state.width = max(0, width)
            state.height = max(0, height)
            state.session?.resize(width: state.width, height: state.height)
            state.helpScroll = min(state.helpScroll, HelpPanel.maxScroll(state))
            return []
        case .tick(let date):
            state.lastTick = date
            ageNotice(&state, at: date)
            // Autosaves first: a sync started on the same tick then commits them.
            let syncEffects = retryUnsavedReviews(&state, at: date) + autoSync(&state, at: date)
            if var prep = state.prep {
                let requests = prep.tick(date)
                state.prep = prep
                return prepEffects(requests, &state) + syncEffects
            }
            guard var session = state.session else { return syncEffects }
            // Then a look at the review's file, after the autosave so it sees that save's answer first.
            let requests = session.tick(date) + session.lookAtFile(at: date)
            state.session = session
            return effects(for: requests, &state) + syncEffects
        case .loaded(let data):
            // Ctrl-R asked for it (a sync's reload says what it brought itself).
            if state.isLoading { state.notice = reloadedNotice(data) }
            // The queue takes only the reviews a reload changed (a sync or Ctrl-R brings a few).
            let reviewsChanged = state.staleArchive.contains(.queue) ? nil : AppState.reviewsChanged(from: state.data, to: data)
            state.data = data
            state.signalCatalog = nil
            state.board.load(deals: data.deals, reviewHeadlines: data.loadedReviews.headlines)
            state.archiveDataChanged(reviewsChangedAt: reviewsChanged)
            state.isLoading = false
            if case .dealDetail(let id) = state.overlay, !data.deals.contains(where: { $0.id == id }) { state.overlay = nil }
            conflictsReloaded(&state)
            return []
        case .editorFinished(let text):
            if var prep = state.prep {
                let requests = prep.editorFinished(text)
                state.prep = prep
                return prepEffects(requests, &state)
            }
            guard var session = state.session else { return [] }
            let requests = session.editorFinished(text)
            state.session = session
            return effects(for: requests, &state)
        case .reviewSaved(let outcome):
            // Saves answer off the UI thread: the session open now may not be the one that saved.
            if state.session?.review.id == outcome.saved.id { state.session?.saveFinished(outcome) }
            state.prep?.saveFinished(outcome)
            state.unsaved.removeAll { $0.recordKey == .review(id: outcome.saved.id) }
            state.failedSaves[.review(id: outcome.saved.id)] = nil
            state.apply(.review(outcome.saved))
            return []
        case .reviewSaveFailed(let reviewID, let failure):
            state.failedSaves[.review(id: reviewID)] = failure.message
            defer { keepQuitQuestionOnScreen(&state) }
            if state.session?.review.id == reviewID {
                state.session?.saveFailed(failure.message)
            } else if state.prep?.hasReview(id: reviewID) == true {
                state.prep?.saveFailed(reviewID: reviewID, message: failure.message)
            } else {
                let retried = state.unsaved.contains { $0.recordKey == .review(id: reviewID) }
                state.notice = .init(.error, "Review not saved: \(failure.message)" + (retried ? " (trying again every few seconds; the text is kept)" : ""))
            }
            return []
        case .playbookSaved(let curation):
            return playbookSaved(curation, &state)
        case .playbookSaveFailed(let failure):
            return playbookSaveFailed(failure.message, &state)
        case .reviewFileLooked(let reviewID, let look):
            // Looks answer off the UI thread: the session open now may not be the one that asked.
            guard var session = state.session, session.review.id == reviewID else { return [] }
            let requests = session.fileLooked(look)
            state.session = session
            return effects(for: requests, &state)
        case .info(let message):
            state.notice = .init(.info, message)
            return []
        case .saved(let saved):
            state.unsaved.removeAll { $0.recordKey == saved.recordKey }
            state.failedSaves[saved.recordKey] = nil
            state.apply(saved)
            dealFormSaved(saved, &state)
            return []
        case .saveFailed(let request, let failure):
            // A deal's failure stays in its open form; a review's text is the app's to keep.
            if case .review = request { state.failedSaves[request.recordKey] = failure.message }
            if !dealFormSaveFailed(request, failure, &state) { state.notice = .init(.error, failure.message) }
            return []
        case .syncFinished(let result):
            return syncFinished(result, &state)
        case .searchTextFolded(let text):
            state.board.searchTextFolded(text)
            return []
        case .conflictResolved(let result):
            return conflictResolved(result, &state)
        case .conflictRefused(let failure):
            return conflictRefused(failure.message, &state)
        case .effectFailed(let failure):
            state.notice = .init(.error, failure.message)
            return []
        }
    }

    static func perform(_ action: Action, on state: inout AppState) -> [Effect] {
        switch action {
        case .quit:
            if let ask = askBeforeQuitting(&state) { return ask }
            state.isQuitting = true
            // Nothing typed is ever lost: pending saves go out before the quit.
            let sessionSaves = closeSessionForQuit(&state) + closePrepForQuit(&state)
            return state.unsaved + sessionSaves + [.quit]
        case .back:
            if state.overlay != nil {
                state.overlay = nil
                return []
            }
            return perform(.quit, on: &state)
        case .toggleHelp:
            state.overlay = state.overlay == .help ? nil : .help
            state.helpScroll = 0
            return []
        case .closeOverlay:
            // Esc on a search being typed puts back the search that was there before.
            if case .search(let field) = state.overlay { state.board.setSearch(field.previous) }
            state.overlay = nil
            return []
        case .showView(let view):
            state.view = view
            state.overlay = nil
            return []
        case .confirm:
            if case .picker(let picker) = state.overlay {
                switch picker.kind {
                case .rep: state.board.setRep(picker.chosen)
                case .segment: state.board.setSegment(picker.chosen)
                case .competitor: state.board.setCompetitor(picker.chosen)
                }
            }
            state.overlay = nil
            return []
        case .board(let action):
            state.board.apply(action, visibleRows: BoardScreen.visibleRows(state))
            return []
        case .openDeal:
            guard let deal = state.board.selectedDeal else { return [] }
            return openSession(for: deal, &state)
        case .showDeal:
            if let deal = state.board.selectedDeal { state.overlay = .dealDetail(dealID: deal.id) }
            return []
        case .restoreRecovered:
            guard let offer = state.recoveryOffers.first else { return [] }
            state.recoveryOffers.removeFirst()
            let now = state.lastTick ?? Timestamp.now()
            // A review typed into but killed before its first save exists only in the journal: recreate it.
            let saved = state.data.reviews.first { $0.id == offer.reviewID }
            // The journal names the deal, so a review never saved is recreated for the right deal.
            let deal = offer.dealID.flatMap { id in state.data.deals.first { $0.id == id } }
            var fresh = deal.flatMap { try? ReviewStarter.newReview(for: $0, existing: state.data.reviews, questions: state.data.questions, manager: state.manager, now: now) }
            fresh?.id = offer.reviewID
            guard let review = saved ?? fresh else {
                state.notice = .init(.warning, "The review \(offer.reviewID) and its deal are gone; the recovered text stays in \(offer.journalFile.path)")
                return []
            }
            let restored = offer.restored(into: review, at: now)
            let account = state.data.deals.first { $0.id == review.dealId }.map { " (\($0.account))" } ?? ""
            state.notice = .init(.info, "Restored the text typed in \(offer.reviewID)\(account); saving it. Its review shows it.")
            // The journal entries go once the save covers them. A failed save is retried like any
            // review saved after its session closed, and quitting before it goes through asks.
            let save = Effect.saveReview(restored, base: saved)
            state.unsaved.removeAll { $0.recordKey == save.recordKey }
            state.unsaved.append(save)
            return [save]
        case .discardRecovered:
            guard let offer = state.recoveryOffers.first else { return [] }
            state.recoveryOffers.removeFirst()
            state.notice = .init(.info, "Threw away the recovered text of \(offer.reviewID); the review is as it was saved.")
            return [.discardJournal(reviewID: offer.reviewID)]
        case .newDeal:
            state.overlay = .dealForm(DealForm(editing: nil, today: state.board.today))
            return []
        case .editDeal:
            guard let deal = state.board.selectedDeal else {
                state.notice = .init(.info, noDealToEdit(state.board))
                return []
            }
            state.overlay = .dealForm(DealForm(editing: deal, today: state.board.today))
            return []
        case .syncNow:
            return startSync(&state, at: state.lastTick)
        case .openConflicts:
            return openConflicts(&state)
        case .chooseConflict(let choice):
            guard case .conflicts(let chooser) = state.overlay else { return [] }
            return chooseConflict(choice, chooser, &state)
        case .startSearch:
            state.overlay = .search(SearchField(previous: state.board.filter.search))
            return []
        case .pick(let kind):
            let index = state.board.index
            let filter = state.board.filter
            state.overlay = switch kind {
            case .rep: .picker(FilterPicker(kind: kind, values: index.reps, current: filter.rep))
            case .segment: .picker(FilterPicker(kind: kind, values: index.segments, current: filter.segment))
            case .competitor: .picker(FilterPicker(kind: kind, values: index.competitors, current: filter.competitor))
            }
            return []
        case .reload:
            // Over a session, Ctrl-R reads the open review's file at once (and the rest quietly).
            if var session = state.session {
                let requests = session.lookAtFile(at: state.lastTick ?? Timestamp.now(), force: true)
                state.session = session
                return effects(for: requests, &state) + [.load]
            }
            state.isLoading = true
            state.notice = nil
            return [.load]
        case .scrollDown, .scrollUp:
            let delta = action == .scrollDown ? 1 : -1
            if case .picker(var picker) = state.overlay {
                picker.selection.select((picker.selection.selected ?? 0) + delta, count: picker.items.count)
                state.overlay = .picker(picker)
            } else if case .conflicts(let chooser) = state.overlay {
                moveConflictSelection(chooser, by: delta, &state)
            } else {
                scrollHelp(&state, by: delta)
            }
        case .pageDown: scrollHelp(&state, by: max(1, HelpPanel.visibleRows(state) - 1))
        case .pageUp: scrollHelp(&state, by: -max(1, HelpPanel.visibleRows(state) - 1))
        case .scrollToTop: scrollHelp(&state, by: -state.helpScroll)
        case .scrollToBottom: scrollHelp(&state, by: HelpPanel.maxScroll(state))
        }
        return []
    }

    /// Why `e` opened nothing: the focused column shows no deal.
    static func noDealToEdit(_ board: BoardState) -> String {
        let column = board.focus == .won ? "WON" : "LOST"
        let why = board.index.deals.isEmpty ? "there are no deals yet" : "the \(column) column shows none here"
        return "No deal to edit: \(why). a adds a deal" + (board.filter.isNarrowed ? ", x clears the filters." : ".")
    }

    /// What Ctrl-R found on disk.
    static func reloadedNotice(_ data: AppData) -> Notice {
        let deals = data.deals.count, reviews = data.loadedReviews.headlines.count
        let text = "Reloaded from disk: \(deals) deal\(deals == 1 ? "" : "s"), \(reviews) review\(reviews == 1 ? "" : "s")."
        return data.problems.isEmpty ? .init(.info, text) : .init(.warning, text + " Some files could not be read (below).")
    }

    private static func scrollHelp(_ state: inout AppState, by delta: Int) {
        state.helpScroll = min(max(0, state.helpScroll + delta), HelpPanel.maxScroll(state))
    }

    /// Draws the whole app for the state's size.
    public static func render(_ state: AppState, into screen: inout Screen) {
        if screen.width != state.width || screen.height != state.height {
            screen = Screen(width: state.width, height: state.height)
        }
        let background = state.theme.style(.background)
        screen.fill(screen.bounds, style: background)
        if state.isTooSmall {
            TooSmallMessage.render(state, into: &screen)
            return
        }
        if let prep = state.prep {
            PrepView.render(prep, theme: state.theme, keymap: state.keymap, notice: state.notice, into: &screen, area: Rect(x: 0, y: 0, width: state.width, height: state.height))
            // A rep's prep text typed before a crash is offered back in prep too, before anything else.
            if state.overlay == .recovery, let offer = state.recoveryOffers.first {
                RecoveryPopup.render(offer, remaining: state.recoveryOffers.count, state: state, into: &screen)
            }
            return
        }
        if let session = state.session {
            SessionView.render(session, theme: state.theme, keymap: state.keymap, notice: state.notice, into: &screen, area: Rect(x: 0, y: 0, width: state.width, height: state.height))
            if let brief = state.sessionBrief { BriefPaneView.render(brief, theme: state.theme, into: &screen, area: sessionBriefArea(state)) }
            if state.overlay == .help { HelpPanel.render(state, into: &screen) }
            return
        }
        TitleBar.render(state, into: &screen)
        switch state.view {
        case .board: BoardScreen.render(state, into: &screen)
        default: renderArchive(state, into: &screen)
        }
        StatusLine.render(state, into: &screen)
        switch state.overlay {
        case .help: HelpPanel.render(state, into: &screen)
        case .dealDetail(let id):
            if let deal = state.board.index.deals.first(where: { $0.id == id }) {
                DealDetailPopup.render(deal, reviews: state.data.reviews.filter { $0.dealId == id }, theme: state.theme, into: &screen, area: frameArea(state))
            }
        case .picker(let picker): FilterPickerPopup.render(picker, theme: state.theme, into: &screen)
        case .search(let field): BoardScreen.renderSearchField(field, state: state, into: &screen)
        case .recovery:
            if let offer = state.recoveryOffers.first { RecoveryPopup.render(offer, remaining: state.recoveryOffers.count, state: state, into: &screen) }
        case .conflicts(let chooser): ConflictChooserPopup.render(chooser, conflicts: state.data.conflicts, theme: state.theme, into: &screen, area: frameArea(state))
        case .dealForm(let form):
            FormView(form: form.form, styles: state.theme.widgetStyles)
                .render(into: &screen, area: Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2)))
        case nil: break
        }
    }

    /// The app's frame between the title line and the status line, where views and popups go.
    static func frameArea(_ state: AppState) -> Rect {
        Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2))
    }

    /// Convenience for snapshots and tests: a fresh screen of the state's size.
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        render(state, into: &screen)
        return screen
    }
}
