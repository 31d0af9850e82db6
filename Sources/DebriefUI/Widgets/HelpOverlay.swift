import DebriefCore

/// One line of the help overlay: keys, what they do, and the section they belong to.
public struct HelpEntry: Sendable, Hashable {
    public var keys: String
    public var description: String
    public var section: String

    public init(keys: String, description: String, section: String) {
        self.keys = keys
        self.description = description
        self.section = section
    }
}

/// A box listing key → description rows over the view, grouped by section in the order sections
/// first appear. Fed from the keymap table, so the help and the bindings cannot drift apart.
/// The app's `?` help draws with it.
public struct HelpOverlay: Sendable, Hashable {
    public var entries: [HelpEntry]
    public var title: String
    /// Content rows scrolled off the top.
    public var scrollOffset: Int
    /// `popup` fills the box, `border` draws its frame and the "more ↓" mark, `title`, `helpSection`
    /// and `helpKey` the rest.
    public var styles: WidgetStyles
    /// The widest box drawn, however wide the screen.
    public var maxWidth: Int

    public init(entries: [HelpEntry], title: String = "Keys", scrollOffset: Int = 0, styles: WidgetStyles = .monochrome, maxWidth: Int = 64) {
        self.entries = entries
        self.title = title
        self.scrollOffset = max(0, scrollOffset)
        self.styles = styles
        self.maxWidth = maxWidth
    }

    /// Builds the overlay straight from keymap rows.
    public init(rows: [(keys: String, description: String, section: String)], title: String = "Keys",
                scrollOffset: Int = 0, styles: WidgetStyles = .monochrome) {
        self.init(entries: rows.map { HelpEntry(keys: $0.keys, description: $0.description, section: $0.section) },
                  title: title, scrollOffset: scrollOffset, styles: styles)
    }

    /// What the box lists, one element per row.
    public enum Line: Sendable, Hashable {
        case section(String)
        case entry(keys: String, description: String)
        /// The rest of a description too long for one row, under its start.
        case continuation(String)
        case blank
    }

    public var lines: [Line] {
        var sections: [String] = []
        var bySection: [String: [HelpEntry]] = [:]
        for entry in entries {
            if bySection[entry.section] == nil { sections.append(entry.section) }
            bySection[entry.section, default: []].append(entry)
        }
        var lines: [Line] = []
        for section in sections {
            if !lines.isEmpty { lines.append(.blank) }
            if !section.isEmpty { lines.append(.section(section)) }
            lines += (bySection[section] ?? []).map { .entry(keys: $0.keys, description: $0.description) }
        }
        return lines
    }

    /// The key column is as wide as the widest keys, so every description starts in one column.
    private var keyWidth: Int {
        entries.reduce(0) { max($0, DisplayWidth.of($1.keys)) }
    }

    private func boxWidth(in area: Rect) -> Int { min(area.width - 4, maxWidth) }

    /// The rows drawn in `area`: `lines`, with each description wrapped by word to the box, so
    /// none is cut off mid-word.
    public func rows(in area: Rect) -> [Line] {
        let descriptionWidth = boxWidth(in: area) - 7 - keyWidth
        guard descriptionWidth >= 8 else { return lines }
        return lines.flatMap { line -> [Line] in
            guard case .entry(let keys, let description) = line, DisplayWidth.of(description) > descriptionWidth else { return [line] }
            let wrapped = WordWrap.wrap(description, width: descriptionWidth)
            return [.entry(keys: keys, description: wrapped.first ?? "")] + wrapped.dropFirst().map { .continuation($0) }
        }
    }

    /// The box drawn over a screen-sized `area`: two columns clear each side, at most `maxWidth`
    /// wide, as tall as its rows allow, centred over the rows above the status bar (the last row).
    public func box(in area: Rect) -> Rect {
        let width = boxWidth(in: area)
        let height = min(area.height - 4, rows(in: area).count + 2)
        return Rect(x: area.x + (area.width - width) / 2, y: area.y + max(1, (area.height - 1 - height) / 2), width: width, height: height)
    }

    /// Content rows the box drawn in `area` shows.
    public func visibleRows(in area: Rect) -> Int { max(0, box(in: area).height - 2) }

    /// The largest scroll offset that still fills the box drawn in `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        max(0, rows(in: area).count - visibleRows(in: area))
    }

    public func render(into screen: inout Screen, area: Rect) {
        let box = box(in: area)
        guard box.width >= 2, box.height >= 2 else { return }
        Block(title: title, fillsInterior: true, titleInset: 2, styles: styles).render(into: &screen, area: box)
        let keyWidth = keyWidth
        let inner = box.width - 4
        let scroll = min(scrollOffset, maxScrollOffset(in: area))
        for (row, line) in rows(in: area).dropFirst(scroll).prefix(visibleRows(in: area)).enumerated() {
            let y = box.y + 1 + row
            switch line {
            case .section(let name):
                screen.put(name, x: box.x + 2, y: y, style: styles.helpSection, maxWidth: max(0, inner))
            case .entry(let keys, let description):
                screen.put(DisplayWidth.fit(keys, toWidth: keyWidth), x: box.x + 3, y: y, style: styles.helpKey)
                screen.put(description, x: box.x + 5 + keyWidth, y: y, style: styles.popup, maxWidth: max(0, inner - keyWidth - 3))
            case .continuation(let text):
                screen.put(text, x: box.x + 5 + keyWidth, y: y, style: styles.popup, maxWidth: max(0, inner - keyWidth - 3))
            case .blank:
                break
            }
        }
        if scroll < maxScrollOffset(in: area) {
            screen.put(" more ↓ ", x: box.x + box.width - 10, y: box.y + box.height - 1, style: styles.border)
        }
    }
}
