import DebriefCore

/// Draws a `Form` as a centred dialog: a label column, the fields, errors under their field.
public struct FormView: Sendable {
    public var form: Form
    public var styles: WidgetStyles

    public init(form: Form, styles: WidgetStyles = .monochrome) {
        self.form = form
        self.styles = styles
    }

    /// The form's own error, wrapped to the dialog's width (up to three rows: a failed save's reason
    /// comes at the end of a long path, and must not be cut off).
    func errorLines(width: Int) -> [String] {
        guard let error = form.error else { return [] }
        return Array(WordWrap.wrap(error, width: max(1, width)).prefix(3))
    }

    /// Where the dialog goes in `area`: centred, up to 72 columns wide, as tall as its rows (one per
    /// field, one more per error, the form's error, borders and help).
    public func box(in area: Rect) -> Rect {
        let width = min(area.width - 2, 72)
        let rows = form.fields.count + form.fields.filter { $0.error != nil }.count + form.fields.reduce(0) { $0 + $1.belowRows }
            + errorLines(width: width - 4).count + 3
        return area.centered(width: width, height: min(area.height, rows))
    }

    public func render(into screen: inout Screen, area: Rect) {
        let box = box(in: area)
        let inner = Block(title: form.title, focused: true, footer: "[Tab] next  [Enter] save  [Esc] cancel",
                          fillsInterior: true, styles: styles).render(into: &screen, area: box)
        guard !inner.isEmpty else { return }
        let labelWidth = min(16, (form.fields.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2)
        var y = inner.y
        for line in errorLines(width: inner.width - 2) where y < inner.maxY - 1 {
            screen.putTruncated(line, x: inner.x + 1, y: y, style: styles.error, maxWidth: inner.width - 2)
            y += 1
        }
        for (index, field) in form.fields.enumerated() where y < inner.maxY - 1 {
            let focused = index == form.focus
            screen.putFitted(field.label, x: inner.x + 1, y: y, width: labelWidth, style: focused ? styles.title : styles.popup)
            let fieldX = inner.x + 1 + labelWidth
            let fieldWidth = max(1, inner.maxX - 1 - fieldX)
            let fieldRect = Rect(x: fieldX, y: y, width: fieldWidth, height: 1)
            screen.fill(fieldRect, style: focused ? styles.input : styles.popup)
            switch field.input {
            case .text(let editor):
                let characters = Array(editor.text)
                let cursor = min(editor.cursor, characters.count)
                var start = 0
                while DisplayWidth.of(String(characters[start..<cursor])) >= fieldWidth { start += 1 }
                // Selected text (a pre-filled value just focused) shows highlighted: typing replaces it.
                let textStyle = !focused ? styles.popup : editor.isAllSelected ? styles.selection : styles.input
                screen.putTruncated(String(characters[start...]), x: fieldX, y: y, style: textStyle, maxWidth: fieldWidth)
                if focused { screen.cursor = Point(x: fieldX + DisplayWidth.of(String(characters[start..<cursor])), y: y) }
            case .choice(let options, let selected):
                var x = fieldX
                for (option, label) in options.enumerated() {
                    let text = option == selected ? "[\(label)]" : " \(label) "
                    x += screen.put(text, x: x, y: y, style: option == selected ? styles.selection : styles.popup, maxWidth: max(0, inner.maxX - 1 - x))
                }
            }
            y += 1
            if let error = field.error, y < inner.maxY {
                screen.putTruncated("↳ " + error, x: fieldX, y: y, style: styles.error, maxWidth: fieldWidth)
                y += 1
            }
            for row in 0..<field.belowRows where y < inner.maxY - 1 {
                if field.below.indices.contains(row) {
                    let note = field.below[row]
                    let style = note.selected ? styles.selection : note.muted ? styles.muted : styles.popup
                    if note.selected { screen.fill(Rect(x: fieldX, y: y, width: fieldWidth, height: 1), style: style) }
                    screen.putTruncated(note.text, x: fieldX, y: y, style: style, maxWidth: fieldWidth)
                }
                y += 1
            }
        }
        var help: [String] = []
        if form.fields.contains(where: { if case .choice = $0.input { true } else { false } }) { help.append("←/→ change a choice") }
        if let hint = form.hint { help.append(hint) }
        if !help.isEmpty, inner.height > 1 {
            screen.putTruncated(help.joined(separator: " · "), x: inner.x + 1, y: inner.maxY - 1, style: styles.muted, maxWidth: inner.width - 2)
        }
    }
}
