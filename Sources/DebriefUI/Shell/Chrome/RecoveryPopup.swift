import DebriefCore

/// "Debrief stopped before this text was saved": the recovered text beside what is on disk.
enum RecoveryPopup {
    static func render(_ offer: RecoveryOffer, remaining: Int, state: AppState, into screen: inout Screen) {
        let theme = state.theme
        let area = Rect(x: 0, y: 1, width: state.width, height: max(0, state.height - 2))
        let box = area.centered(width: min(area.width - 2, 96), height: min(area.height, 6 + offer.fields.count * 4))
        let title = remaining > 1 ? "Unsaved text recovered (1 of \(remaining))" : "Unsaved text recovered"
        let inner = Block(title: title, focused: true, footer: "[r] restore  [d] discard  [Esc] later",
                          fillsInterior: true, styles: theme.widgetStyles).render(into: &screen, area: box)
        guard !inner.isEmpty else { return }
        let deal = offer.dealID.flatMap { id in state.data.deals.first { $0.id == id } }
        var lines: [(String, ThemeRole)] = [
            ("Debrief stopped before this text was saved, in review \(offer.reviewID)" + (deal.map { " (\($0.account))" } ?? "") + ".", .text),
        ]
        if offer.hadDamagedTail { lines.append(("The end of the journal was damaged; everything before it was recovered.", .statusWarning)) }
        for field in offer.fields {
            lines.append(("", .text))
            lines.append((field.label, .title))
            let shown = excerpts(recovered: field.recoveredText, saved: field.savedText ?? "(review missing)",
                                 width: inner.width - 2 - DisplayWidth.of("  recovered: "))
            lines.append(("  recovered: " + shown.recovered, .statusOK))
            lines.append(("  on disk:   " + shown.saved, .textMuted))
            if field.savedTextChangedSince { lines.append(("  The saved text changed since; restoring keeps both versions.", .statusWarning)) }
        }
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            screen.putTruncated(line.0, x: inner.x + 1, y: inner.y + offset, style: theme.style(line.1), maxWidth: inner.width - 2)
        }
    }

    /// The two texts as shown in `width` cells: when both do not fit and they start alike (text
    /// typed on after the last save), both start a little before where they differ, behind "…",
    /// so the lines never look the same when the texts are not.
    static func excerpts(recovered: String, saved: String, width: Int) -> (recovered: String, saved: String) {
        let flat = { (text: String) in DisplaySanitizer.singleLine.sanitize(text) }
        let a = Array(flat(recovered)), b = Array(flat(saved))
        guard width > 8, DisplayWidth.of(String(a)) > width || DisplayWidth.of(String(b)) > width else { return (String(a), String(b)) }
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        // Some context before the difference: a third of the line.
        var start = common
        var context = 0
        while start > 0, context + DisplayWidth.of(String(a[start - 1])) <= width / 3 {
            start -= 1
            context += DisplayWidth.of(String(a[start]))
        }
        guard start > 0 else { return (String(a), String(b)) }
        return ("…" + String(a[start...]), "…" + String(b[start...]))
    }
}
