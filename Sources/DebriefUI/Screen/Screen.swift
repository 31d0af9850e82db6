/// An in-memory grid of cells that every view renders into. Terminal backends draw it;
/// tests read it back as text. Knows nothing of ncurses.
///
/// Invariant: a cell of width 2 is always followed by a continuation cell (width 0) in the same
/// row, and a continuation cell always follows a width-2 cell. The writing methods keep it when a
/// wide character is partly overwritten.
public struct Screen: Hashable, Sendable {
    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var cells: [Cell]
    /// Where the terminal should show its hardware cursor after drawing (a text field being edited),
    /// or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position. Reading outside the screen gives a blank cell; writing outside is
    /// ignored, so a view drawn into a too-small screen clips instead of crashing. Setting a cell
    /// directly does not clean up wide characters: prefer `put` and `fill`.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Blanks every cell and hides the cursor.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
        cursor = nil
    }

    /// The text of one row as drawn (continuation cells skipped), trailing spaces trimmed.
    public func text(ofRow y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var line = ""
        for x in 0..<width {
            let cell = cells[y * width + x]
            if !cell.isContinuation { line += cell.text }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// The screen as plain text, one line per row, trailing spaces trimmed.
    public var plainText: String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height { lines.append(text(ofRow: y)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
