/// A key and what it does, as shown in the status bar: `[j/k] move`.
public struct KeyHint: Sendable, Hashable {
    public var keys: String
    public var description: String

    public init(_ keys: String, _ description: String) {
        self.keys = keys
        self.description = description
    }
}
