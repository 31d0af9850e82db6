/// Which cells changed between two frames: what a backend must draw to turn the old frame into the
/// new one. Redraw decisions come from here, never from comparing app states.
public struct ScreenDiff: Equatable, Sendable {
    /// Cells `x..<x+width` of row `y` changed. A run never starts on the right half of a wide
    /// character: it then starts on its left half, so a backend can draw each run as it stands.
    public struct Run: Equatable, Sendable {
        public var y: Int
        public var x: Int
        public var width: Int

        public init(y: Int, x: Int, width: Int) {
            self.y = y
            self.x = x
            self.width = width
        }
    }

    /// Everything must be drawn: there was no old frame, or its size differs.
    public var isFull: Bool
    /// The changed runs, row by row, left to right (every row whole when `isFull`).
    public var runs: [Run]
    /// Whether the hardware cursor moved, appeared or went.
    public var cursorChanged: Bool

    public init(isFull: Bool, runs: [Run], cursorChanged: Bool) {
        self.isFull = isFull
        self.runs = runs
        self.cursorChanged = cursorChanged
    }

    /// Nothing to draw.
    public var isEmpty: Bool { !isFull && runs.isEmpty && !cursorChanged }
}

extension Screen {
    /// What changed from `old` (nil: nothing on the terminal yet) to `new`.
    public static func diff(from old: Screen?, to new: Screen) -> ScreenDiff {
        guard let old, old.width == new.width, old.height == new.height else {
            let rows = new.width == 0 ? [] : (0..<new.height).map { ScreenDiff.Run(y: $0, x: 0, width: new.width) }
            return ScreenDiff(isFull: true, runs: rows, cursorChanged: old?.cursor != new.cursor || old == nil)
        }
        var runs: [ScreenDiff.Run] = []
        let width = new.width
        for y in 0..<new.height {
            let row = y * width
            var x = 0
            while x < width {
                guard old.cells[row + x] != new.cells[row + x] else {
                    x += 1
                    continue
                }
                var start = x
                if new.cells[row + start].isContinuation && start > 0 { start -= 1 }
                var end = x + 1
                while end < width && old.cells[row + end] != new.cells[row + end] { end += 1 }
                runs.append(ScreenDiff.Run(y: y, x: start, width: end - start))
                x = end
            }
        }
        return ScreenDiff(isFull: false, runs: runs, cursorChanged: old.cursor != new.cursor)
    }
}
