import DebriefCore
import Foundation

/// The session's behaviour: keys and named actions in, state changes and requests out. Pure.
extension SessionState {
    /// Which keys apply now: the summary's, a note's being typed, or the questions'.
    public var keyContext: KeyContext {
        if screen == .summary { return .summary }
        return isEditing ? .note : .session
    }

    static let openReviewNotice = "This review is still open: finish it (Alt-F) before starting another."

    /// The action `key` means on the session's screen now; nil while a form or dialog is open
    /// (they take every key) or when the key is not bound here.
    public func action(for key: Key, keymap: Keymap = SessionState.defaultKeymap) -> SessionAction? {
        guard overlay == nil else { return nil }
        return SessionKeys.commands.action(for: key, in: keyContext, keymap: keymap)
    }

    /// Whether the session takes `key`: an open form or dialog and a note being typed take every
    /// key; the questions screen its bound ones and every printable key (typed into the note);
    /// the summary only its bound ones (the rest go to the app: `?` for help).
    public func takes(_ key: Key, keymap: Keymap = SessionState.defaultKeymap) -> Bool {
        // Help's function key (F1) works while a note is typed: it is never text.
        if overlay == nil, isEditing, case .function = key, keymap.binding(for: key, in: .global)?.action == "help" { return false }
        return overlay != nil || isEditing || action(for: key, keymap: keymap) != nil || typesThrough(key, keymap: keymap)
    }

    /// Whether `key` starts typing into the selected question's note: on the questions screen a
    /// printable key is text, never a command (#17: a manager who starts typing without Enter
    /// must not skip, leave or open forms), so it goes into the note as if Enter came first.
    public func typesThrough(_ key: Key, keymap: Keymap = SessionState.defaultKeymap) -> Bool {
        guard case .char = key, overlay == nil, !isEditing, screen == .questions, currentAnswer != nil else { return false }
        return action(for: key, keymap: keymap) == nil
    }

    /// Handles one key at `now`. Forms and the finish dialog take keys first; while typing, keys
    /// go to the note editor except those bound in the `note` context (Esc, Tab, Ctrl-E).
    public mutating func handle(_ key: Key, at now: Date, keymap: Keymap = SessionState.defaultKeymap) -> [SessionRequest] {
        runClock(to: now)
        defer { runClock(to: now) }  // a first note starts the clock, finishing stops it
        self.now = now
        // A notice is for the moment it appears: the next key clears it (a key may set a new one).
        notice = nil
        historyKeys = (Self.keyLabel("undo", keymap: keymap) ?? "undo", Self.keyLabel("redo", keymap: keymap) ?? "redo")
        switch overlay {
        case .form(var state)?:
            if var completion = state.signals {
                let outcome = completion.handle(key, &state.form, keymap: keymap)
                state.signals = completion
                switch outcome {
                case .handled:
                    overlay = .form(state)
                    return []
                case .submit:
                    return submit(&state)
                case .pass:
                    break
                }
            }
            switch state.form.handle(key, keymap: keymap) {
            case .editing:
                if var completion = state.signals {
                    completion.refresh(&state.form)
                    state.signals = completion
                }
                overlay = .form(state)
                return []
            case .cancel:
                overlay = nil
                return []
            case .submit:
                return submit(&state)
            }
        case .exportPath(var form)?:
            switch form.handle(key, keymap: keymap) {
            case .editing:
                overlay = .exportPath(form)
                return []
            case .cancel:
                overlay = nil
                return []
            case .submit:
                guard let path = ExportPrompt.path(from: &form) else {
                    overlay = .exportPath(form)
                    return []
                }
                overlay = nil
                notice = .init(.info, "Exporting \(review.id) as Markdown…")
                return saveIfNeeded(force: true) + [.exportMarkdown(reviewID: review.id, path: path)]
            }
        case .confirmFinish?:
            guard let action = SessionKeys.commands.action(for: key, in: .finish, keymap: keymap) else { return [] }
            return perform(action)
        case nil:
            break
        }
        if let action = action(for: key, keymap: keymap) { return perform(action) }
        if typesThrough(key, keymap: keymap) { _ = perform(.startTyping) }
        guard isEditing, let command = TextEditor.Command(key: key, multiLine: true) else { return [] }
        editor.apply(command)
        return setCurrentNotes(editor.text)
    }

    /// Whether `key` is only text in the note being typed now (no command here binds it).
    func takesText(_ key: Key, keymap: Keymap = SessionState.defaultKeymap) -> Bool {
        guard case .char = key, overlay == nil, isEditing, screen == .questions else { return false }
        return action(for: key, keymap: keymap) == nil
    }

    /// Text typed or pasted as one run (`Msg.paste`) at `now`: one edit of the selected question's
    /// note, as typing it key by key would make, line breaks and tabs kept. On the questions screen
    /// it starts typing first, as a printable key does.
    public mutating func type(_ text: String, at now: Date, keymap: Keymap = SessionState.defaultKeymap) -> [SessionRequest] {
        runClock(to: now)
        defer { runClock(to: now) }
        self.now = now
        notice = nil
        if !isEditing, let first = text.first, typesThrough(.char(first), keymap: keymap) { _ = perform(.startTyping) }
        guard isEditing, overlay == nil, currentAnswer != nil else { return [] }
        editor.apply(.insert(text))
        return setCurrentNotes(editor.text)
    }

    /// Applies a named action (keys map to these; the app may also call them directly).
    public mutating func perform(_ action: SessionAction) -> [SessionRequest] {
        switch action {
        case .nextQuestion: return move(to: selected + 1)
        case .previousQuestion: return move(to: selected - 1)
        case .firstQuestion: return move(to: 0)
        case .lastQuestion: return move(to: review.answers.count - 1)
        case .pageDown: return move(to: selected + max(1, pageSize))
        case .pageUp: return move(to: selected - max(1, pageSize))
        case .startTyping:
            guard currentAnswer != nil else { return [] }
            pane = .notes
            isEditing = true
            editor.moveCursor(to: editor.characterCount)
            return []
        case .stopTyping:
            isEditing = false
            return saveIfNeeded()
        case .switchPane:
            isEditing = false
            pane = pane == .questions ? .notes : .questions
            return saveIfNeeded()
        case .openExternalEditor:
            guard currentAnswer != nil else { return [] }
            isEditing = false
            return saveIfNeeded() + [.openEditor(text: editor.text)]
        case .toggleInsight:
            guard let answer = currentAnswer else { return [] }
            return record(.setInsight(questionID: answer.questionId, !answer.insight))
        case .toggleSkip:
            guard let answer = currentAnswer else { return [] }
            return record(.setSkipped(questionID: answer.questionId, !answer.skipped)) + (answer.skipped ? [] : move(to: selected + 1))
        case .openForm(let kind):
            isEditing = false
            overlay = .form(withSignalCompletion(ReviewForms.new(kind, for: review)))
            return []
        case .finish:
            isEditing = false
            overlay = .confirmFinish
            return []
        case .confirmFinish:
            overlay = nil
            review.finish(at: now)
            draft.lastEdit = now
            screen = .summary
            summaryOffset = 0
            return saveIfNeeded()
        case .cancelFinish:
            overlay = nil
            return []
        case .finishHighlighted:
            let open = openQuestionCount
            guard open > 0 else { return perform(.confirmFinish) }
            overlay = nil
            notice = .init(.info, "Not finished: \(open) question\(open == 1 ? "" : "s") open · Alt-F y finishes anyway")
            return []
        case .showSummary:
            isEditing = false
            screen = .summary
            summaryOffset = 0
            return saveIfNeeded()
        case .backToQuestions:
            screen = .questions
            return []
        case .scrollDown:
            if !selectItem(by: 1) { summaryOffset = min(summaryOffset + 1, max(0, SummaryView.lines(for: self).count - summaryRows)) }
            return []
        case .scrollUp:
            if !selectItem(by: -1) { summaryOffset = max(0, summaryOffset - 1) }
            return []
        case .editItem: return editSelectedItem()
        case .removeItem: return removeSelectedItem()
        case .toggleDone: return toggleSelectedDone()
        case .undo: return undo()
        case .redo: return redo()
        case .scrollToTop:
            summaryOffset = 0
            return []
        case .scrollToEnd:
            // The last page: the summary's box has the header, the status bar and its two borders around it.
            summaryOffset = max(0, SummaryView.lines(for: self).count - summaryRows)
            return []
        case .exportMarkdown:
            overlay = .exportPath(ExportPrompt.form(for: review))
            return []
        case .startNewReview:
            // A second review is a deliberate choice, made from a completed one; an open review is
            // the one to keep working in.
            guard review.status == .completed else {
                notice = .init(.info, Self.openReviewNotice)
                return []
            }
            isEditing = false
            return saveIfNeeded(force: true) + [.startNewReview]
        case .back:
            isEditing = false
            // Leaving saves whatever is unsaved, even while another save is under way: the saver
            // merges the two, so nothing is lost either way.
            return saveIfNeeded(force: true) + [.back]
        }
    }

    /// The clock moved on: saves once typing has paused for a second.
    public mutating func tick(_ now: Date) -> [SessionRequest] {
        runClock(to: now)
        self.now = now
        return draft.saveIfPaused(at: now)
    }

    /// `$EDITOR` returned: nil when it failed or was aborted, which changes nothing. The backend
    /// already took off the newline its file ended with, so the text is the note as written.
    public mutating func editorFinished(_ text: String?) -> [SessionRequest] {
        guard let text else { return [] }
        editor.setText(text)
        return setCurrentNotes(editor.text) + saveIfNeeded()
    }

    /// Rows of questions a page moves.
    var pageSize: Int { max(1, SessionLayout(width: viewSize.width, height: viewSize.height, state: self).questionList.height - 1) }

    private mutating func move(to index: Int) -> [SessionRequest] {
        guard !review.answers.isEmpty else { return [] }
        let target = min(max(0, index), review.answers.count - 1)
        guard target != selected else { return [] }
        isEditing = false
        let requests = saveIfNeeded()
        select(target)
        return requests
    }

    private mutating func setCurrentNotes(_ text: String) -> [SessionRequest] {
        guard let answer = currentAnswer, !answer.notes.hasSameBytes(as: text) else { return [] }
        return (try? change(.setText(.notes(questionID: answer.questionId), text))) ?? []
    }

    private mutating func submit(_ state: inout ReviewFormState) -> [SessionRequest] {
        // Take an id only when the item is actually added, so refused input does not skip numbers.
        var nextIDs = ids
        let newID = nextIDs.next(state.kind.idPrefix, in: review)
        do {
            let edit = try ReviewForms.edit(from: state, newID: newID, in: review)
            if state.editingID == nil { ids = nextIDs }
            overlay = nil
            return record(edit)
        } catch {
            state.form.setErrors(Dictionary(error.problems.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first }))
            overlay = .form(state)
            return []
        }
    }
}
