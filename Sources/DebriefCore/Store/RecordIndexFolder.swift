import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads one folder (deals or reviews) with the help of the index entries cached for it.
enum RecordIndexFolder {
    struct Result<R: Sendable> {
        var records: [R] = []
        var problems: [LoadProblem] = []
        /// What the index should hold for this folder now.
        var entries = RecordIndexSection<R>()
        var filesRead = 0
        var changed = false
    }

    static func load<R: StoredRecord>(_ type: R.Type, store: RecordStore, cached: RecordIndexSection<R>, settledBefore: Int64) -> Result<R> {
        let dir = store.folder(for: type)
        let (listed, listProblem) = store.recordFileNames(in: dir, sorted: false)
        var result = Result<R>()
        if let listProblem {
            result.problems = [listProblem]
            result.changed = !cached.isEmpty
            return result
        }
        let (files, cachedIndex, sortedPosition) = pair(listed, with: cached)
        // Stat by name in the open folder: building and walking a path per file costs more than the stat.
        let dirPath = dir.path
        let folder = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let stamps = cached.stamps
        let unchanged = ParallelMap.map(Array(zip(files, cachedIndex))) { name, index -> Bool in
            guard let index else { return false }
            let stamp = folder >= 0 ? RecordIndexFileStamp.of(name: name, inDirectory: folder) : RecordIndexFileStamp.of(path: dirPath + "/" + name)
            return stamp == stamps[index]
        }
        // The usual start: the same files as last time, none changed. The cached records are handed
        // on as they are, not copied one by one.
        if files.count == cached.count && !unchanged.contains(false) {
            result.records = cached.records
            result.entries = cached
            if let sortedPosition {
                // Listed in another order than the index remembers (or it did not): remember this one.
                result.entries.listing = sortedPosition.map(Int32.init)
                result.changed = result.entries.listing != cached.listing
            }
            return result
        }

        let toRead = files.indices.filter { !unchanged[$0] }
        let reads = ParallelMap.map(toRead) { position in store.readRecordFile(R.self, name: files[position], in: dir) }
        result.records.reserveCapacity(files.count)
        result.entries.reserveCapacity(files.count)
        var nextRead = 0
        var added = false
        for (position, name) in files.enumerated() {
            if unchanged[position], let index = cachedIndex[position] {
                result.records.append(cached.records[index])
                result.entries.append(RecordIndexEntry(name: name, stamp: cached.stamps[index], record: cached.records[index]))
                continue
            }
            let (read, stamp) = reads[nextRead]
            nextRead += 1
            result.filesRead += 1
            switch read {
            case .success(let record):
                result.records.append(record)
                // A file touched in the last few seconds may change again without its stamp changing:
                // keep it out of the index until it has settled.
                if let stamp, stamp.isSettled(before: settledBefore) {
                    result.entries.append(RecordIndexEntry(name: name, stamp: stamp, record: record))
                    added = true
                }
            case .failure(let problem):
                result.problems.append(problem)
            }
        }
        // Entries only ever leave the index when their files vanished, changed or broke.
        result.changed = added || result.entries.count != cached.count
        if result.entries.count == files.count {
            // Every file has its entry, in name order: remember the listing order for the next start.
            result.entries.listing = sortedPosition.map { $0.map(Int32.init) } ?? cached.listing
            result.changed = result.changed || result.entries.listing != cached.listing
        }
        return result
    }

    /// The listed files in name order, each with the position of its cached entry (if it has one),
    /// and for each listed file its position in name order (nil when the index's order was used).
    /// When the folder lists the very files the index holds, in the order it remembers (the usual
    /// start), the index's order is the name order: sorting many names is a noticeable cost.
    private static func pair<R>(_ listed: [String], with cached: RecordIndexSection<R>) -> (files: [String], cachedIndex: [Int?], sortedPosition: [Int]?) {
        if cached.isListing(listed) { return (cached.names, cached.indices.map { $0 }, nil) }
        let order = listed.indices.sorted { listed[$0] < listed[$1] }
        let files = order.map { listed[$0] }
        var sortedPosition = [Int](repeating: 0, count: listed.count)
        for (position, listedPosition) in order.enumerated() { sortedPosition[listedPosition] = position }
        // Both lists are in name order: pair each file with its cached entry in one pass.
        let cachedNames = cached.names
        var cachedIndex = [Int?](repeating: nil, count: files.count)
        var next = 0
        for (position, name) in files.enumerated() {
            while next < cachedNames.count && cachedNames[next] < name { next += 1 }
            if next < cachedNames.count && cachedNames[next] == name { cachedIndex[position] = next }
        }
        return (files, cachedIndex, sortedPosition)
    }
}
