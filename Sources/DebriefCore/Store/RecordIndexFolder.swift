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
        var entries: [RecordIndexEntry<R>] = []
        var filesRead = 0
        var changed = false
    }

    private enum FileOutcome<R: Sendable>: Sendable {
        case cached(Int)
        case read(Swift.Result<R, LoadProblem>, RecordIndexFileStamp?)
    }

    static func load<R: StoredRecord>(_ type: R.Type, store: RecordStore, cached: [RecordIndexEntry<R>], settledBefore: Int64) -> Result<R> {
        let dir = store.folder(for: type)
        let (files, listProblem) = store.recordFileNames(in: dir)
        var result = Result<R>()
        if let listProblem {
            result.problems = [listProblem]
            result.changed = !cached.isEmpty
            return result
        }
        // Both lists are in name order: pair each file with its cached entry in one pass.
        var cachedIndex = [Int?](repeating: nil, count: files.count)
        var next = 0
        for (position, name) in files.enumerated() {
            while next < cached.count && cached[next].name < name { next += 1 }
            if next < cached.count && cached[next].name == name { cachedIndex[position] = next }
        }
        let work = Array(zip(files, cachedIndex))
        // Stat by name in the open folder: building and walking a path per file costs more than the stat.
        let dirPath = dir.path
        let folder = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let outcomes = ParallelMap.map(work) { name, index -> FileOutcome<R> in
            if let index {
                let stamp = folder >= 0 ? RecordIndexFileStamp.of(name: name, inDirectory: folder) : RecordIndexFileStamp.of(path: dirPath + "/" + name)
                if stamp == cached[index].stamp { return .cached(index) }
            }
            let (read, stamp) = store.readRecordFile(R.self, name: name, in: dir)
            return .read(read, stamp)
        }

        result.records.reserveCapacity(files.count)
        result.entries.reserveCapacity(files.count)
        var unchanged = true
        for (name, outcome) in zip(files, outcomes) {
            switch outcome {
            case .cached(let index):
                result.records.append(cached[index].record)
                result.entries.append(cached[index])
            case .read(.success(let record), let stamp):
                result.filesRead += 1
                result.records.append(record)
                // A file touched in the last few seconds may change again without its stamp changing:
                // keep it out of the index until it has settled.
                if let stamp, stamp.isSettled(before: settledBefore) {
                    result.entries.append(RecordIndexEntry(name: name, stamp: stamp, record: record))
                    unchanged = false
                }
            case .read(.failure(let problem), _):
                result.filesRead += 1
                result.problems.append(problem)
            }
        }
        // Entries only ever leave the index when their files vanished, changed or broke.
        result.changed = !unchanged || result.entries.count != cached.count
        return result
    }
}
