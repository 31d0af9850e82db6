import DebriefCore

extension Screen {
    /// Writes one line of text from (x, y) and returns the columns it used.
    ///
    /// The text is sanitised first (`DisplaySanitizer.singleLine`): controls show as placeholders and
    /// line breaks as `⏎`, so nothing written here can move the terminal's cursor. Writing stops at
    /// `x + maxWidth` and at the screen's right edge; a wide character that does not fit becomes a
    /// space. Columns left of the screen are skipped but still counted.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        guard x < limit else { return 0 }
        let shown = DisplaySanitizer.singleLine.sanitize(text)
        var column = x
        var lastDrawn: Int?
        for character in shown {
            let columns = character.displayWidth
            if columns == 0 {
                // A lone combining mark joins the character drawn before it.
                if let previous = lastDrawn { cells[y * width + previous].text.append(character) }
                continue
            }
            if column + columns > limit {
                if column < limit, column >= 0 { place(" ", columns: 1, x: column, y: y, style: style) }
                column = min(limit, column + columns)
                break
            }
            if column >= 0 {
                place(String(character), columns: columns, x: column, y: y, style: style)
                lastDrawn = column
            } else if column + columns > 0 {
                // The right half of a wide character at the left edge: show a space instead.
                place(" ", columns: 1, x: 0, y: y, style: style)
            }
            column += columns
        }
        return max(0, column - x)
    }

    /// Text cut to `maxWidth` with an ellipsis when it does not fit (never halving a wide character),
    /// written from (x, y). Returns the columns used.
    @discardableResult
    public mutating func putTruncated(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int) -> Int {
        let shown = DisplayWidth.truncate(DisplaySanitizer.singleLine.sanitize(text), toWidth: maxWidth)
        return put(shown, x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Text fitted into exactly `width` columns at (x, y): sanitised, cut with an ellipsis when too
    /// long, and aligned when shorter. The padding is not drawn, so it keeps what is underneath.
    /// Returns the columns the text itself used.
    @discardableResult
    public mutating func putFitted(_ text: String, x: Int, y: Int, width: Int, alignment: TextAlignment = .left, style: Style) -> Int {
        guard width > 0 else { return 0 }
        let shown = DisplayWidth.truncate(DisplaySanitizer.singleLine.sanitize(text), toWidth: width)
        let free = width - DisplayWidth.of(shown)
        let offset: Int
        switch alignment {
        case .left: offset = 0
        case .center: offset = free / 2
        case .right: offset = free
        }
        return put(shown, x: x + offset, y: y, style: style, maxWidth: width - offset)
    }

    /// Fills a rectangle (clipped to the screen) with a character, a space by default.
    public mutating func fill(_ rect: Rect, style: Style, with character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let columns = max(1, character.displayWidth)
        let text = String(character)
        for row in area.y..<area.maxY {
            var column = area.x
            while column < area.maxX {
                if column + columns > area.maxX {
                    place(" ", columns: 1, x: column, y: row, style: style)
                } else {
                    place(text, columns: columns, x: column, y: row, style: style)
                }
                column += columns
            }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping the text.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                cells[row * width + column].style = style
            }
            // Keep both halves of a wide character that straddles the edge in one style.
            if area.x > 0, cells[row * width + area.x].isContinuation {
                cells[row * width + area.x - 1].style = style
            }
            if area.maxX < width, cells[row * width + area.maxX].isContinuation {
                cells[row * width + area.maxX].style = style
            }
        }
    }

    /// Puts one glyph of `columns` (1 or 2) columns at (x, y), first clearing any wide character it
    /// would cut in half. Callers guarantee x, y and x + columns are on the screen.
    mutating func place(_ text: String, columns: Int, x: Int, y: Int, style: Style) {
        let rowStart = y * width
        breakWideCharacter(at: x, rowStart: rowStart)
        if columns == 2 {
            breakWideCharacter(at: x + 1, rowStart: rowStart)
            cells[rowStart + x] = Cell(text: text, style: style, width: 2)
            cells[rowStart + x + 1] = Cell(text: "", style: style, width: 0)
        } else {
            cells[rowStart + x] = Cell(text: text, style: style, width: 1)
        }
    }

    /// If the cell at x is half of a wide character, turns both halves into spaces in their style.
    private mutating func breakWideCharacter(at x: Int, rowStart: Int) {
        let cell = cells[rowStart + x]
        if cell.isContinuation, x > 0 {
            let leftStyle = cells[rowStart + x - 1].style
            cells[rowStart + x - 1] = Cell(text: " ", style: leftStyle)
            cells[rowStart + x] = Cell(text: " ", style: cell.style)
        } else if cell.width == 2, x + 1 < width {
            let rightStyle = cells[rowStart + x + 1].style
            cells[rowStart + x] = Cell(text: " ", style: cell.style)
            cells[rowStart + x + 1] = Cell(text: " ", style: rightStyle)
        }
    }
}
