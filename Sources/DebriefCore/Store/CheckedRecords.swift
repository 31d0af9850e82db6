import Foundation

/// One kind of record as `debrief check` reads it: the records and problems `RecordStore.loadAll`
/// gives, and for every record file that could be opened, whether its mode lets other users in,
/// from the fstat the read made anyway (a second lstat of every file was a fifth of a check).
struct CheckedRecords<R: StoredRecord> {
    var records: [R] = []
    var problems: [LoadProblem] = []
    /// By path, each record file that was opened: its mode problem, or nil when its mode is right.
    /// A path not here was not opened (a link, a folder, gone), and its entry is looked at apart.
    var modeProblems: [String: LoadProblem?] = [:]

    static func read(_ type: R.Type, from store: RecordStore) -> CheckedRecords {
        let dir = store.folder(for: type)
        let (names, listProblem) = store.recordFileNames(in: dir)
        var checked = CheckedRecords()
        if let listProblem {
            checked.problems = [listProblem]
            return checked
        }
        let dirPath = dir.path
        let reads = ParallelMap.map(names) { name in store.readRecordFile(R.self, name: name, inPath: dirPath) }
        checked.records.reserveCapacity(reads.count)
        checked.modeProblems.reserveCapacity(reads.count)
        for (name, read) in zip(names, reads) {
            switch read.result {
            case .success(let record): checked.records.append(record)
            case .failure(let problem): checked.problems.append(problem)
            }
            guard let permissions = read.permissions else { continue }
            let path = dirPath + "/" + name
            checked.modeProblems[path] = DataCheck.modeProblems(atPath: path, mode: permissions, expected: DurableFile.fileMode).first
        }
        return checked
    }
}
