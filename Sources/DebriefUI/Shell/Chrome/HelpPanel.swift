import DebriefCore

/// The help overlay: every key that works in the current view, generated from the keymap.
enum HelpPanel {
    enum Line: Equatable {
        case section(String)
        case entry(keys: String, description: String)
        case blank
    }

    /// The focused view's keys first, then the general ones (`AppState.helpKeyContexts`). Over a
    /// session only the general keys that work there are listed (help and quit).
    static func lines(for state: AppState) -> [Line] {
        let entries = state.helpKeyContexts.flatMap { context in
            state.keymap.bindings(in: context)
                .filter { !$0.keys.isEmpty && (state.session == nil || context != .global || $0.action == "help" || $0.action == "quit") }
                .map { (keys: $0.keysLabel, description: $0.description, section: context.title) }
        }
        var lines: [Line] = []
        var current: String?
        for entry in entries {
            if entry.section != current {
                if current != nil { lines.append(.blank) }
                lines.append(.section(entry.section))
                current = entry.section
            }
            lines.append(.entry(keys: entry.keys, description: entry.description))
        }
        return lines
    }

    struct Frame {
        var x, y, width, height: Int
    }

    static func frame(_ state: AppState) -> Frame {
        let width = min(state.width - 4, 64)
        let height = min(state.height - 4, lines(for: state).count + 2)
        return Frame(x: (state.width - width) / 2, y: max(1, (state.height - 1 - height) / 2), width: width, height: height)
    }

    static func visibleRows(_ state: AppState) -> Int { max(0, frame(state).height - 2) }

    static func maxScroll(_ state: AppState) -> Int {
        max(0, lines(for: state).count - visibleRows(state))
    }

    static func render(_ state: AppState, into screen: inout Screen) {
        let theme = state.theme
        let panel = theme.style(.help)
        let box = frame(state)
        var title = theme.style(.title)
        title.background = panel.background
        Block(title: "Keys", fillsInterior: true, titleInset: 2, styles: WidgetStyles(border: theme.style(.borderFocused), title: title, popup: panel))
            .render(into: &screen, area: Rect(x: box.x, y: box.y, width: box.width, height: box.height))
        let all = lines(for: state)
        let keyWidth = all.reduce(0) { width, line in
            if case .entry(let keys, _) = line { return max(width, DisplayWidth.of(keys)) }
            return width
        }
        let scroll = min(state.helpScroll, maxScroll(state))
        for (row, line) in all.dropFirst(scroll).prefix(visibleRows(state)).enumerated() {
            let y = box.y + 1 + row
            let inner = box.width - 4
            switch line {
            case .section(let name):
                screen.put(name, x: box.x + 2, y: y, style: theme.style(.helpSection), maxWidth: max(0, inner))
            case .entry(let keys, let description):
                screen.put(DisplayWidth.fit(keys, toWidth: keyWidth), x: box.x + 3, y: y, style: theme.style(.helpKey))
                screen.put(description, x: box.x + 5 + keyWidth, y: y, style: panel, maxWidth: max(0, inner - keyWidth - 3))
            case .blank:
                break
            }
        }
        if scroll < maxScroll(state) {
            screen.put(" more ↓ ", x: box.x + box.width - 10, y: box.y + box.height - 1, style: theme.style(.borderFocused))
        }
    }
}
