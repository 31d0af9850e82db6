/// Why a theme could not be used. Always names the file (or built-in theme) and the problem.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file path, or "built-in theme NAME".
    public var source: String
    public var problem: String

    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }

    public var description: String { source.isEmpty ? "theme: \(problem)" : "theme \(source): \(problem)" }
}
