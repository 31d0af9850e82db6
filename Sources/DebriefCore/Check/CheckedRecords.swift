import Foundation

/// One record folder as `debrief check` reads it, in one listing and one pass on all cores: the
/// problems `RecordStore.loadAll` would report for its records, what the check keeps of each record
/// (`K`: ids, not whole records, so each record is freed on the core that decoded it), and the
/// problems of every entry of the folder, records' modes among them, taken from the fstat the read
/// made anyway (a second listing and lstat of every file was a fifth of a check).
struct CheckedRecords<K: Sendable> {
    var kept: [K] = []
    var problems: [LoadProblem] = []
    /// The folder's entries' own problems (modes, links, lock files, folders) in name order; nil
    /// when the folder could not be listed here, and the check lists it itself.
    var entryProblems: [LoadProblem]?

    /// One entry of the folder: its record (nil for what is not a record's name) and its own problems.
    struct Entry: Sendable {
        var record: Result<K, LoadProblem>?
        var problems: [LoadProblem]
    }

    static func read<R: StoredRecord>(_ type: R.Type, from store: RecordStore, keeping keep: @escaping @Sendable (R) -> K) -> CheckedRecords {
        let dir = store.folder(for: type)
        let dirPath = dir.path
        var checked = CheckedRecords()
        guard let listed = SyncLeftover.entryNames(dirPath) else {
            // Missing, unlistable or holding a name that is not UTF-8: as `loadAll` reads it.
            let (names, listProblem) = store.recordFileNames(in: dir)
            if let listProblem { checked.problems = [listProblem] }
            let reads = ParallelMap.map(names) { name in store.readRecordFile(R.self, name: name, inPath: dirPath).result.map(keep) }
            for read in reads {
                switch read {
                case .success(let kept): checked.kept.append(kept)
                case .failure(let problem): checked.problems.append(problem)
                }
            }
            return checked
        }
        let entries = ParallelMap.map(listed.sorted()) { name -> Entry in
            let path = dirPath + "/" + name
            guard name.hasSuffix(".json"), !name.hasPrefix(".") else {
                return Entry(record: nil, problems: DataCheck.entryProblems(URL(fileURLWithPath: path, isDirectory: false), name: name))
            }
            let read = store.readRecordFile(R.self, name: name, inPath: dirPath)
            // A record that could not be opened (a link, a folder) is reported by the read; its
            // mode is what the entry adds when it is a regular file.
            let modes = read.permissions.map { DataCheck.modeProblems(atPath: path, mode: $0, expected: DurableFile.fileMode) }
                ?? DataCheck.entryProblems(URL(fileURLWithPath: path, isDirectory: false), name: name)
            return Entry(record: read.result.map(keep), problems: modes)
        }
        var entryProblems: [LoadProblem] = []
        checked.kept.reserveCapacity(entries.count)
        for entry in entries {
            switch entry.record {
            case .success(let kept)?: checked.kept.append(kept)
            case .failure(let problem)?: checked.problems.append(problem)
            case nil: break
            }
            entryProblems += entry.problems
        }
        checked.entryProblems = entryProblems
        return checked
    }
}
