import Foundation
import Synchronization

/// Runs work that mostly waits on the disk (durable writes wait on fsync) on more threads than
/// there are cores. The file system commits concurrent fsyncs together, so many writers in flight
/// finish far sooner than one; `ParallelMap` stays the tool for work that keeps a core busy.
enum BlockingWorkers {
    private final class NextIndex: Sendable {
        let value = Atomic<Int>(0)
    }

    /// Applies `body` to every item, keeping order, on up to `threads` threads.
    static func map<T: Sendable, U: Sendable>(_ items: [T], threads: Int, _ body: @escaping @Sendable (T) -> U) -> [U] {
        let count = items.count
        let workers = max(1, min(threads, count))
        if workers == 1 { return items.map(body) }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // The results are copied out below; the buffer's own copies must be released too, or every
        // result (a batched save's records and files) outlives the call.
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let output = results
        let next = NextIndex()
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while true {
                    let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
                    if index >= count { break }
                    output[index] = body(items[index])
                }
                group.leave()
            }
            thread.stackSize = 256 * 1024
            thread.start()
        }
        group.wait()
        return results.map { $0! }
    }
}
