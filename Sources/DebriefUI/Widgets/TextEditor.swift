import DebriefCore

/// A multi-line text editor as a value: the text, a cursor (a grapheme index, 0…count) and the
/// scroll position. Soft-wraps by display width at `wrapWidth`; Up/Down and Home/End move by
/// visual (wrapped) line. Pair it with `TextEditorView` to draw it.
///
/// The text is also kept as lines, each with its rows wrapped (`EditorLine`), and running totals
/// of where each line starts (`EditorLineIndex`): a key re-splits and re-wraps the line it is in
/// and changes `text` in place, the cursor is found by a binary search over lines, and drawing
/// looks only at the rows on screen. So a key costs about the same in a 1 MB note as in a short one.
///
/// The text is kept exactly as it came (a note from a file, an import or another session keeps its
/// tabs, CR LF, bidi marks and controls); only drawing makes it safe (`glyph(of:)`), one glyph per
/// character, so every cursor position still maps to one place on screen. Typed or pasted line
/// breaks (CR, which terminals send for Enter, and CR LF) become `\n`.
public struct TextEditor: Sendable, Hashable {
    /// The content, UTF-8 as any Swift string.
    public internal(set) var text: String
    /// `text` as logical lines, in step with it.
    var lines: [EditorLine]
    /// Where each line starts, in step with `lines`.
    var index: EditorLineIndex
    /// The cursor as a grapheme index: 0 is before the first character, `characterCount` after the last.
    public private(set) var cursor: Int
    /// The first visual row shown.
    public private(set) var scrollOffset: Int
    /// Columns the text wraps at. Use `setViewport(for:)` to match the area the view draws in.
    public private(set) var wrapWidth: Int
    /// Rows the view shows, for scrolling and PgUp/PgDn.
    public private(set) var visibleRows: Int
    /// The column Up/Down aim for, remembered across short lines.
    var preferredColumn: Int?
    /// The whole text is selected, as a pre-filled field is when it gets the focus (`selectAll()`):
    /// typing replaces it, Backspace or Delete clears it, a movement key only drops the selection.
    public private(set) var isAllSelected = false

    /// Starts with `text`, the cursor at its end.
    public init(text: String = "", wrapWidth: Int = 40, visibleRows: Int = 10) {
        self.text = text
        let width = max(1, wrapWidth)
        lines = EditorLine.lines(of: Array(text), width: width)
        index = EditorLineIndex(lines)
        cursor = index.characterCount
        scrollOffset = 0
        self.wrapWidth = width
        self.visibleRows = max(1, visibleRows)
        scrollToCursor()
    }

    public var characterCount: Int { index.characterCount }
    public var isEmpty: Bool { text.isEmpty }

    /// Two editors are the same when they show the same text the same way (the lines are derived).
    public static func == (a: TextEditor, b: TextEditor) -> Bool {
        a.cursor == b.cursor && a.scrollOffset == b.scrollOffset && a.wrapWidth == b.wrapWidth && a.visibleRows == b.visibleRows
            && a.preferredColumn == b.preferredColumn && a.isAllSelected == b.isAllSelected && a.text == b.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(cursor)
    }

    /// The editing and movement commands a keymap can bind.
    public enum Command: Sendable, Hashable {
        case insert(String)
        case newline
        case deleteBackward  // Backspace
        case deleteForward  // Delete
        case deleteWordBackward  // Ctrl-W
        case left, right
        case wordLeft, wordRight  // Alt-b / Alt-f, Ctrl-Left / Ctrl-Right
        case lineStart, lineEnd  // Home / End of the visual line
        case up, down
        case pageUp, pageDown
        case documentStart, documentEnd
    }

    public mutating func apply(_ command: Command) {
        if isAllSelected {
            isAllSelected = false
            switch command {
            case .insert, .newline: setText("")
            case .deleteBackward, .deleteForward, .deleteWordBackward:
                setText("")
                return
            default: break
            }
        }
        switch command {
        case .insert(let insertion): insert(insertion)
        case .newline: insertNewline()
        case .deleteBackward: deleteBackward()
        case .deleteForward: deleteForward()
        case .deleteWordBackward: deleteWordBackward()
        case .left: moveLeft()
        case .right: moveRight()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .lineStart: moveToLineStart()
        case .lineEnd: moveToLineEnd()
        case .up: moveUp()
        case .down: moveDown()
        case .pageUp: moveUp(rows: max(1, visibleRows - 1))
        case .pageDown: moveDown(rows: max(1, visibleRows - 1))
        case .documentStart: moveCursor(to: 0)
        case .documentEnd: moveCursor(to: characterCount)
        }
    }

    /// Matches wrapping and scrolling to the area `TextEditorView` draws in.
    public mutating func setViewport(for area: Rect) {
        let width = Self.wrapWidth(forAreaWidth: area.width)
        if width != wrapWidth {
            wrapWidth = width
            for line in lines.indices { lines[line].rows = EditorLine.wrap(lines[line].characters, width: width) }
            index.recount(lines, from: 0)
        }
        visibleRows = max(1, area.height)
        scrollToCursor()
    }

    /// Text wraps one column short of the area so the cursor fits after a full line.
    public static func wrapWidth(forAreaWidth width: Int) -> Int { max(1, width - 1) }

    /// Replaces the whole text; the cursor goes to the end.
    /// Selects the whole text (nothing when empty), so the next typed character replaces it.
    public mutating func selectAll() { isAllSelected = !isEmpty }

    public mutating func setText(_ newText: String) {
        isAllSelected = false
        rebuild(from: newText)
        preferredColumn = nil
        moveCursor(to: characterCount)
    }

    // MARK: Editing

    /// Inserts typed or pasted text at the cursor and moves the cursor after it.
    public mutating func insert(_ insertion: String) {
        replace(cursor..<cursor, with: Self.normalizeLineBreaks(insertion))
    }

    public mutating func insertNewline() { replace(cursor..<cursor, with: "\n") }

    /// Backspace: deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        replace(cursor - 1..<cursor, with: "")
    }

    /// Delete: deletes the character after the cursor.
    public mutating func deleteForward() {
        guard cursor < characterCount else { return }
        replace(cursor..<cursor + 1, with: "")
    }

    /// Ctrl-W: deletes the spaces before the cursor and the word before them, as shells do. At the
    /// start of a line it joins the line to the one above.
    public mutating func deleteWordBackward() {
        guard cursor > 0 else { return }
        if Self.isLineBreak(character(at: cursor - 1)) {
            replace(cursor - 1..<cursor, with: "")
            return
        }
        var start = cursor
        while start > 0, !Self.isLineBreak(character(at: start - 1)), character(at: start - 1).isWhitespace { start -= 1 }
        while start > 0, !character(at: start - 1).isWhitespace { start -= 1 }
        replace(start..<cursor, with: "")
    }

    /// The one place the text changes: keeps `text`, the lines and the cursor in step, even when
    /// the new text joins with a neighbour into one grapheme (a combining mark after a letter).
    private mutating func replace(_ range: Range<Int>, with insertion: String) {
        splice(range, with: insertion)
    }

    // MARK: Cursor

    mutating func moveCursor(to position: Int, keepingColumn: Bool = false) {
        cursor = min(max(0, position), characterCount)
        if !keepingColumn { preferredColumn = nil }
        scrollToCursor()
    }

    mutating func rememberColumn(_ column: Int) { preferredColumn = column }
    var rememberedColumn: Int? { preferredColumn }

    /// Scrolls the least needed to show the cursor's row.
    mutating func scrollToCursor() {
        let row = location(of: cursor).row
        scrollOffset = Self.firstVisibleRow(keeping: row, from: scrollOffset, visibleRows: visibleRows, lineCount: index.rowCount)
    }

    static func firstVisibleRow(keeping row: Int, from offset: Int, visibleRows: Int, lineCount: Int) -> Int {
        let rows = max(1, visibleRows)
        var first = min(max(0, offset), max(0, lineCount - rows))
        if row < first { first = row }
        if row >= first + rows { first = row - rows + 1 }
        return max(0, first)
    }

    /// Line breaks typed or pasted: CR LF and CR (what a terminal sends for Enter) become `\n`.
    /// Nothing else typed is changed; drawing makes it safe.
    static func normalizeLineBreaks(_ input: String) -> String {
        guard input.contains("\r") || input.contains("\r\n") else { return input }
        return input.replacingCharacters("\r\n", with: "\n").replacingCharacters("\r", with: "\n")
    }

    /// A character that ends a line in the editor: `\n`, and CR LF as stored by other tools.
    static func isLineBreak(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }

    /// What is drawn for one character of the text: itself when it is safe, four spaces for a tab,
    /// and the sanitizer's placeholder for controls (`␛`, `␍`, `�`); bidi and zero-width marks
    /// draw as nothing. Never stored.
    public static func glyph(of character: Character) -> String {
        if character == "\t" { return "    " }
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return String(character) }
        return DisplaySanitizer.singleLine.sanitize(String(character))
    }

    /// Columns `glyph(of:)` takes.
    static func glyphWidth(of character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        return DisplayWidth.of(glyph(of: character))
    }
}

extension String {
    /// Replaces whole grapheme clusters equal to `target` (no Foundation needed).
    fileprivate func replacingCharacters(_ target: Character, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
