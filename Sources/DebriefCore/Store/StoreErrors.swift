import Foundation

/// A file that could not be read as a record. The file is left exactly as it was.
public struct LoadProblem: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// A save whose base revision is no longer what is on disk (a compare-and-swap refused; not a
/// sync's pending conflict, see `MergeOverlap`). Carries both versions so nothing is lost.
public struct StaleRevision<R: StoredRecord>: Error, CustomStringConvertible {
    public var path: String
    /// What the caller tried to save.
    public var yours: R
    /// What is on disk now; nil when the file was deleted underneath.
    public var theirs: R?

    public var description: String {
        if let theirs {
            return "\(path) was changed elsewhere (it is at revision \(theirs.revision), this save started from revision \(yours.revision)). Nothing was overwritten: reload and apply your change again."
        }
        return "\(path) was deleted elsewhere after this save started from revision \(yours.revision). Nothing was written."
    }
}

/// Errors from the store that are not conflicts, each worded to say what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case invalidID(kind: String, id: String, reason: String)
    case invalidRecord(kind: String, id: String, problems: [String])
    case brokenOnDisk(LoadProblem)
    case notFound(kind: String, id: String)

    public var description: String {
        switch self {
        case .invalidID(let kind, let id, let reason):
            return "cannot use '\(id)' as a \(kind) id: \(reason)"
        case .invalidRecord(let kind, let id, let problems):
            return "the \(kind) '\(id)' is not valid: " + problems.joined(separator: "; ")
        case .brokenOnDisk(let problem):
            return "\(problem.path) cannot be read (\(problem.reason)); it was left untouched. Fix or move the file, then try again."
        case .notFound(let kind, let id):
            return "no \(kind) with id '\(id)'"
        }
    }
}
