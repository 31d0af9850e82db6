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

    /// The wrapped rows of the whole text at `width` columns (at `wrapWidth`, from the lines' own rows).
    public func visualLines(width: Int) -> [EditorVisualLine] {
        var rows: [EditorVisualLine] = []
        for (number, line) in lines.enumerated() {
            let start = index.characterStarts[number]
            let ranges = width == wrapWidth ? line.rows : EditorLine.wrap(line.characters, width: width)
            for (row, range) in ranges.enumerated() {
                rows.append(EditorVisualLine(start: start + range.lowerBound, end: start + range.upperBound, endsLogicalLine: row == ranges.count - 1))
            }
        }
        return rows
    }

    /// Rows of wrapped text at `wrapWidth`.
    public var visualRowCount: Int { index.rowCount }

    /// Row `row` of the wrapped text at `wrapWidth` (clamped to the rows there are).
    func visualLine(atRow row: Int) -> EditorVisualLine {
        let row = min(max(0, row), index.rowCount - 1)
        let number = index.line(ofRow: row)
        let rows = lines[number].rows
        let local = min(row - index.rowStarts[number], rows.count - 1)
        let start = index.characterStarts[number]
        return EditorVisualLine(start: start + rows[local].lowerBound, end: start + rows[local].upperBound, endsLogicalLine: local == rows.count - 1)
    }

    /// The characters drawn on row `row` at `wrapWidth`.
    func characters(inRow row: Int) -> ArraySlice<Character> {
        let number = index.line(ofRow: row)
        let rows = lines[number].rows
        let local = row - index.rowStarts[number]
        guard rows.indices.contains(local) else { return [] }
        return lines[number].characters[rows[local]]
    }

    /// Where the cursor is in the wrapped text at `wrapWidth`.
    public var cursorLocation: EditorLocation { location(of: cursor) }

    /// Where `position` is in the wrapped text at `wrapWidth`: found through its line, never the whole text.
    func location(of position: Int) -> EditorLocation {
        let position = min(max(0, position), characterCount)
        let number = index.line(containing: position)
        let line = lines[number]
        let column = position - index.characterStarts[number]
        let rows = line.rows
        let local = rows.firstIndex { column >= $0.lowerBound && (column < $0.upperBound || (column == $0.upperBound && $0 == rows.last)) }
            ?? rows.count - 1
        let start = rows[local].lowerBound
        var width = 0
        for offset in start..<max(start, min(column, line.characters.count)) { width += Self.glyphWidth(of: line.characters[offset]) }
        return EditorLocation(row: index.rowStarts[number] + local, column: width)
    }

    /// Where `position` is among `lines` (rows wrapped at any width).
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
        for index in start..<end { total += Self.glyphWidth(of: character(at: index)) }
        return total
    }

    /// The cursor position on `line` closest to `column` without passing it.
    func position(in line: EditorVisualLine, nearestColumn column: Int) -> Int {
        var position = line.start
        var used = 0
        while position < line.lastCursorPosition {
            let width = Self.glyphWidth(of: character(at: position))
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
        let location: EditorLocation
        let rowCount: Int
        if Self.wrapWidth(forAreaWidth: area.width) == wrapWidth {
            location = self.location(of: cursor)
            rowCount = index.rowCount
        } else {
            let lines = visualLines(width: Self.wrapWidth(forAreaWidth: area.width))
            location = self.location(of: cursor, in: lines)
            rowCount = lines.count
        }
        let first = Self.firstVisibleRow(keeping: location.row, from: scrollOffset, visibleRows: area.height, lineCount: rowCount)
        return Point(x: area.x + min(location.column, area.width - 1), y: area.y + location.row - first)
    }
}
