import Foundation

/// Maps over an array on all cores, keeping order. For CPU-bound work such as decoding many files.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        // Wrapped, a transform never gives nil, so every item has a result.
        mapAll(items) { Optional(transform($0)) }!
    }

    /// Maps over an array on all cores, keeping order; nil as soon as `transform` gives nil for any
    /// item. The results are moved into the array returned, never copied: a copy of a large record
    /// costs a retain for every string and list it holds, and a hundred thousand of them add up.
    static func mapAll<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U?) -> [U]? {
        let count = items.count
        if count == 0 { return [] }
        let chunks = count < 64 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount * 4, count)
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        let failed = UnsafeMutableBufferPointer<Bool>.allocate(capacity: chunks)
        failed.initialize(repeating: false)
        defer {
            results.deinitialize()
            results.deallocate()
            failed.deallocate()
        }
        nonisolated(unsafe) let output = results
        nonisolated(unsafe) let chunkFailed = failed
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in chunk * count / chunks..<(chunk + 1) * count / chunks {
                guard let result = transform(items[index]) else { chunkFailed[chunk] = true; return }
                output[index] = result
            }
        }
        if failed.contains(true) { return nil }
        let slots = results.baseAddress!
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                (buffer.baseAddress! + index).initialize(to: (slots + index).move()!)
                (slots + index).initialize(to: nil)
            }
            initialized = count
        }
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
