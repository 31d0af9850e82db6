/// Why an effect failed, as a value `update` can tell apart (a stale revision is not a full disk), with
/// the sentence the user reads. The performer classifies the error it caught; the screen shows
/// `message` as it did when failures were strings.
public struct EffectFailure: Error, Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    public enum Kind: Sendable, Equatable {
        /// The record changed on disk since it was loaded (`StaleRevision`); nothing was overwritten.
        case staleRevision(path: String)
        /// The system refused a read, write or sync (ENOSPC: the disk is full).
        case disk(errno: Int32, path: String)
        /// Another Debrief process is saving the same file right now.
        case locked(path: String)
        /// The file on disk cannot be read as a record; it was left untouched.
        case broken(path: String)
        /// The record itself is not valid (an id or a field); writing it again will not help.
        case invalid
        /// The record kept changing on disk through every retry.
        case busy
        /// What the effect needs is not there (a review not saved yet).
        case missing
        /// A choice that no longer applies (someone chose already).
        case refused
        case other
    }

    public var kind: Kind
    /// What the user reads: what was wrong and what to do.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A failure of no particular kind (tests, and errors from outside the store).
    public init(stringLiteral message: String) {
        self.init(.other, message)
    }

    public var description: String { message }

    /// The same failure, with its message reworded (`"could not save: " + message`).
    public func prefixed(_ prefix: String) -> EffectFailure {
        EffectFailure(kind, prefix + message)
    }
}
