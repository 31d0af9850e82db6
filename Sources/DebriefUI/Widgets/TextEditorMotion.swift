/// Cursor movement by character, word and visual line.
extension TextEditor {
    public mutating func moveLeft() { moveCursor(to: cursor - 1) }
    public mutating func moveRight() { moveCursor(to: cursor + 1) }

    /// Alt-b / Ctrl-Left: to the start of this word, or of the previous one.
    public mutating func moveWordLeft() {
        var position = cursor
        while position > 0, !Self.isWordCharacter(character(at: position - 1)) { position -= 1 }
        while position > 0, Self.isWordCharacter(character(at: position - 1)) { position -= 1 }
        moveCursor(to: position)
    }

    /// Alt-f / Ctrl-Right: to the end of this word, or of the next one.
    public mutating func moveWordRight() {
        var position = cursor
        while position < characterCount, !Self.isWordCharacter(character(at: position)) { position += 1 }
        while position < characterCount, Self.isWordCharacter(character(at: position)) { position += 1 }
        moveCursor(to: position)
    }

    /// Home: to the start of the visual line.
    public mutating func moveToLineStart() {
        moveCursor(to: visualLine(atRow: location(of: cursor).row).start)
    }

    /// End: to the end of the visual line.
    public mutating func moveToLineEnd() {
        moveCursor(to: visualLine(atRow: location(of: cursor).row).lastCursorPosition)
    }

    /// Up by visual rows, aiming for the same column; from the top row, to the start of the text.
    public mutating func moveUp(rows: Int = 1) {
        moveVertically(by: -max(1, rows))
    }

    /// Down by visual rows, aiming for the same column; from the bottom row, to the end of the text.
    public mutating func moveDown(rows: Int = 1) {
        moveVertically(by: max(1, rows))
    }

    private mutating func moveVertically(by delta: Int) {
        let here = location(of: cursor)
        let column = rememberedColumn ?? here.column
        let target = here.row + delta
        if target < 0 {
            moveCursor(to: 0)
        } else if target >= visualRowCount {
            moveCursor(to: characterCount)
        } else {
            moveCursor(to: position(in: visualLine(atRow: target), nearestColumn: column), keepingColumn: true)
            rememberColumn(column)
            return
        }
        rememberColumn(column)
    }

    /// Letters, digits, CJK and emoji make words; spaces and punctuation separate them.
    static func isWordCharacter(_ character: Character) -> Bool {
        !character.isWhitespace && !character.isPunctuation
    }
}
