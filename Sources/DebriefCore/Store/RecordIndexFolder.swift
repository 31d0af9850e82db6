import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads one folder (deals or reviews) with the help of the index entries cached for it.
enum RecordIndexFolder {
    struct Result<R: Sendable> {
        /// The records, unless `reused` (then they are the cached section's, see `entries`).
        var records: [R] = []
        var problems: [LoadProblem] = []
        /// What the index should hold for this folder now.
        var entries = RecordIndexSection<R>()
        var filesRead = 0
        var changed = false
        /// Whether the folder holds exactly the cached files, unchanged: its records are then the
        /// cached section's, handed on as they are (and, if deferred, still not decoded).
        var reused = false
    }

    /// A folder's listing and the stamp of each file listed, in listing order. Taken apart from the
    /// index (it needs nothing from it), so it can run on one core while the index is decoded on
    /// the other. The stamp of a file is compared with what the index holds whenever it was read:
    /// the index says what a file held when it had that stamp.
    struct Scan: Sendable {
        var listed: [String] = []
        var problem: LoadProblem?
        var stamps: [RecordIndexFileStamp?] = []
    }

    static func scan<R: StoredRecord>(_ type: R.Type, store: RecordStore) -> Scan {
        let dir = store.folder(for: type)
        let (listed, problem) = store.recordFileNames(in: dir, sorted: false)
        if problem != nil { return Scan(problem: problem) }
        // Stat by name in the open folder: building and walking a path per file costs more than the stat.
        let dirPath = dir.path
        let folder = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let stamps = ParallelMap.map(listed) { name in
            folder >= 0 ? RecordIndexFileStamp.of(name: name, inDirectory: folder) : RecordIndexFileStamp.of(path: dirPath + "/" + name)
        }
        return Scan(listed: listed, stamps: stamps)
    }

    static func load<R: StoredRecord>(_ type: R.Type, store: RecordStore, scan: Scan, cached: RecordIndexSection<R>, settledBefore: Int64) -> Result<R> {
        let dir = store.folder(for: type)
        var result = Result<R>()
        if let listProblem = scan.problem {
            result.problems = [listProblem]
            result.changed = !cached.isEmpty
            return result
        }
        let (files, cachedIndex, sortedPosition, filePosition) = pair(scan.listed, with: cached)
        let stamps = cached.stamps
        var unchanged = [Bool](repeating: false, count: files.count)
        for (listedPosition, stamp) in scan.stamps.enumerated() {
            let position = filePosition[listedPosition]
            if let index = cachedIndex[position], let stamp, stamp == stamps[index] { unchanged[position] = true }
        }
        // The usual start: the same files as last time, none changed. The cached records are handed
        // on as they are, not copied one by one.
        if files.count == cached.count && !unchanged.contains(false) {
            result.reused = true
            result.entries = cached
            if let sortedPosition {
                // Listed in another order than the index remembers (or it did not): remember this one.
                result.entries.listing = sortedPosition.map(Int32.init)
                result.changed = result.entries.listing != cached.listing
            }
            return result
        }

        // Some files changed: the cached records are needed one by one. If deferred ones turn out
        // corrupt, every file is read instead.
        let cachedRecords = cached.records ?? []
        if cachedRecords.count != cached.count { unchanged = unchanged.map { _ in false } }
        let toRead = files.indices.filter { !unchanged[$0] }
        let reads = ParallelMap.map(toRead) { position in store.readRecordFile(R.self, name: files[position], in: dir) }
        result.records.reserveCapacity(files.count)
        result.entries.reserveCapacity(files.count)
        var nextRead = 0
        var added = false
        for (position, name) in files.enumerated() {
            if unchanged[position], let index = cachedIndex[position] {
                result.records.append(cachedRecords[index])
                result.entries.append(RecordIndexEntry(name: name, stamp: cached.stamps[index], record: cachedRecords[index]))
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
    /// for each listed file its position in name order (`sortedPosition`, nil when the index's order
    /// was used), and the same positions whichever order was used (`filePosition`).
    /// When the folder lists the very files the index holds, in the order it remembers (the usual
    /// start), the index's order is the name order: sorting many names is a noticeable cost.
    private static func pair<R>(_ listed: [String], with cached: RecordIndexSection<R>)
        -> (files: [String], cachedIndex: [Int?], sortedPosition: [Int]?, filePosition: [Int]) {
        if cached.isListing(listed) { return (cached.names, cached.indices.map { $0 }, nil, cached.listing.map { Int($0) }) }
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
        return (files, cachedIndex, sortedPosition, sortedPosition)
    }
}
