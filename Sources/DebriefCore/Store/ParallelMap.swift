import Foundation

/// Maps over an array on all cores, keeping order. For CPU-bound work such as decoding many files.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        let count = items.count
        if count < 64 { return items.map(transform) }
        let chunks = min(ProcessInfo.processInfo.activeProcessorCount * 4, count)
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let start = chunk * count / chunks
            let end = (chunk + 1) * count / chunks
            for index in start..<end {
                output[index] = transform(items[index])
            }
        }
        return results.map { $0! }
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
