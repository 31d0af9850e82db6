/// Where text sits when it is narrower than the columns it is given.
public enum TextAlignment: Sendable, Hashable {
    case left
    case center
    case right
}

extension DisplayWidth {
    /// The longest prefix of `text` that fits in `width` columns, and the columns it uses.
    /// Never splits a grapheme cluster, so a wide character that would straddle the limit is left out.
    public static func prefix<Text: StringProtocol>(of text: Text, fitting width: Int) -> (text: Text.SubSequence, width: Int) {
        let limit = max(0, width)
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let columns = of(text[index])
            if used + columns > limit { break }
            used += columns
            end = text.index(after: index)
        }
        return (text[text.startIndex..<end], used)
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// A wide character is never cut in half: when one does not fit, a space fills its place, so a
    /// truncated result is always exactly `width` columns wide. When even the ellipsis does not
    /// fit, the text is cut without one.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let limit = max(0, width)
        if let asciiWidth = printableASCIIWidth(text), asciiWidth <= limit { return text }
        if of(text) <= limit { return text }
        let ellipsisWidth = of(ellipsis)
        guard ellipsisWidth <= limit else {
            let cut = prefix(of: text, fitting: limit)
            return String(cut.text) + spaces(limit - cut.width)
        }
        let cut = prefix(of: text, fitting: limit - ellipsisWidth)
        // "Acme…" reads better than "Acme …": drop the spaces the cut left at the end.
        var kept = cut.text
        var keptWidth = cut.width
        while kept.last == " " {
            kept = kept.dropLast()
            keptWidth -= 1
        }
        return String(kept) + ellipsis + spaces(limit - ellipsisWidth - keptWidth)
    }

    /// The longest suffix of `text` that fits in `width` columns, and the columns it uses.
    public static func suffix<Text: StringProtocol>(of text: Text, fitting width: Int) -> (text: Text.SubSequence, width: Int) {
        let limit = max(0, width)
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let columns = of(text[previous])
            if used + columns > limit { break }
            used += columns
            start = previous
        }
        return (text[start..<text.endIndex], used)
    }

    /// `text` cut to at most `width` columns by leaving out its middle: a message's start says what
    /// failed and its end says why ("could not save: /long/path…: No space left on device").
    public static func truncateMiddle(_ text: String, toWidth width: Int, ellipsis: String = "…") -> String {
        let limit = max(0, width)
        if of(text) <= limit { return text }
        let room = limit - of(ellipsis)
        guard room >= 2 else { return truncate(text, toWidth: limit, ellipsis: ellipsis) }
        let head = prefix(of: text, fitting: room * 2 / 5)
        let tail = suffix(of: text, fitting: room - head.width)
        return String(head.text) + ellipsis + String(tail.text)
    }

    /// `text` padded with spaces to at least `width` columns. Never shortens it.
    public static func pad(_ text: String, toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let missing = width - of(text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + spaces(missing)
        case .right:
            return spaces(missing) + text
        case .center:
            let before = missing / 2
            return spaces(before) + text + spaces(missing - before)
        }
    }

    /// `text` truncated (with `ellipsis`) and padded so it is exactly `width` columns wide.
    public static func fit(_ text: String, toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        pad(truncate(text, toWidth: width, ellipsis: ellipsis), toWidth: width, alignment: alignment)
    }

    static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: max(0, count))
    }
}
