import DebriefCore

/// The finish summary: what the review adds up to, as one scrolling page. Factors by cause and
/// evidence come as a small table; then practices, fine-tuning, signals, action items and the
/// questions that surfaced an insight.
public enum SummaryView {
    struct Line: Equatable {
        var text: String
        var role: ThemeRole
        /// The review item this line shows (every line of a wrapped item), which j/k select.
        var itemID: String?
        init(_ text: String, _ role: ThemeRole = .text, itemID: String? = nil) {
            self.text = text
            self.role = role
            self.itemID = itemID
        }
    }

    public static func render(_ state: SessionState, theme: Theme, keymap: Keymap = SessionState.defaultKeymap, notice: Notice? = nil,
                              into screen: inout Screen, area: Rect) {
        let styles = theme.widgetStyles
        SessionView.renderHeader(state, theme: theme, into: &screen, area: area.row(0))
        let box = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let done = state.review.status == .completed
        let inner = Block(title: done ? "Summary — review completed" : "Summary so far", focused: true, styles: styles)
            .render(into: &screen, area: box).inner(horizontal: 1, vertical: 0)
        let all = lines(for: state, width: inner.width)
        let first = min(state.summaryOffset, max(0, all.count - inner.height))
        for (row, line) in all.dropFirst(first).prefix(inner.height).enumerated() {
            var style = theme.style(line.role)
            var text = line.text
            if let id = line.itemID, id == state.selectedItemID {
                style = styles.selection
                screen.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style: style)
                // The mark shows the selection without colour too (NO_COLOR, a plain-text snapshot).
                if first + row == 0 || all[first + row - 1].itemID != id { text = "›" + text.dropFirst() }
            }
            screen.putTruncated(text, x: inner.x, y: inner.y + row, style: style, maxWidth: inner.width)
        }
        if all.count > inner.height {
            let position = " \(first + inner.height < all.count ? "↓ more" : "end") "
            screen.put(position, x: box.maxX - 1 - DisplayWidth.of(position), y: box.maxY - 1, style: styles.focusedBorder)
        }
        // A new review can only follow a completed one (`SessionKeys.unavailable`).
        var hints = SessionKeys.hints(for: state, keymap: keymap, width: area.width)
        var mode = "SUMMARY"
        switch state.overlay {
        case .exportPath(let form)?:
            let view = FormView(form: form, styles: styles)
            SessionView.clearBeside(view.box(in: area), in: area, theme: theme, into: &screen)
            view.render(into: &screen, area: area)
            mode = "EXPORT"
            hints = ExportPrompt.hints(keymap: keymap)
        case .form(let form)?:
            // An item selected here is changed in the form it was added with.
            let view = FormView(form: form.form, styles: styles)
            SessionView.clearBeside(view.box(in: area), in: area, theme: theme, into: &screen)
            view.render(into: &screen, area: area)
            mode = "FORM"
            hints = keymap.hints(for: [.form])
        case .confirmFinish?, nil:
            break
        }
        let message = notice ?? state.notice
        StatusBar(mode: mode, hints: hints, message: message?.text, messageStyle: theme.style(message?.kind.role ?? .statusOK), styles: styles)
            .render(into: &screen, area: area.row(area.height - 1))
    }

    static func lines(for state: SessionState) -> [Line] {
        lines(for: state, width: max(20, state.viewSize.width - 4))
    }

    static func lines(for state: SessionState, width: Int) -> [Line] {
        let review = state.review
        let summary = ReviewSummary(review)
        var out: [Line] = []
        let insights = summary.insightQuestions.count
        let kind = ReviewKind.of(review, deal: state.deal)
        out.append(Line("\(kind.title) · \(state.clockText) · \(summary.answered) answered · "
            + "\(summary.skipped) skipped · \(summary.unanswered) open · \(insights) insight\(insights == 1 ? "" : "s")", .textMuted))

        out.append(Line(""))
        out.append(Line("FACTORS BY CAUSE AND EVIDENCE", .title))
        if summary.causes.isEmpty {
            out.append(Line("No factors yet. Press Alt-f in the session to add one.", .textMuted))
        } else {
            let columns = FactorEvidence.allCases.map(\.label)
            let causeWidth = 12, countWidth = max(10, columns.map { DisplayWidth.of($0) }.max() ?? 10)
            let header = DisplayWidth.pad("cause", toWidth: causeWidth)
                + columns.map { "  " + DisplayWidth.pad($0, toWidth: countWidth, alignment: .right) }.joined() + "  total"
            out.append(Line(header, .textMuted))
            for row in summary.causes {
                out.append(Line(DisplayWidth.pad(row.cause.label, toWidth: causeWidth)
                    + row.countsByEvidence.map { "  " + DisplayWidth.pad($0 == 0 ? "·" : String($0), toWidth: countWidth, alignment: .right) }.joined()
                    + "  " + DisplayWidth.pad(String(row.total), toWidth: 5, alignment: .right)))
            }
            out.append(Line("\(summary.factorsBackedByFact) of \(review.factors.count) backed by fact (the buyer or the CRM), the rest by belief", .textMuted))
            for factor in summary.successFactors + summary.failureFactors {
                let mark = factor.effect == .success ? "+" : "−"
                out += wrapped("\(mark) \(factor.text)  (\(factor.cause.label); \(factor.evidence.label))", width: width, indent: "    ", first: "  ", itemID: factor.id)
            }
        }
        section("BEST PRACTICES", review.practices.map { ($0.id, $0.detail.isEmpty ? $0.title : "\($0.title) — \($0.detail)") }, bullet: "•", into: &out, width: width)
        section(kind.fineTuningHeading.uppercased(), review.fineTuning.map { ($0.id, $0.text) }, bullet: "•", into: &out, width: width)
        out.append(Line(""))
        out.append(Line("QUALIFICATION SIGNALS", .title))
        if review.signals.isEmpty { out.append(Line("None recorded. Press Alt-b in the session to add one.", .textMuted)) }
        for signal in review.signals {
            let mark = signal.sign == .good ? "+" : "−"
            out += wrapped("\(mark) \(signal.text)  (\(signal.sign.label), \(signal.present ? "present" : "absent"))", width: width, indent: "    ", first: "  ", itemID: signal.id)
        }
        out.append(Line(""))
        out.append(Line("ACTION ITEMS", .title))
        if review.actionItems.isEmpty { out.append(Line("None yet. Press Alt-a in the session to add one.", .textMuted)) }
        for item in review.actionItems {
            var text = "[\(item.done ? "x" : " ")] \(item.text) — \(item.owner)"
            if let due = item.due { text += ", due \(due)" }
            out += wrapped(text, width: width, indent: "      ", first: "  ", itemID: item.id)
        }
        out.append(Line(""))
        out.append(Line("QUESTIONS THAT SURFACED AN INSIGHT", .title))
        if summary.insightQuestions.isEmpty { out.append(Line("None flagged. Press Alt-i on a question that opened something up.", .textMuted)) }
        for answer in summary.insightQuestions {
            out += wrapped("! \(answer.wording)", width: width, indent: "    ", first: "  ")
            if let firstLine = answer.notes.split(separator: "\n").first {
                out += wrapped(String(firstLine), width: width, indent: "    ", first: "    ").map { Line($0.text, .textMuted) }
            }
        }
        return out
    }

    private static func section(_ title: String, _ items: [(id: String, text: String)], bullet: String, into out: inout [Line], width: Int) {
        out.append(Line(""))
        out.append(Line(title, .title))
        if items.isEmpty { out.append(Line("None yet.", .textMuted)) }
        for item in items { out += wrapped("\(bullet) \(item.text)", width: width, indent: "    ", first: "  ", itemID: item.id) }
    }

    /// Wraps `text` to `width`, the first line after `first` and the rest after `indent`.
    private static func wrapped(_ text: String, width: Int, indent: String, first: String, itemID: String? = nil) -> [Line] {
        let clean = DisplaySanitizer.singleLineWithSpaces.sanitize(text)
        let lines = WordWrap.wrap(clean, width: max(1, width - DisplayWidth.of(indent)))
        return lines.enumerated().map { Line(($0.offset == 0 ? first : indent) + $0.element, itemID: itemID) }
    }
}
