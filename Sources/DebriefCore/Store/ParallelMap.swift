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
}
