import Foundation

/// A read-only health check of a data directory: every file parsed, every mode checked,
/// leftovers from crashes found. Changes nothing.
public struct DataCheck: Codable, Sendable {
    public var directory: String
    public var dealCount: Int
    public var reviewCount: Int
    public var questionSetCount: Int
    public var problems: [LoadProblem]
    /// Fields a sync could not merge, waiting for a person to choose: not problems with the files.
    public var pendingConflicts: [PendingConflicts] = []

    public static func run(on store: RecordStore) -> DataCheck {
        let root = store.root
        var problems: [LoadProblem] = []
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            return DataCheck(directory: root.path, dealCount: 0, reviewCount: 0, questionSetCount: 0, problems: [
                LoadProblem(path: root.path, reason: "there is no data directory here. Create one with `debrief demo --dir \(root.path)` or `debrief import FILE`, or pass --data-dir"),
            ])
        }
        // The data folder may be a link the user made on purpose: its target's mode is what counts.
        problems += modeProblems(at: root, expected: DurableFile.directoryMode, followingLink: true)

        // Read as `loadAll` reads them, keeping ids only, with each folder's entries looked at in the same pass.
        let deals = CheckedRecords.read(Deal.self, from: store) { $0.id }
        let reviews = CheckedRecords.read(Review.self, from: store) { (id: $0.id, dealId: $0.dealId) }
        let questions = QuestionBank.load(from: store)
        problems += deals.problems + reviews.problems + questions.problems

        let pendingFolders = [Deal.folder, Review.folder].map { PendingConflicts.folder + "/" + $0 }
        for folder in [Deal.folder, Review.folder, "questions"] + pendingFolders {
            let dir = root.appendingPathComponent(folder, isDirectory: true)
            if let kind = FileModeChange.irregularKind(at: dir.path), kind != "a folder" {
                problems.append(LoadProblem(path: dir.path, reason: "is \(kind) where a record folder should be; Debrief does not follow it. Remove it with `rm '\(dir.path)'` (that removes only the link) and sync or restore the folder"))
                continue
            }
            guard fm.fileExists(atPath: dir.path) else { continue }
            problems += modeProblems(at: dir, expected: DurableFile.directoryMode)
            // The record folders' entries were looked at as their records were read; other
            // folders' entries cost an lstat or two each, on all cores.
            let read = folder == Deal.folder ? deals.entryProblems : folder == Review.folder ? reviews.entryProblems : nil
            if let read {
                problems += read
                continue
            }
            let dirPath = dir.path
            let names = (SyncLeftover.entryNames(dirPath) ?? []).sorted()
            problems += ParallelMap.map(names) { name in entryProblems(URL(fileURLWithPath: dirPath + "/" + name, isDirectory: false), name: name) }.flatMap { $0 }
        }

        let dealIDs = Set(deals.kept)
        for review in reviews.kept where !dealIDs.contains(review.dealId) {
            let path = root.appendingPathComponent(Review.folder).appendingPathComponent(review.id + ".json").path
            problems.append(LoadProblem(path: path, reason: "refers to deal '\(review.dealId)', which does not exist"))
        }

        // Copies left by sync tools and files with conflict markers: said as such, not as parse errors.
        // A marker line makes a file invalid JSON (no string holds a raw newline), so only files that
        // did not decode are read again for them.
        let unreadable = Set(problems.compactMap { problem -> String? in
            problem.path.hasPrefix(root.path + "/") ? String(problem.path.dropFirst(root.path.count + 1)) : nil
        })
        problems = SyncLeftover.relabel(problems, leftovers: SyncLeftover.scan(root: root, readingOnly: unreadable))

        let pending = PendingConflictStore(root: root, fileSystem: store.fileSystem).loadAll()
        problems += pending.problems

        let teamSets = questions.sets.filter { set in !BuiltInQuestions.sets.contains(set) }.count
        var check = DataCheck(directory: root.path, dealCount: deals.kept.count, reviewCount: reviews.kept.count,
                              questionSetCount: teamSets, problems: problems)
        check.pendingConflicts = pending.conflicts
        return check
    }

    /// Whether a writer holds the lock file's flock right now. Writers hold it from just after creating
    /// the file until they rename or remove it; a lock nobody holds was left by a process that died.
    static func isHeldByLiveWriter(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        // Gone since the folder was listed: a save just finished.
        guard fd >= 0 else { return true }
        defer { close(fd) }
        if flock(fd, LOCK_SH | LOCK_NB) == 0 {
            flock(fd, LOCK_UN)
            return false
        }
        return errno == EWOULDBLOCK
    }

    /// What is wrong with one entry of a record folder, if anything. Records themselves are read
    /// (and their problems found) by the store; this finds what the store does not read.
    static func entryProblems(_ url: URL, name: String) -> [LoadProblem] {
        let path = url.path
        if name.hasSuffix(".json") && !name.hasPrefix(".") {
            // The store reports a record that is a link, pipe or folder; only the mode is left, and
            // one lstat tells both.
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return [] }
            return modeProblems(at: url, mode: info.st_mode & 0o777, expected: DurableFile.fileMode)
        }
        let kind = FileModeChange.irregularKind(at: path)
        if name.hasSuffix(".lock") {
            if kind == "a symbolic link" {
                return [LoadProblem(path: path, reason: "is a lock file that is a symbolic link, which Debrief never makes; the next save of this record removes it. Or remove it with `rm '\(path)'` (that removes only the link)")]
            }
            if let kind {
                return [LoadProblem(path: path, reason: "is \(kind) named like a lock file; saves of this record fail until it is gone. Move it out of the data folder")]
            }
            // A lock a running Debrief holds is a save in progress, not a problem.
            if isHeldByLiveWriter(path) { return [] }
            return [LoadProblem(path: path, reason: "a lock file left behind by an interrupted save; the next save of this record removes it, or delete it by hand")]
        }
        if kind == "a folder" {
            return [LoadProblem(path: path, reason: "is a folder inside a record folder, not a record; Debrief does not load what is in it. Move it out of the data folder")]
                + modeProblems(at: url, expected: DurableFile.directoryMode)
        }
        if let kind {
            return [LoadProblem(path: path, reason: "is \(kind), not a record; Debrief does not read it or follow it. Remove it with `rm '\(path)'` (for a link, that removes only the link)")]
        }
        return []
    }

    static func modeProblems(at url: URL, expected: mode_t, followingLink: Bool = false) -> [LoadProblem] {
        var info = stat()
        guard (followingLink ? stat(url.path, &info) : lstat(url.path, &info)) == 0 else { return [] }
        // A link has no mode of its own (lstat says 777); links are reported for what they are.
        guard info.st_mode & S_IFMT != S_IFLNK else { return [] }
        return modeProblems(at: url, mode: info.st_mode & 0o777, expected: expected)
    }

    static func modeProblems(at url: URL, mode: mode_t, expected: mode_t) -> [LoadProblem] {
        modeProblems(atPath: url.path, mode: mode, expected: expected)
    }

    static func modeProblems(atPath path: String, mode: mode_t, expected: mode_t) -> [LoadProblem] {
        if mode & 0o077 != 0 {
            let octal = String(mode, radix: 8)
            let wanted = String(expected, radix: 8)
            return [LoadProblem(path: path, reason: "is open to other users (mode \(octal)); run `chmod \(wanted) '\(path)'`")]
        }
        return []
    }
}
