/// The board's two columns: what we won, and what we lost (to a competitor or to no decision).
public enum BoardColumn: String, Sendable, Hashable, CaseIterable {
    case won
    case lost

    public var other: BoardColumn { self == .won ? .lost : .won }
    public var title: String { self == .won ? "WON" : "LOST" }
}
