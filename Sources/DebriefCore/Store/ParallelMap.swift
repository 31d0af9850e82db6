import Foundation

/// Maps over an array on all cores, keeping order. For CPU-bound work such as decoding many files.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        // Wrapped, a transform never gives nil, so every item has a result.
        mapAll(items) { Optional(transform($0)) }!
    }

    /// Maps over an array on all cores, keeping order; nil as soon as `transform` gives nil for any
    /// item. Each result is written straight into the array returned: no copy, and no buffer of
    /// optionals to move them out of (a copy of a large record costs a retain for every string and
    /// list it holds, and moving a hundred thousand of them was a visible share of start-up).
    static func mapAll<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U?) -> [U]? {
        let count = items.count
        if count == 0 { return [] }
        let chunks = count < 64 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount * 4, count)
        // How many results each chunk wrote, from its start: all of its items unless one gave nil.
        let written = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
        written.initialize(repeating: 0)
        defer { written.deallocate() }
        var complete = true
        let results = [U](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let output = buffer.baseAddress!
            nonisolated(unsafe) let chunkWritten = written
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = chunk * count / chunks
                var done = 0
                defer { chunkWritten[chunk] = done }
                for index in start..<(chunk + 1) * count / chunks {
                    guard let result = transform(items[index]) else { return }
                    (output + index).initialize(to: result)
                    done += 1
                }
            }
            for chunk in 0..<chunks where written[chunk] != (chunk + 1) * count / chunks - chunk * count / chunks {
                complete = false
            }
            if complete {
                initialized = count
            } else {
                for chunk in 0..<chunks { (output + chunk * count / chunks).deinitialize(count: written[chunk]) }
                initialized = 0
            }
        }
        return complete ? results : nil
    }

    /// Maps one contiguous chunk per core, keeping order, for work that carries state from item to
    /// item (a memo): each chunk gets its own, so nothing is shared between threads.
    static func mapChunks<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (ArraySlice<T>) -> [U]) -> [U] {
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount, items.count / 256)
        if chunks < 2 { return transform(items[...]) }
        let results = UnsafeMutableBufferPointer<[U]>.allocate(capacity: chunks)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            output[chunk] = transform(items[chunk * items.count / chunks..<(chunk + 1) * items.count / chunks])
        }
        return Array(results.joined())
    }
}
