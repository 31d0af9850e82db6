import DebriefCore

/// Draws the Playbook view: entries with their evidence on the left, the selected entry on the
/// right (detail, reps, wordings, suggested duplicate, the deals that evidence it), and the
/// merge or rename in progress on the bottom line.
public enum PlaybookView {
    public static func render(_ state: PlaybookViewState, theme: Theme, into screen: inout Screen, area: Rect) {
        guard area.height >= 6, area.width >= 40 else { return }
        let book = state.playbook
        let duplicates = book.suggestions.count
        var header = "Playbook · \(book.entries.count) practice\(book.entries.count == 1 ? "" : "s") from \(book.reviews) review\(book.reviews == 1 ? "" : "s")"
        if duplicates > 0 { header += " · \(duplicates) possible duplicate\(duplicates == 1 ? "" : "s") (≈)" }
        screen.putFitted(header, x: area.x + 1, y: area.y, width: area.width - 2, style: theme.style(.title))
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        modeLine(state, theme: theme, into: &screen, row: area.row(area.height - 1))
        guard !book.entries.isEmpty else {
            let inner = Block(title: "Practices", styles: theme.widgetStyles).render(into: &screen, area: body)
            screen.putFitted("No best practices yet: they gather here from review sessions.",
                             x: inner.x + 1, y: inner.y, width: inner.width - 2, style: theme.style(.textMuted))
            return
        }
        let halves = body.columns([.percent(area.width >= 100 ? 45 : 50), .fill(1)])
        renderList(state, theme: theme, into: &screen, area: halves[0])
        if let entry = state.selectedEntry {
            renderDetail(entry, book: book, theme: theme, into: &screen, area: halves[1])
        }
    }

    /// The list's rows as `renderList` draws them (the merge targets while merging), for a click.
    static func listHit(_ state: PlaybookViewState, area: Rect) -> ListHit? {
        guard area.height >= 6, area.width >= 40, !state.playbook.entries.isEmpty else { return nil }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        let box = body.columns([.percent(area.width >= 100 ? 45 : 50), .fill(1)])[0].inner(1)
        let rows = Rect(x: box.x, y: box.y + 1, width: box.width, height: max(0, box.height - 1))
        if case .merging(_, let targets, let selection) = state.mode { return ListHit(rows: rows, selection: selection, count: targets.count) }
        return ListHit(rows: rows, selection: state.selection, count: state.playbook.entries.count)
    }

    static func renderList(_ state: PlaybookViewState, theme: Theme, into screen: inout Screen, area: Rect) {
        let book = state.playbook
        let merging: (source: String, targets: [String], selection: ListSelection)?
        if case .merging(let source, let targets, let selection) = state.mode { merging = (source, targets, selection) } else { merging = nil }
        let title = merging == nil ? "Practices, most evidence first" : "Merge into…"
        let box = Block(title: title, focused: true, styles: theme.widgetStyles).render(into: &screen, area: area)
        screen.putFitted("  deals won  practice", x: box.x, y: box.y, width: box.width, style: theme.style(.textMuted))
        let inner = Rect(x: box.x, y: box.y + 1, width: box.width, height: box.height - 1)
        let suggested = Set(book.suggestions.flatMap { [$0.entryId, $0.intoEntryId] })
        let ids = merging?.targets ?? book.entries.map(\.id)
        var selection = merging?.selection ?? state.selection
        selection.clamp(count: ids.count)
        let first = selection.visibleOffset(count: ids.count, visibleRows: inner.height)
        for line in 0..<min(inner.height, ids.count - first) {
            let index = first + line
            guard let entry = book.entry(id: ids[index]) else { continue }
            let y = inner.y + line
            let selected = index == selection.selected
            let style = selected ? theme.style(.selection) : theme.style(.text)
            if selected { screen.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style) }
            let marks = (selected ? "›" : " ") + (suggested.contains(entry.id) ? "≈" : " ")
            let counts = "\(String(entry.deals).leftPadded(5)) \(String(entry.wins).leftPadded(3))  "
            screen.put(marks + counts, x: inner.x, y: y, style: style)
            screen.putFitted(entry.title, x: inner.x + 13, y: y, width: inner.width - 13, style: style)
        }
    }

    static func renderDetail(_ entry: PlaybookEntry, book: Playbook, theme: Theme, into screen: inout Screen, area: Rect) {
        let inner = Block(title: entry.isCurated ? "Entry (named by hand)" : "Entry", styles: theme.widgetStyles)
            .render(into: &screen, area: area).inner(horizontal: 1, vertical: 0)
        var lines: [(String, ThemeRole)] = []
        for line in WordWrap.wrap(entry.title, width: inner.width) { lines.append((line, .title)) }
        for line in WordWrap.wrap(entry.detail, width: inner.width) where !entry.detail.isEmpty { lines.append((line, .text)) }
        lines.append(("", .text))
        lines.append(("Evidence: \(entry.deals) deal\(entry.deals == 1 ? "" : "s"), \(entry.wins) won", .text))
        for line in WordWrap.wrap("Used by: " + entry.reps.joined(separator: ", "), width: inner.width) { lines.append((line, .text)) }
        let others = entry.wordings.filter { $0 != entry.title }
        if !others.isEmpty {
            for line in WordWrap.wrap("Also written as: " + others.map { "“\($0)”" }.joined(separator: "; "), width: inner.width) {
                lines.append((line, .textMuted))
            }
        }
        for suggestion in book.suggestions(for: entry.id).prefix(2) {
            let otherID = suggestion.entryId == entry.id ? suggestion.intoEntryId : suggestion.entryId
            let other = book.entry(id: otherID)?.title ?? otherID
            let text = "≈ Maybe the same as “\(other)” (\(PercentText.of(suggestion.similarity)) same words): a merges, d keeps apart"
            for line in WordWrap.wrap(text, width: inner.width) { lines.append((line, .statusWarning)) }
        }
        lines.append(("", .text))
        lines.append(("Deals that show it:", .title))
        let narrow = inner.width < 50
        let dealLinesStart = lines.count
        for item in entry.evidence {
            let outcome = item.outcome.map { $0 == .won ? "won " : $0 == .lost ? "lost" : "n/d " } ?? "?   "
            let date = item.closeDate.map { narrow ? ShortText.shortDate($0) : $0.description } ?? ""
            let rep = narrow ? ShortText.shortName(item.rep) : item.rep
            lines.append(("\(outcome) \(date) \(item.account ?? "(deal \(item.dealId) missing)") · \(rep)",
                          item.outcome == .won ? .text : .textMuted))
        }
        var shown = lines.prefix(inner.height)
        if lines.count > inner.height, inner.height > dealLinesStart {
            // Keep the last row to say how many deals did not fit.
            shown = lines.prefix(inner.height - 1)
            let hidden = lines.count - shown.count
            shown.append(("… and \(hidden) more deal\(hidden == 1 ? "" : "s")", .textMuted))
        }
        for (offset, line) in shown.enumerated() {
            screen.putFitted(line.0, x: inner.x, y: inner.y + offset, width: inner.width, style: theme.style(line.1))
        }
    }

    static func modeLine(_ state: PlaybookViewState, theme: Theme, into screen: inout Screen, row: Rect) {
        switch state.mode {
        case .browsing:
            guard !state.playbook.entries.isEmpty else { return }
            screen.putFitted("m merge · a accept duplicate · d not a duplicate · R rename · u undo merges",
                             x: row.x + 1, y: row.y, width: row.width - 2, style: theme.style(.textMuted))
        case .merging(let source, _, _):
            let name = state.playbook.entry(id: source)?.title ?? source
            screen.putFitted("Merge “\(name)” into the entry chosen with j/k: Enter merges, Esc cancels",
                             x: row.x + 1, y: row.y, width: row.width - 2, style: theme.style(.statusWarning))
        case .renaming(_, let field):
            ArchiveInputLine.render(label: "New name: ", editor: field, theme: theme, into: &screen, row: row)
        }
    }
}
