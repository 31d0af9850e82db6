import DebriefCore

/// The pending conflicts as a list over the current view: for each field, the value in the
/// record and the other machine's, with who synced each. All text comes from files, so every
/// piece goes through the sanitizer.
enum ConflictChooserPopup {
    static let linesPerEntry = 4

    /// Draws the chooser over `conflicts`, centred in `area` (the app's frame between its title and status lines).
    static func render(_ chooser: ConflictChooser, conflicts: [PendingConflicts], theme: Theme, into screen: inout Screen, area: Rect) {
        let entries = ConflictChooser.entries(conflicts)
        let boxWidth = min(area.width - 2, 100)
        // The reason a choice was refused, whole (up to three lines), under the list.
        let refusal = chooser.message.map { WordWrap.wrap("! " + $0, width: max(1, boxWidth - 4)).prefix(3) } ?? []
        let wanted = 2 + 2 + entries.count * linesPerEntry + refusal.count
        let box = area.centered(width: boxWidth, height: min(area.height, wanted))
        let title = "Conflicts to choose (\(entries.count))"
        let footer = chooser.isSaving ? "saving…" : "[j/k] move  [1] keep the record's  [2] take the other  [Esc] later"
        let inner = Block(title: title, focused: true, footer: footer, fillsInterior: true, styles: theme.widgetStyles).render(into: &screen, area: box)
        guard !inner.isEmpty else { return }
        let clean = DisplaySanitizer.singleLine
        var lines: [(text: String, role: ThemeRole, selected: Bool)] = [
            ("Changed on two machines. Keep the record's value or take the other.", .textMuted, false),
            ("", .text, false),
        ]
        var entryTop: [Int] = []
        for (index, entry) in entries.enumerated() {
            let selected = index == chooser.selected
            entryTop.append(lines.count)
            let marker = selected ? "▸ " : "  "
            lines.append((marker + clean.sanitize(entry.file.record) + " — " + clean.sanitize(entry.field.label), .title, selected))
            lines.append(("    1 keep  “" + clean.sanitize(entry.field.kept.text) + "”  in the record (" + who(entry.field.kept) + ")", .text, false))
            lines.append(("    2 take  “" + clean.sanitize(entry.field.other.text) + "”  from " + who(entry.field.other), .text, false))
            lines.append(("", .text, false))
        }
        let listHeight = max(0, inner.height - refusal.count)
        let selectedTop = entryTop.indices.contains(chooser.selected) ? entryTop[chooser.selected] : 0
        let first = max(0, min(selectedTop + linesPerEntry - listHeight, lines.count - listHeight))
        for (row, line) in lines.dropFirst(first).prefix(listHeight).enumerated() {
            let style = line.selected ? theme.style(.selection) : theme.style(line.role)
            screen.putTruncated(line.text, x: inner.x + 1, y: inner.y + row, style: style, maxWidth: inner.width - 2)
        }
        for (offset, line) in refusal.enumerated() where listHeight + offset < inner.height {
            screen.putTruncated(line, x: inner.x + 1, y: inner.y + listHeight + offset, style: theme.style(.statusError), maxWidth: inner.width - 2)
        }
    }

    private static func who(_ side: ConflictSide) -> String {
        let clean = DisplaySanitizer.singleLine
        return clean.sanitize(side.by) + (side.commit.map { ", " + clean.sanitize($0) } ?? "")
    }
}
