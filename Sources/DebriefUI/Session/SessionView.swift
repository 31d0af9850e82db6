import DebriefCore

/// Draws the manager's session: a header line (deal, rep, elapsed vs planned, save state), the
/// questions by theme on the left, the current question, the rep's prep answer and the note
/// editor on the right, key hints at the bottom, and any form or dialog on top. A function of
/// state; `area` is the whole view.
public enum SessionView {
    /// `notice` is the app's (the session's own become it); one not taken yet (a test drawing the
    /// session alone) shows too.
    public static func render(_ state: SessionState, theme: Theme, keymap: Keymap = SessionState.defaultKeymap, notice: Notice? = nil,
                              into screen: inout Screen, area: Rect) {
        guard area.width >= 40, area.height >= 10 else { return }
        let notice = notice ?? state.notice
        if state.screen == .summary {
            SummaryView.render(state, theme: theme, keymap: keymap, notice: notice, into: &screen, area: area)
            return
        }
        let styles = theme.widgetStyles
        let layout = SessionLayout(width: area.width, height: area.height, state: state).offset(by: area)
        renderHeader(state, theme: theme, into: &screen, area: layout.header)
        renderQuestionList(state, theme: theme, styles: styles, into: &screen, layout: layout)
        renderQuestion(state, theme: theme, styles: styles, into: &screen, area: layout.question)
        renderPrep(state, theme: theme, styles: styles, into: &screen, area: layout.prep)
        renderNotes(state, theme: theme, styles: styles, into: &screen, layout: layout)
        renderHints(state, theme: theme, keymap: keymap, notice: notice, into: &screen, area: layout.hints)
        switch state.overlay {
        case .form(let form)?:
            let view = FormView(form: form.form, styles: styles)
            clearBeside(view.box(in: area), in: area, theme: theme, into: &screen)
            view.render(into: &screen, area: area)
        case .confirmFinish?:
            let open = state.openQuestionCount
            let message = "Finish this review? It is marked completed and the summary opens."
                + (open > 0 ? " \(open) question\(open == 1 ? " is" : "s are") still open." : "")
            let dialog = ConfirmDialog(title: "Finish the session", message: message, confirmLabel: "Finish", cancelLabel: "Keep going",
                                       confirmSelected: open == 0, styles: styles)
            clearBeside(dialog.box(in: area), in: area, theme: theme, into: &screen)
            dialog.render(into: &screen, area: area)
        case .exportPath?, nil:
            break  // the export prompt belongs to the summary
        }
    }

    /// Wide: "Café Zürich AG — POS Integration · won EUR 18,250 · rep Priya Raman  …  in progress  12:04 / 30:00  ✓ saved".
    /// Narrow terminals drop the amount and the status word, never the clock or the save state.
    static func renderHeader(_ state: SessionState, theme: Theme, into screen: inout Screen, area: Rect) {
        screen.fill(area, style: theme.style(.text))
        let review = state.review
        let wide = area.width >= 100
        let status = state.saveStatus
        let saveMark = switch status {
        case .saved: "✓ saved"
        case .saving: "… saving"
        case .unsaved: "● unsaved"
        case .new: "○ new"
        }
        let clock = state.clockText
        var deal = review.dealId
        if let record = state.deal {
            deal = wide ? "\(record.account) — \(record.name) · \(record.outcome.label) \(record.amountDisplay)"
                : "\(record.account) — \(record.name) (\(record.outcome.label))"
        }
        // The left side's room beside the right side: a cut text ends in "…" a space before it; a
        // whole one needs two, so the rep's name never runs into the status word.
        func room(_ statusWord: String) -> Int {
            max(0, area.width - DisplayWidth.of(statusWord + clock + "  " + saveMark + " ") - 1)
        }
        func fits(_ text: String, _ statusWord: String) -> Bool { DisplayWidth.of(text) < room(statusWord) }
        // Say "rep" when there is room; the name itself matters more than the word, and more than
        // the review's status, which the board shows too.
        let withRep = " \(deal) · rep \(review.rep)", bare = " \(deal) · \(review.rep)"
        var statusWord = wide ? "\(review.status.label)  " : ""
        if !fits(bare, statusWord) { statusWord = "" }
        let left = fits(withRep, statusWord) ? withRep : bare
        let rightWidth = DisplayWidth.of(statusWord + clock + "  " + saveMark + " ")
        var x = area.maxX - rightWidth
        x += screen.put(statusWord, x: x, y: area.y, style: theme.style(.textMuted))
        let clockRole: ThemeRole = state.isOverPlannedTime ? .statusWarning : .text
        x += screen.put(clock, x: x, y: area.y, style: theme.style(clockRole))
        screen.put("  \(saveMark) ", x: x, y: area.y, style: theme.style(status == .saved ? .statusOK : status == .new ? .textMuted : .statusWarning))
        let room = room(statusWord)
        screen.putTruncated(left, x: area.x, y: area.y, style: theme.style(.title), maxWidth: room)
    }

    static func renderQuestionList(_ state: SessionState, theme: Theme, styles: WidgetStyles, into screen: inout Screen, layout: SessionLayout) {
        let answers = state.review.answers
        let done = answers.lazy.filter { $0.progress != .unanswered }.count
        let focused = state.pane == .questions && !state.isEditing
        Block(title: "Questions \(done)/\(answers.count) done", focused: focused, styles: styles).render(into: &screen, area: layout.questions)
        let list = layout.questionList
        let rows = QuestionListRow.rows(for: answers)
        let first = min(state.listOffset, max(0, rows.count - list.height))
        for (line, row) in rows.dropFirst(first).prefix(list.height).enumerated() {
            let y = list.y + line
            switch row {
            case .heading(let theme_):
                screen.putTruncated(theme_.title.uppercased(), x: list.x, y: y, style: styles.header.removing(.underline), maxWidth: list.width)
            case .question(let index):
                let answer = answers[index]
                let selected = index == state.selected
                let base = selected ? (focused ? styles.selection : styles.text.with(.underline)) : styles.text
                if selected { screen.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: base) }
                let marks = (selected ? "›" : " ") + SessionGlyphs.progress(answer.progress)
                    + (answer.prepAnswer.isEmpty ? " " : SessionGlyphs.prep) + (answer.insight ? SessionGlyphs.insight : " ")
                screen.put(marks, x: list.x, y: y, style: base)
                let role: Style = answer.progress == .skipped && !selected ? styles.muted : base
                screen.putTruncated(answer.wording, x: list.x + 5, y: y, style: role, maxWidth: list.width - 5)
                if answer.insight, !selected { screen.put(SessionGlyphs.insight, x: list.x + 3, y: y, style: theme.style(.reviewInsight)) }
            }
        }
        if rows.count > list.height {
            let position = " \(state.selected + 1)/\(answers.count) "
            screen.put(position, x: layout.questions.maxX - 1 - DisplayWidth.of(position), y: layout.questions.maxY - 1,
                       style: focused ? styles.focusedBorder : styles.border)
        }
        for (offset, line) in SessionGlyphs.legend.prefix(layout.legend.height).enumerated() {
            screen.putTruncated(line, x: layout.legend.x, y: layout.legend.y + offset, style: styles.muted, maxWidth: layout.legend.width)
        }
    }

    static func renderQuestion(_ state: SessionState, theme: Theme, styles: WidgetStyles, into screen: inout Screen, area: Rect) {
        var title = "Question"
        if let answer = state.currentAnswer {
            title = "Question \(state.selected + 1) of \(state.review.answers.count) · \(answer.theme.title)"
        }
        let inner = Block(title: title, styles: styles).render(into: &screen, area: area).inner(horizontal: 1, vertical: 0)
        for (row, line) in SessionLayout.questionLines(state.currentAnswer, width: max(1, inner.width)).prefix(inner.height).enumerated() {
            screen.put(line.text, x: inner.x, y: inner.y + row, style: line.isHint ? styles.muted : styles.title, maxWidth: inner.width)
        }
    }

    static func renderPrep(_ state: SessionState, theme: Theme, styles: WidgetStyles, into screen: inout Screen, area: Rect) {
        let inner = Block(title: "Rep's prep \(SessionGlyphs.prep) (read-only)", styles: styles).render(into: &screen, area: area)
            .inner(horizontal: 1, vertical: 0)
        let answer = state.currentAnswer
        let empty = answer?.prepAnswer.isBlank ?? true
        let lines = SessionLayout.prepLines(answer, width: max(1, inner.width))
        for (row, line) in lines.prefix(inner.height).enumerated() {
            screen.put(line, x: inner.x, y: inner.y + row, style: empty ? styles.muted : styles.text, maxWidth: inner.width)
        }
        if lines.count > inner.height, inner.height > 0 {
            let more = " +\(lines.count - inner.height) lines "
            screen.put(more, x: area.maxX - 1 - DisplayWidth.of(more), y: area.maxY - 1, style: styles.border)
        }
    }

    static func renderNotes(_ state: SessionState, theme: Theme, styles: WidgetStyles, into screen: inout Screen, layout: SessionLayout) {
        let focused = state.pane == .notes || state.isEditing
        let title = state.isEditing ? "Notes — typing, Esc to stop" : "Notes — Enter to type"
        var flags: [String] = []
        if state.currentAnswer?.insight == true { flags.append("! insight") }
        if state.currentAnswer?.skipped == true { flags.append("⊘ skipped") }
        Block(title: title, focused: focused, footer: flags.isEmpty ? nil : flags.joined(separator: " · "), styles: styles)
            .render(into: &screen, area: layout.notes)
        let placeholder = state.currentAnswer == nil ? "" : "No notes yet. Type; it saves as you go."
        TextEditorView(editor: state.editor, focused: state.isEditing && state.overlay == nil, placeholder: placeholder, styles: styles)
            .render(into: &screen, area: layout.noteEditor)
    }

    static func renderHints(_ state: SessionState, theme: Theme, keymap: Keymap, notice: Notice?, into screen: inout Screen, area: Rect) {
        let mode: String
        let hints: [KeyHint]
        switch state.overlay {
        case .form(let form)?:
            mode = "FORM"
            // While the team's signals are offered, the keys that take one come first.
            let choosing = form.signals?.offersChoice(in: form.form) == true
            let formHints = keymap.hints(for: [.form])
            hints = choosing ? [KeyHint("↓/↑", "choose"), KeyHint("Tab", "take it")] + formHints.filter { !["next field", "choose"].contains($0.description) }
                : formHints
        case .exportPath?:
            mode = "EXPORT"
            hints = ExportPrompt.hints(keymap: keymap)
        case .confirmFinish?:
            mode = "FINISH?"
            hints = keymap.hints(for: [.finish])
        case nil:
            mode = state.isEditing ? "TYPING" : "SESSION"
            hints = SessionKeys.hints(for: state, keymap: keymap, width: area.width)
        }
        let overlaps = state.overlaps.isEmpty ? nil : Notice(.warning, "\(state.overlaps.count) edit conflict(s): both versions kept")
        let message = notice ?? overlaps
        StatusBar(mode: mode, hints: hints, message: message?.text, messageStyle: theme.style(message?.kind.role ?? .statusOK), styles: theme.widgetStyles)
            .render(into: &screen, area: area)
    }
}

extension SessionView {
    /// Blanks the dialog's rows across the whole view, so no cut-off word or border corner of the
    /// panes below shows beside it (a margin around the box left both).
    static func clearBeside(_ box: Rect, in area: Rect, theme: Theme, into screen: inout Screen) {
        let margin = Rect(x: area.x, y: box.y, width: area.width, height: box.height).intersection(area)
        screen.fill(margin, style: theme.style(.background))
    }
}

extension SessionLayout {
    /// The same layout moved to start at `area`'s corner.
    func offset(by area: Rect) -> SessionLayout {
        guard area.x != 0 || area.y != 0 else { return self }
        func move(_ rect: Rect) -> Rect { Rect(x: rect.x + area.x, y: rect.y + area.y, width: rect.width, height: rect.height) }
        var copy = self
        copy.header = move(header); copy.questions = move(questions); copy.questionList = move(questionList)
        copy.legend = move(legend); copy.question = move(question); copy.prep = move(prep)
        copy.notes = move(notes); copy.noteEditor = move(noteEditor); copy.hints = move(hints)
        return copy
    }
}

extension Style {
    func removing(_ attributes: TextAttributes) -> Style {
        var copy = self
        copy.attributes.subtract(attributes)
        return copy
    }
}
