import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and writes records as one JSON file each under the data directory.
///
/// Saves are compare-and-swap on the record's revision, under a lockfile, so two terminals (or a
/// manager and a rep) can never silently overwrite each other. Files that do not parse are reported
/// and never written over.
public struct RecordStore: Sendable {
    public let root: URL
    /// Every write and every read of a single record goes through here; tests inject faults.
    public let fileSystem: any FileSystem

    public init(root: URL, fileSystem: any FileSystem = PosixFileSystem()) {
        self.root = root
        self.fileSystem = fileSystem
    }

    public func folder<R: StoredRecord>(for type: R.Type) -> URL {
        root.appendingPathComponent(R.folder, isDirectory: true)
    }

    /// The file for a record id, after checking that the id cannot escape the folder.
    public func fileURL<R: StoredRecord>(for type: R.Type, id: String) throws -> URL {
        if let reason = RecordID.problem(with: id) {
            throw StoreError.invalidID(kind: R.kindName, id: id, reason: reason)
        }
        return folder(for: type).appendingPathComponent(id + ".json", isDirectory: false)
    }

    // MARK: Reading

    /// Loads one record, or nil when there is no such file.
    public func load<R: StoredRecord>(_ type: R.Type, id: String) throws -> R? {
        let url = try fileURL(for: type, id: id)
        guard let data = try Self.read(url, fileSystem: fileSystem) else { return nil }
        switch RecordDecoding.decode(R.self, from: data, path: url.path) {
        case .success(let record): return record
        case .failure(let problem): throw StoreError.brokenOnDisk(problem)
        }
    }

    /// Loads every record of a kind. Broken files are returned as problems; the rest still load.
    public func loadAll<R: StoredRecord>(_ type: R.Type) -> (records: [R], problems: [LoadProblem]) {
        let dir = folder(for: type)
        let (files, listProblem) = recordFileNames(in: dir)
        if let listProblem { return ([], [listProblem]) }
        // Decoding dominates start-up with many files; spread it over the cores.
        let results = ParallelMap.map(files) { name in readRecordFile(R.self, name: name, in: dir).result }
        var records: [R] = []
        var problems: [LoadProblem] = []
        records.reserveCapacity(results.count)
        for result in results {
            switch result {
            case .success(let record): records.append(record)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (records, problems)
    }

    /// The record files of a folder in name order; a missing folder has none, an unlistable one is a problem.
    /// The record files in `dir`, in name order unless `sorted` is false (the record index orders them itself).
    func recordFileNames(in dir: URL, sorted: Bool = true) -> (names: [String], problem: LoadProblem?) {
        if let names = Self.directoryEntries(dir.path) {
            let records = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            return (sorted ? records.sorted() : records, nil)
        }
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            let records = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            return (sorted ? records.sorted() : records, nil)
        } catch {
            if !FileManager.default.fileExists(atPath: dir.path) { return ([], nil) }
            return ([], LoadProblem(path: dir.path, reason: "cannot list the folder: \(error.localizedDescription)"))
        }
    }

    /// The folder's entry names via readdir, which is much cheaper than FileManager's listing for
    /// large folders. Nil (so FileManager decides, with its error) if the folder cannot be opened
    /// or holds a name that is not valid UTF-8.
    private static func directoryEntries(_ path: String) -> [String]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                return String(validatingCString: base)
            }
            guard let name else { return nil }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Reads and decodes one file of a folder as `loadAll` does, with the file's stamp when it could be read.
    func readRecordFile<R: StoredRecord>(_ type: R.Type, name: String, in dir: URL) -> (result: Result<R, LoadProblem>, stamp: RecordIndexFileStamp?) {
        let read = readRecordFile(R.self, name: name, inPath: dir.path)  // a URL per file was a tenth of a cold start
        return (read.result, read.stamp)
    }

    /// The same for a folder given as a path, with the file's permission bits when it could be read.
    func readRecordFile<R: StoredRecord>(_ type: R.Type, name: String, inPath dir: String)
        -> (result: Result<R, LoadProblem>, stamp: RecordIndexFileStamp?, permissions: mode_t?) {
        let path = dir + "/" + name
        let data: Data, stamp: RecordIndexFileStamp, permissions: mode_t
        switch RecordFileRead.contentsAndPermissions(atPath: path) {
        case .success(let read): (data, stamp, permissions) = read
        case .failure(let refusal): return (.failure(LoadProblem(path: path, reason: refusal.reason)), nil, nil)
        }
        let result = RecordDecoding.decode(R.self, from: data, path: path)
        if case .success(let record) = result, record.id + ".json" != name {
            return (.failure(LoadProblem(path: path, reason: "holds id '\(record.id)', which does not match its file name")), stamp, permissions)
        }
        return (result, stamp, permissions)
    }

    // MARK: Writing

    /// Saves `record`, whose `revision` must be the revision it was loaded at (0 for a new record).
    /// Returns the record as saved, with its new revision. Saving an unchanged record writes nothing.
    /// Throws `StaleRevision` when the file on disk has moved on: to a newer revision, or, when
    /// `base` (the record as it was loaded) is given, to other content at the same revision (a hand
    /// edit, `jq`, a `git checkout` or a restored copy, none of which count revisions).
    @discardableResult
    public func save<R: StoredRecord & Equatable>(_ record: R, base: R? = nil, now: Date = Timestamp.now()) throws -> R {
        try Self.save(record, base: base, at: try fileURL(for: R.self, id: record.id), now: now, fileSystem: fileSystem)
    }

    /// The compare-and-swap save behind `save(_:)`, for a record kept at a path of its own
    /// (such as `playbook.json`).
    public static func save<R: StoredRecord & Equatable>(_ record: R, base: R? = nil, at url: URL, now: Date = Timestamp.now(),
                                                         fileSystem: any FileSystem = PosixFileSystem()) throws -> R {
        try DurableFile.withLock(on: url, fileSystem: fileSystem) { lock in
            switch try nextVersion(of: record, base: base, at: url, now: now, fileSystem: fileSystem) {
            case .unchanged(let current):
                // Nothing to write, but a mode someone loosened is put back: a save of the record
                // is when a user expects its file to be as Debrief keeps it.
                _ = FileModeChange.set(url.path, to: DurableFile.fileMode, ifItIs: .regularFile)
                return current
            case .write(let saved):
                try lock.commit(encodeWithinLimit(saved))
                return saved
            }
        }
    }

    /// The bytes of `record`, refused when they are more than a record may be read back as: a save
    /// that could never be loaded again would lose the whole record, not just the excess.
    static func encodeWithinLimit<R: StoredRecord>(_ record: R) throws -> Data {
        let data = try RecordCoding.encode(record)
        guard data.count <= RecordDecoding.maximumFileSize else {
            let limit = RecordDecoding.maximumFileSize >> 20
            throw StoreError.invalidRecord(kind: R.kindName, id: record.id, problems: [
                "would be \((data.count + (1 << 20) - 1) >> 20) MB, more than the \(limit) MB a record can be; nothing was saved. Shorten its longest notes (or keep long documents in files of their own) and save again",
            ])
        }
        return data
    }

    enum NextVersion<R: StoredRecord> {
        case unchanged(R)
        case write(R)
    }

    /// The compare-and-swap decision, made under the record's lock: what to write, if anything.
    static func nextVersion<R: StoredRecord & Equatable>(of record: R, base: R? = nil, at url: URL, now: Date, fileSystem: any FileSystem) throws -> NextVersion<R> {
        let current = try currentRecord(R.self, at: url, fileSystem: fileSystem)
        if let current {
            guard current.revision == record.revision else {
                throw StaleRevision(path: url.path, yours: record, theirs: current)
            }
            if unchanged(record, comparedWith: current) { return .unchanged(current) }
            // Changed underneath without a new revision: merged like a newer save, never written over.
            if let base, base.revision == current.revision, !unchanged(base, comparedWith: current) {
                throw StaleRevision(path: url.path, yours: record, theirs: current)
            }
        } else if record.revision != 0 {
            throw StaleRevision<R>(path: url.path, yours: record, theirs: nil)
        }
        return .write(try nextRevision(of: record, now: now))
    }

    /// Whether `record` says what `current` says, whatever their save times and schema numbers.
    static func unchanged<R: StoredRecord & Equatable>(_ record: R, comparedWith current: R) -> Bool {
        var same = record
        same.updatedAt = current.updatedAt
        same.schemaVersion = current.schemaVersion
        return same == current
    }

    /// The record as saved over the revision it was loaded at: the next revision, stamped `now`.
    /// A revision out of range (only a caller's own arithmetic can make one) is refused, never trapped on.
    static func nextRevision<R: StoredRecord>(of record: R, now: Date) throws -> R {
        guard let next = RecordNumberRange.next(after: record.revision) else {
            throw StoreError.invalidRecord(kind: R.kindName, id: record.id, problems: [
                "its revision \(record.revision) is outside what Debrief accepts (\(RecordNumberRange.revision.lowerBound) to \(RecordNumberRange.revision.upperBound)); nothing was saved",
            ])
        }
        var saved = record
        saved.revision = next
        saved.updatedAt = now
        saved.schemaVersion = R.currentSchemaVersion
        return saved
    }

    /// Removes a record, if it is still at the revision the caller saw.
    public func delete<R: StoredRecord>(_ record: R) throws {
        let url = try fileURL(for: R.self, id: record.id)
        try DurableFile.withLock(on: url, fileSystem: fileSystem) { _ in
            guard let current = try Self.currentRecord(R.self, at: url, fileSystem: fileSystem) else { return }
            guard current.revision == record.revision else {
                throw StaleRevision(path: url.path, yours: record, theirs: current)
            }
            do throws(SystemCallError) {
                try fileSystem.unlink(url.path)
            } catch {
                throw DurableFile.Failure.system(path: url.path, operation: "remove", code: error.code)
            }
            try DurableFile.syncDirectory(of: url, fileSystem: fileSystem)
        }
    }

    /// The record at `url`, nil when there is no file; a file that does not parse is an error, never overwritten.
    public static func currentRecord<R: StoredRecord>(_ type: R.Type, at url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws -> R? {
        guard let data = try read(url, fileSystem: fileSystem) else { return nil }
        switch RecordDecoding.decode(R.self, from: data, path: url.path) {
        case .success(let record): return record
        case .failure(let problem): throw StoreError.brokenOnDisk(problem)
        }
    }

    /// A record file's bytes, nil when there is none; unreadable is an error, never "missing".
    static func read(_ url: URL, fileSystem: any FileSystem) throws -> Data? {
        do throws(SystemCallError) {
            return try fileSystem.contents(atPath: url.path, limit: RecordDecoding.maximumFileSize)
        } catch {
            let refusal: RecordFileRead.Refusal
            switch error.code {
            case ELOOP: refusal = .notRegular("a symbolic link")
            case EFBIG:
                var info = stat()
                refusal = .tooBig(bytes: lstat(url.path, &info) == 0 ? Int64(info.st_size) : Int64(RecordDecoding.maximumFileSize) + 1)
            case EINVAL, EISDIR: refusal = .notRegular(FileModeChange.irregularKind(at: url.path) ?? "not a regular file")
            default: refusal = .unreadable(error.code)
            }
            throw StoreError.brokenOnDisk(LoadProblem(path: url.path, reason: refusal.reason))
        }
    }
}
