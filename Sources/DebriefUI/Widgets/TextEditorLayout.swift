import DebriefCore

/// One row of wrapped text in a `TextEditor`: the grapheme range it shows (never the `\n`).
public struct EditorVisualLine: Sendable, Hashable {
    public var start: Int
    public var end: Int
    /// The last row of its logical line; only there can the cursor sit at `end`.
    public var endsLogicalLine: Bool

    /// The furthest the cursor can go on this row: before the `\n` or the text's end on a last row,
    /// else before the row's last character (the position after it is the next row's start).
    var lastCursorPosition: Int { endsLogicalLine ? end : max(start, end - 1) }
}

/// A cursor's place in the wrapped text: visual row (from the top of the text) and display column.
public struct EditorLocation: Sendable, Hashable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

extension TextEditor {
    /// The wrapped rows of the whole text at `wrapWidth`.
    public var visualLines: [EditorVisualLine] { visualLines(width: wrapWidth) }

    /// The wrapped rows of the whole text at `width` columns.
    public func visualLines(width: Int) -> [EditorVisualLine] {
        var lines: [EditorVisualLine] = []
        var lineStart = 0
        func wrapLogicalLine(endingAt lineEnd: Int) {
            let line = characters[lineStart..<lineEnd]
            let ranges = WordWrap.lineRanges(widths: line.map(Self.glyphWidth), isSpace: line.map { $0 == " " || $0 == "\t" }, width: width)
            for (index, range) in ranges.enumerated() {
                lines.append(EditorVisualLine(start: lineStart + range.lowerBound, end: lineStart + range.upperBound,
                                              endsLogicalLine: index == ranges.count - 1))
            }
        }
        for (index, character) in characters.enumerated() where Self.isLineBreak(character) {
            wrapLogicalLine(endingAt: index)
            lineStart = index + 1
        }
        wrapLogicalLine(endingAt: characters.count)
        return lines
    }

    /// Where the cursor is in the wrapped text at `wrapWidth`.
    public var cursorLocation: EditorLocation { location(of: cursor, in: visualLines) }

    func location(of position: Int, in lines: [EditorVisualLine]) -> EditorLocation {
        let row = lines.firstIndex { position >= $0.start && (position < $0.end || (position == $0.end && $0.endsLogicalLine)) }
            ?? max(0, lines.count - 1)
        guard row < lines.count else { return EditorLocation(row: 0, column: 0) }
        return EditorLocation(row: row, column: columns(from: lines[row].start, to: position))
    }

    /// Display columns taken by the characters in `start..<end`.
    func columns(from start: Int, to end: Int) -> Int {
        guard start < end else { return 0 }
        var total = 0
        for index in start..<end { total += Self.glyphWidth(of: characters[index]) }
        return total
    }

    /// The cursor position on `line` closest to `column` without passing it.
    func position(in line: EditorVisualLine, nearestColumn column: Int) -> Int {
        var position = line.start
        var used = 0
        while position < line.lastCursorPosition {
            let width = Self.glyphWidth(of: characters[position])
            if used + width > column { break }
            used += width
            position += 1
        }
        return position
    }

    /// Where the terminal should put its cursor when the editor is drawn in `area`, or nil when
    /// the area is empty.
    public func cursorPosition(in area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let lines = visualLines(width: Self.wrapWidth(forAreaWidth: area.width))
        let location = location(of: cursor, in: lines)
        let first = Self.firstVisibleRow(keeping: location.row, from: scrollOffset, visibleRows: area.height, lineCount: lines.count)
        return Point(x: area.x + min(location.column, area.width - 1), y: area.y + location.row - first)
    }
}
