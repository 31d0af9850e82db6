/// One column of the screen. A wide character (CJK, most emoji) occupies its cell and marks the
/// next one as a continuation, so the grid always matches what the terminal draws.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; empty for the right half of a wide character.
    public var text: String
    public var style: Style
    /// 1 for normal cells, 2 for the left half of a wide character, 0 for its right half.
    public var width: UInt8

    public init(text: String = " ", style: Style = .plain, width: UInt8 = 1) {
        self.text = text
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
