/// Greedy word wrapping by display width, for paragraphs, the note editor and plain-text exports.
///
/// Lines break after a space; a word longer than the line is broken between characters; a
/// character is never split. One space at a break "hangs" at the end of the line it ends
/// (counted in the line's range, never drawn), so a wrapped line never starts with that space.
public enum WordWrap {
    /// The visual lines of one logical line (no `\n` inside), as ranges of grapheme offsets into
    /// `characters`. Ranges are consecutive and cover every character; an empty line gives `[0..<0]`.
    public static func lineRanges(of characters: [Character], width: Int) -> [Range<Int>] {
        lineRanges(widths: characters.map(DisplayWidth.of), isSpace: characters.map { $0 == " " }, width: width)
    }

    /// As `lineRanges(of:width:)`, given each character's width and whether it is a space.
    public static func lineRanges(widths: [Int], isSpace: [Bool], width: Int) -> [Range<Int>] {
        let limit = max(1, width)
        var ranges: [Range<Int>] = []
        var start = 0
        var used = 0
        var breakAfterSpace: Int?  // where the next line would start if we break at the last space
        var index = 0
        while index < widths.count {
            let columns = widths[index]
            if used + columns <= limit {
                used += columns
                if isSpace[index] { breakAfterSpace = index + 1 }
                index += 1
                continue
            }
            if isSpace[index] {
                // The space that overflows hangs at the end of this line.
                ranges.append(start..<index + 1)
                start = index + 1
                index += 1
            } else if let breakPoint = breakAfterSpace, breakPoint > start {
                ranges.append(start..<breakPoint)
                start = breakPoint
                index = breakPoint
            } else if index == start {
                // A single character wider than the line: give it a line of its own.
                ranges.append(start..<index + 1)
                start = index + 1
                index += 1
            } else {
                // A word longer than the line: break it here.
                ranges.append(start..<index)
                start = index
            }
            used = 0
            breakAfterSpace = nil
        }
        if start < widths.count || ranges.isEmpty { ranges.append(start..<widths.count) }
        return ranges
    }

    /// `text` wrapped to `width` columns: each `\n` starts a new line and each logical line is
    /// wrapped by word. Spaces hanging at a break are dropped from the returned lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for logicalLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let characters = Array(logicalLine)
            for range in lineRanges(of: characters, width: width) {
                var line = String(characters[range])
                if range.upperBound < characters.count, line.hasSuffix(" ") { line.removeLast() }
                lines.append(line)
            }
        }
        return lines
    }
}
