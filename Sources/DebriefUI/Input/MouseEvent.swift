/// A mouse event in screen cells, as the terminal reports it: a click of the main button or a step
/// of the wheel. Like a key it is a message (`Msg.mouse`); the app finds what is drawn at the
/// position (`MouseRouting`), so hit-testing stays pure and testable without a terminal.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case click, wheelUp, wheelDown }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
