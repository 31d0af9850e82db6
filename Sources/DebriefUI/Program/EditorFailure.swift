/// Why `$EDITOR` gave no text back: it could not start, it exited with a failure status (vim's
/// `:cq`), or its file could not be made or read. `message` says so and that the text is unchanged.
public struct EditorFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
