import DebriefCore

/// Draws prep mode: the rep's deals awaiting review and the chosen review's prep questions on the
/// left, the question and the answer editor on the right, key hints at the bottom.
public enum PrepView {
    public static func render(_ state: PrepState, theme: Theme, keymap: Keymap = PrepState.defaultKeymap, notice: Notice? = nil, into screen: inout Screen, area: Rect) {
        guard area.width >= 40, area.height >= 10 else { return }
        let styles = theme.widgetStyles
        let layout = PrepLayout(state, area: area)
        renderHeader(state, theme: theme, into: &screen, area: layout.header)
        renderDeals(state, styles: styles, into: &screen, area: layout.deals)
        renderQuestions(state, styles: styles, into: &screen, area: layout.questions)
        renderAnswer(state, styles: styles, into: &screen, layout: layout)
        let hints = PrepKeys.hints(typing: state.isEditing, keymap: keymap)
        // The app's notice (prep's own become it); one not taken yet (a test drawing prep alone) shows too.
        let message = notice ?? state.notice
        StatusBar(mode: state.isEditing ? "TYPING" : "PREP", hints: hints, message: message?.text,
                  messageStyle: theme.style(message?.kind.role ?? .statusOK), styles: styles).render(into: &screen, area: layout.hints)
    }

    static func renderHeader(_ state: PrepState, theme: Theme, into screen: inout Screen, area: Rect) {
        let saveMark = switch state.saveStatus {
        case .saved: "✓ saved"
        case .saving: "… saving"
        case .unsaved: "● unsaved"
        case .new: "○ new"
        }
        let right = " \(saveMark) "
        screen.put(right, x: area.maxX - DisplayWidth.of(right), y: area.y,
                   style: theme.style(state.saveStatus == .saved ? .statusOK : .statusWarning))
        let count = state.items.count
        let left = " Prep for your reviews · \(state.rep) · \(count) deal\(count == 1 ? "" : "s") awaiting review"
        screen.putTruncated(left, x: area.x, y: area.y, style: theme.style(.title), maxWidth: area.width - DisplayWidth.of(right) - 1)
    }

    static func renderDeals(_ state: PrepState, styles: WidgetStyles, into screen: inout Screen, area: Rect) {
        let focused = state.pane == .deals
        // When the list does not fit (12 deals in 5 rows at 80x24), the title says where the selection is.
        let count = state.items.count
        let position = count > area.height - 2 ? " \(min(state.dealIndex, count - 1) + 1)/\(count)" : ""
        let inner = Block(title: "Deals awaiting review" + position, focused: focused, styles: styles).render(into: &screen, area: area)
        guard !inner.isEmpty else { return }
        guard !state.items.isEmpty else {
            screen.putTruncated("Nothing to prepare. 🎉", x: inner.x + 1, y: inner.y, style: styles.muted, maxWidth: inner.width - 1)
            return
        }
        var selection = ListSelection(selected: state.dealIndex)
        selection.clamp(count: state.items.count)
        let first = selection.visibleOffset(count: state.items.count, visibleRows: inner.height)
        for (line, item) in state.items.dropFirst(first).prefix(inner.height).enumerated() {
            let index = first + line
            let y = inner.y + line
            let selected = index == state.dealIndex
            let style = selected ? (focused ? styles.selection : styles.text.with(.underline)) : styles.text
            if selected { screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            let status = item.draft?.review.status
            let marks = (selected ? "›" : " ") + BoardGlyphs.review(status) + " "
            let x = inner.x + screen.put(marks, x: inner.x, y: y, style: style)
            screen.putTruncated("\(item.deal.account) — \(item.deal.name)", x: x, y: y, style: style, maxWidth: inner.maxX - x)
        }
    }

    static func renderQuestions(_ state: PrepState, styles: WidgetStyles, into screen: inout Screen, area: Rect) {
        let focused = state.pane == .questions
        let indices = state.prepAnswerIndices
        let answered = indices.lazy.filter { !(state.currentReview?.answers[$0].prepAnswer.isEmpty ?? true) }.count
        let title = state.currentReview == nil ? "Prep questions" : "Prep questions \(answered)/\(indices.count) answered"
        let inner = Block(title: title, focused: focused, styles: styles).render(into: &screen, area: area)
        guard !inner.isEmpty else { return }
        guard let review = state.currentReview else {
            Paragraph("Choose a deal and press Enter to see its prep questions.", style: styles.muted)
                .render(into: &screen, area: inner.inner(horizontal: 1, vertical: 0))
            return
        }
        let legend = PrepLayout.legendRows(inner: inner, questions: indices.count) > 0 ? ["● answered  ○ not yet", "◷ scheduled ✎ ready · new"] : []
        for (offset, line) in legend.enumerated() {
            screen.putTruncated(line, x: inner.x + 1, y: inner.maxY - legend.count + offset, style: styles.muted, maxWidth: inner.width - 1)
        }
        let rows = inner.height - legend.count
        var selection = ListSelection(selected: state.questionIndex)
        selection.clamp(count: indices.count)
        let first = selection.visibleOffset(count: indices.count, visibleRows: rows)
        for (line, answerIndex) in indices.dropFirst(first).prefix(rows).enumerated() {
            let row = first + line
            let answer = review.answers[answerIndex]
            let y = inner.y + line
            let selected = row == state.questionIndex
            let style = selected ? (focused ? styles.selection : styles.text.with(.underline)) : styles.text
            if selected { screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            let mark = (selected ? "›" : " ") + (answer.prepAnswer.isEmpty ? "○" : "●") + " "
            let x = inner.x + screen.put(mark, x: inner.x, y: y, style: style)
            screen.putTruncated(answer.wording, x: x, y: y, style: style, maxWidth: inner.maxX - x)
        }
    }

    static func renderAnswer(_ state: PrepState, styles: WidgetStyles, into screen: inout Screen, layout: PrepLayout) {
        let area = layout.answerColumn
        guard let answer = state.currentAnswer, let review = state.currentReview, let questionArea = layout.question, let answerArea = layout.answer else {
            let inner = Block(title: "Your answer", styles: styles).render(into: &screen, area: area).inner(horizontal: 1, vertical: 0)
            let text = state.items.isEmpty
                ? "When a deal of yours closes, it shows here so you can answer a few questions before the review."
                : "Your manager will go through these questions with you. Answer in your own words, with names, dates and what the buyer said: it makes the review quicker and sharper."
            Paragraph(text, style: styles.muted).render(into: &screen, area: inner)
            return
        }
        let wording = PrepLayout.wordingLines(answer, width: max(1, area.width - 4))
        let questionInner = Block(title: "\(answer.theme.title) · \(review.status.label)", styles: styles)
            .render(into: &screen, area: questionArea).inner(horizontal: 1, vertical: 0)
        for (row, line) in wording.prefix(questionInner.height).enumerated() {
            screen.put(line, x: questionInner.x, y: questionInner.y + row, style: styles.title, maxWidth: questionInner.width)
        }
        let editing = state.isEditing
        let focused = state.pane == .answer || editing
        Block(title: editing ? "Your answer — typing, Esc to stop" : "Your answer — Enter to type", focused: focused, styles: styles)
            .render(into: &screen, area: answerArea)
        TextEditorView(editor: state.editor, focused: editing, placeholder: "Not answered yet. Type your answer; it saves as you go.", styles: styles)
            .render(into: &screen, area: answerArea.inner(horizontal: 2, vertical: 1))
    }
}
