import Foundation

/// A value worked out on first use, once, by whichever thread asks first; threads asking meanwhile
/// wait for that one result and share it.
final class DecodeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var work: (@Sendable () -> Value)?
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        self.work = work
    }

    /// Whether the work has been done (without doing it).
    var isDone: Bool {
        lock.lock()
        defer { lock.unlock() }
        return result != nil
    }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let result { return result }
        let value = work!()
        result = value
        // What the work held (the index bytes) is not needed any more.
        work = nil
        return value
    }
}
