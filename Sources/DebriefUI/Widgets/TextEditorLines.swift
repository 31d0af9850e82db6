import DebriefCore

/// One logical line of a `TextEditor`'s text: its characters, the line break that ends it, and its
/// rows wrapped at the editor's width. An edit changes only the lines it touches, so a key in a
/// long note re-splits and re-wraps one line, not the note.
struct EditorLine: Sendable, Hashable {
    var characters: [Character]
    /// `\n` or `\r\n`; nil on the last line.
    var lineBreak: Character?
    /// UTF-8 bytes of the characters and the break.
    var utf8Count: Int
    /// The rows at the editor's wrap width, as ranges of `characters` (`[0..<0]` for an empty line).
    var rows: [Range<Int>]

    init(_ characters: [Character], lineBreak: Character?, width: Int) {
        self.characters = characters
        self.lineBreak = lineBreak
        utf8Count = characters.reduce(lineBreak?.utf8.count ?? 0) { $0 + $1.utf8.count }
        rows = Self.wrap(characters, width: width)
    }

    /// Characters in the line, its break counted: the next line starts this far after this one.
    var span: Int { characters.count + (lineBreak == nil ? 0 : 1) }

    static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        WordWrap.lineRanges(widths: characters.map(TextEditor.glyphWidth), isSpace: characters.map { $0 == " " || $0 == "\t" }, width: width)
    }

    /// `characters` split into lines at each line break.
    static func lines(of characters: [Character], width: Int) -> [EditorLine] {
        var lines: [EditorLine] = []
        var start = 0
        for (index, character) in characters.enumerated() where TextEditor.isLineBreak(character) {
            lines.append(EditorLine(Array(characters[start..<index]), lineBreak: character, width: width))
            start = index + 1
        }
        lines.append(EditorLine(Array(characters[start...]), lineBreak: nil, width: width))
        return lines
    }
}

/// Where each line starts, as running totals over the lines: its first character, its first byte
/// in `text` and its first visual row. Kept with the lines; an edit recounts from the first line it
/// touched (a sum per line, not per character).
struct EditorLineIndex: Sendable, Hashable {
    var characterStarts: [Int] = [0]
    var utf8Starts: [Int] = [0]
    var rowStarts: [Int] = [0]
    var characterCount = 0
    var rowCount = 1

    init(_ lines: [EditorLine]) { recount(lines, from: 0) }

    mutating func recount(_ lines: [EditorLine], from first: Int) {
        // Lines before `first` did not change, so neither did where `first` starts.
        let keep = max(0, min(first, lines.count - 1, characterStarts.count - 1))
        characterStarts.removeSubrange((keep + 1)...)
        utf8Starts.removeSubrange((keep + 1)...)
        rowStarts.removeSubrange((keep + 1)...)
        var index = keep + 1
        while index < lines.count {
            let previous = lines[index - 1]
            characterStarts.append(characterStarts[index - 1] + previous.span)
            utf8Starts.append(utf8Starts[index - 1] + previous.utf8Count)
            rowStarts.append(rowStarts[index - 1] + previous.rows.count)
            index += 1
        }
        guard let last = lines.last else { return }
        characterCount = characterStarts[lines.count - 1] + last.span
        rowCount = rowStarts[lines.count - 1] + last.rows.count
    }

    /// The line holding grapheme `position` (a position at a line's end, before its break, is that line's).
    func line(containing position: Int) -> Int { Self.lastIndex(in: characterStarts, atMost: position) }

    /// The line holding visual row `row`.
    func line(ofRow row: Int) -> Int { Self.lastIndex(in: rowStarts, atMost: row) }

    /// The last index whose value is at most `value` in an ascending array starting at 0.
    private static func lastIndex(in starts: [Int], atMost value: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

extension TextEditor {
    /// The character at grapheme index `position` (a line break included).
    func character(at position: Int) -> Character {
        let line = index.line(containing: position)
        let column = position - index.characterStarts[line]
        let stored = lines[line]
        return column < stored.characters.count ? stored.characters[column] : stored.lineBreak ?? " "
    }

    /// Replaces the graphemes in `range` with `insertion` by rebuilding only the lines the range
    /// touches: they are joined with the insertion, split into graphemes again (a combining mark
    /// joins the letter before it, `\r` then `\n` becomes one break) and wrapped; `text` changes
    /// by the same bytes in place. The cursor goes after the insertion.
    mutating func splice(_ range: Range<Int>, with insertion: String) {
        let firstLine = index.line(containing: range.lowerBound)
        let lastLine = index.line(containing: range.upperBound)
        let first = lines[firstLine], last = lines[lastLine]
        let prefix = String(first.characters[..<(range.lowerBound - index.characterStarts[firstLine])])
        let suffix = String(last.characters[(range.upperBound - index.characterStarts[lastLine])...]) + (last.lineBreak.map(String.init) ?? "")
        let upToCursor = prefix + insertion
        let segment = upToCursor + suffix
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: index.utf8Starts[firstLine])
        let upper = utf8.index(lower, offsetBy: index.utf8Starts[lastLine] + last.utf8Count - index.utf8Starts[firstLine])
        text.replaceSubrange(lower..<upper, with: segment)
        var replacement = EditorLine.lines(of: Array(segment), width: wrapWidth)
        // The segment ends with the last line's break, so splitting it leaves an empty line after
        // that break: the line that followed is still there.
        if last.lineBreak != nil {
            guard replacement.count > 1, replacement.last?.characters.isEmpty == true else {
                // Cannot happen (a break always ends a grapheme); rebuild rather than guess.
                rebuild(from: text)
                moveCursor(to: index.characterStarts[firstLine] + upToCursor.count)
                return
            }
            replacement.removeLast()
        }
        lines.replaceSubrange(firstLine...lastLine, with: replacement)
        index.recount(lines, from: firstLine)
        preferredColumn = nil
        moveCursor(to: min(index.characterCount, index.characterStarts[firstLine] + upToCursor.count))
    }

    /// Splits `newText` into lines and wraps them all: a new text, or a new wrap width.
    mutating func rebuild(from newText: String) {
        text = newText
        lines = EditorLine.lines(of: Array(newText), width: wrapWidth)
        index = EditorLineIndex(lines)
    }
}
