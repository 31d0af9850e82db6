/// How the deals in each of the board's columns are ordered.
public enum BoardSort: String, Sendable, Hashable, CaseIterable {
    case closeDate = "close date"
    case amount

    public var next: BoardSort { self == .closeDate ? .amount : .closeDate }
}
