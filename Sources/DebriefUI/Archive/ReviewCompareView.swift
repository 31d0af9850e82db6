import DebriefCore

/// Two reviews side by side (say a win and a loss for the same rep): each column has the deal,
/// the summary, factors with cause and evidence, practices, fine-tuning and the answers.
/// Both columns scroll together.
enum ReviewCompareView {
    static func render(_ left: ReviewArchive.Row?, _ right: ReviewArchive.Row?, scroll: Int, theme: Theme,
                       into screen: inout Screen, area: Rect) {
        screen.putFitted("Comparing two reviews · j/k scroll both · Esc back to the list", x: area.x + 1, y: area.y,
                         width: area.width - 2, style: theme.style(.title))
        let halves = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1).columns([.fill(1), .fill(1)])
        for (row, half) in zip([left, right], halves) {
            guard let row else {
                Block(title: "Review not found", styles: theme.widgetStyles).render(into: &screen, area: half)
                continue
            }
            let title = "\(row.deal?.account ?? row.review.dealId) · \(row.deal?.outcome.label ?? "?")"
            let inner = Block(title: title, styles: theme.widgetStyles).render(into: &screen, area: half).inner(horizontal: 1, vertical: 0)
            let lines = self.lines(row, width: inner.width)
            let first = min(scroll, max(0, lines.count - inner.height))
            for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
                screen.putFitted(line.0, x: inner.x, y: inner.y + offset, width: inner.width, style: theme.style(line.1))
            }
        }
    }

    static func lines(_ row: ReviewArchive.Row, width: Int) -> [(String, ThemeRole)] {
        let review = row.review
        var out: [(String, ThemeRole)] = []
        /// Wrapped text; `lead` starts the first line, `indent` the others.
        func add(_ text: String, _ role: ThemeRole = .text, lead: String = "", indent: String = "") {
            for (index, line) in WordWrap.wrap(text, width: max(1, width - indent.count)).enumerated() {
                out.append(((index == 0 ? lead : indent) + line, role))
            }
        }
        func heading(_ text: String) {
            out.append(("", .text))
            out.append((text, .title))
        }
        add("\(row.deal.map { PracticeEvidence.withoutAccount($0.name, account: $0.account) } ?? review.dealId)", .title)
        add("\(review.rep) · \(row.day) · \(review.status.label)\(row.deal.map { " · \($0.amountDisplay)" } ?? "")", .textMuted)
        if !review.summary.isEmpty { heading("Summary"); add(review.summary) }
        heading("Factors (\(review.factors.count))")
        for factor in review.factors {
            add("\(factor.effect == .success ? "+" : "−") \(factor.cause.label), \(factor.evidence.label): \(factor.text)", indent: "  ")
        }
        heading("Practices (\(review.practices.count))")
        for practice in review.practices { add("• \(practice.title)\(practice.detail.isEmpty ? "" : " — \(practice.detail)")", indent: "  ") }
        if !review.fineTuning.isEmpty {
            heading("Fine-tuning")
            for point in review.fineTuning { add("• \(point.text)", indent: "  ") }
        }
        let answered = review.answers.filter { !$0.notes.isEmpty || !$0.prepAnswer.isEmpty }
        heading("Answers (\(answered.count))")
        for answer in answered {
            add("\(answer.insight ? "★ " : "")\(answer.wording)", .textMuted)
            if !answer.prepAnswer.isEmpty { add("prep: \(answer.prepAnswer)", lead: "  ", indent: "  ") }
            if !answer.notes.isEmpty { add(answer.notes, lead: "  ", indent: "  ") }
        }
        return out
    }
}
