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

/// A centred box listing key → description rows, grouped by section in the order sections first
/// appear. Fed from the keymap table, so the help and the bindings cannot drift apart.
public struct HelpOverlay: Sendable, Hashable {
    public var entries: [HelpEntry]
    public var title: String
    /// Content rows scrolled off the top.
    public var scrollOffset: Int
    public var styles: WidgetStyles

    public init(entries: [HelpEntry], title: String = "Keys", scrollOffset: Int = 0, styles: WidgetStyles = .monochrome) {
        self.entries = entries
        self.title = title
        self.scrollOffset = max(0, scrollOffset)
        self.styles = styles
    }

    /// Builds the overlay straight from keymap rows.
    public init(rows: [(keys: String, description: String, section: String)], title: String = "Keys",
                scrollOffset: Int = 0, styles: WidgetStyles = .monochrome) {
        self.init(entries: rows.map { HelpEntry(keys: $0.keys, description: $0.description, section: $0.section) },
                  title: title, scrollOffset: scrollOffset, styles: styles)
    }

    /// What the box lists, one element per row.
    enum Line: Hashable {
        case section(String)
        case entry(HelpEntry)
        case blank
    }

    var lines: [Line] {
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
            lines += (bySection[section] ?? []).map(Line.entry)
        }
        return lines
    }

    /// The largest scroll offset that still fills the box drawn in `area`.
    public func maxScrollOffset(in area: Rect) -> Int {
        max(0, lines.count - max(0, box(in: area).height - 2))
    }

    func box(in area: Rect) -> Rect {
        let keysWidth = entries.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let descriptionWidth = entries.map { DisplayWidth.of($0.description) }.max() ?? 0
        let sectionWidth = Set(entries.map(\.section)).map { DisplayWidth.of($0) }.max() ?? 0
        let contentWidth = max(keysWidth + 2 + descriptionWidth, sectionWidth, DisplayWidth.of(title) + 2)
        let width = min(area.width - 2, max(30, contentWidth + 4))
        let height = min(area.height - 2, lines.count + 2)
        return area.centered(width: width, height: height)
    }

    public func render(into screen: inout Screen, area: Rect) {
        let box = box(in: area)
        guard box.width >= 6, box.height >= 3 else { return }
        let lines = lines
        let visibleRows = box.height - 2
        let first = min(scrollOffset, max(0, lines.count - visibleRows))
        let canScroll = lines.count > visibleRows
        let footer = canScroll ? "[j/k] scroll  [Esc] close" : "[Esc] close"
        let inner = Block(title: title, focused: true, footer: footer, fillsInterior: true, styles: styles)
            .render(into: &screen, area: box)
            .inner(horizontal: 1, vertical: 0)
        let keysWidth = min(entries.map { DisplayWidth.of($0.keys) }.max() ?? 0, max(1, inner.width / 3))
        for (row, line) in lines.dropFirst(first).prefix(visibleRows).enumerated() {
            let y = inner.y + row
            switch line {
            case .blank:
                break
            case .section(let name):
                screen.putFitted(name, x: inner.x, y: y, width: inner.width, style: styles.helpSection)
            case .entry(let entry):
                screen.putFitted(entry.keys, x: inner.x, y: y, width: keysWidth, style: styles.helpKey)
                let descriptionX = inner.x + keysWidth + 2
                screen.putFitted(entry.description, x: descriptionX, y: y, width: inner.maxX - descriptionX, style: styles.popup)
            }
        }
    }
}
