import DebriefCore

/// Shown instead of the layout when the terminal is below the minimum size.
enum TooSmallMessage {
    /// Kept whole when the message wraps, so a size never ends up apart from its words.
    static func phrases(_ state: AppState) -> [String] {
        ["terminal too small", "need at least \(AppState.minimumWidth)x\(AppState.minimumHeight)", "have \(state.width)x\(state.height)"]
    }

    static func render(_ state: AppState, into screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        var lines = wrapPhrases(phrases(state), width: screen.width)
        lines += wrap("enlarge the window, or press q to quit", width: screen.width)
        let top = max(0, (screen.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < screen.height {
            let x = max(0, (screen.width - DisplayWidth.of(line)) / 2)
            let role: ThemeRole = index == lines.count - 1 ? .textMuted : .statusWarning
            screen.put(line, x: x, y: top + index, style: state.theme.style(role))
        }
    }

    /// Phrases joined by ", " while they fit; a phrase that does not fit starts a new line, and one
    /// longer than the width is word-wrapped.
    static func wrapPhrases(_ phrases: [String], width: Int) -> [String] {
        var lines: [String] = []
        for phrase in phrases {
            if let last = lines.last, last.count + 2 + phrase.count <= width {
                lines[lines.count - 1] = last + ", " + phrase
            } else {
                lines += wrap(phrase, width: width)
            }
        }
        return lines
    }

    /// Greedy word wrap; a word longer than the width is cut.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let word = String(word.prefix(width))
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
