import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RecordStore {
    /// Saves many records of one kind with the same guarantees as `save(_:)` — compare-and-swap,
    /// atomic replacement, durable before success is reported — but with two syncs per `chunkSize`
    /// records instead of two per record: each chunk's files are written on `writerThreads` threads,
    /// the file system is synced once (syncfs), all are put in place, then the folder is fsynced.
    /// A crash anywhere leaves each file either as it was or complete and new, never partial: no
    /// file is put in place before the sync that made it durable.
    ///
    /// The batch holds its folder's `FolderLock` exclusively, so single saves wait for it (and then
    /// see what it wrote). A new record (revision 0) is written to an `UnnamedFile` and linked into
    /// place, which fails if the name was taken; a changed one goes through its lock file as in `save`.
    ///
    /// Chunks overlap: while one chunk is synced and put in place on a thread of its own, the next
    /// chunk's files are already being written, so the folder operations (one core) and the writing
    /// (the others) keep every core busy instead of taking turns. The folder lock is let go for a
    /// moment about every `fairnessInterval`, so a single save waiting on a long import gets its turn.
    ///
    /// Results keep the order of `records`; a failure (conflict, I/O error) affects only its record,
    /// except a failed sync or folder lock, which fails every record of its chunk: none is reported saved.
    /// Chunks are smaller than `chunkSize` when the open-file limit is low (`lockFilesOpenAtOnce`).
    public func saveAll<R: StoredRecord & Equatable>(_ records: [R], now: Date = Timestamp.now(), writerThreads: Int = 8,
                                                    chunkSize: Int = 1024, progress: (@Sendable () -> Void)? = nil) -> [Result<R, any Error>] {
        // Two chunks hold their files open at once: the one being put in place and the next.
        let chunkSize = max(1, min(chunkSize, Self.lockFilesOpenAtOnce() / 2))
        let folder = folder(for: R.self)
        let installing = InstallStage<R>()
        var folderLock: DurableFile.FolderLock?
        var lockedAt = Date()
        var start = 0
        while start < records.count {
            let chunk = Array(records[start..<min(start + chunkSize, records.count)])
            start += chunk.count
            if let held = folderLock, Date().timeIntervalSince(lockedAt) > Self.fairnessInterval {
                installing.waitForPrevious()  // its links and renames still need the folder to itself
                held.release()
                folderLock = nil
                usleep(5_000)
            }
            if folderLock == nil {
                do {
                    folderLock = try DurableFile.FolderLock.exclusive(folder, wait: 2, fileSystem: fileSystem)
                    lockedAt = Date()
                } catch {
                    installing.waitForPrevious()
                    installing.append(chunk.map { _ in .failure(error) })
                    for _ in chunk { progress?() }
                    continue
                }
            }
            let prepared = prepareChunk(chunk, now: now, writerThreads: writerThreads)
            installing.waitForPrevious()
            let store = self
            installing.start { store.installChunk(prepared, progress: progress) }
        }
        installing.waitForPrevious()
        folderLock?.release()
        return installing.results
    }

    /// How long a batch keeps its folder to itself before letting waiting single saves in.
    static let fairnessInterval: TimeInterval = 0.5

    /// Each record of a chunk keeps its lock file open until the chunk is installed, so a chunk may
    /// take only part of the open-file limit (1024 by default on most Linux systems, 256 on macOS):
    /// a 1,024-deal chunk under a 1,024 limit failed its last deals with "Too many open files".
    static func lockFilesOpenAtOnce() -> Int {
        var limit = rlimit()
        #if canImport(Glibc)
        let status = getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit)
        #else
        let status = getrlimit(RLIMIT_NOFILE, &limit)
        #endif
        guard status == 0, limit.rlim_cur < rlim_t(Int.max) else { return Int.max }
        // Half of what is left after a margin for the files everything else in the process holds.
        return max(8, (Int(limit.rlim_cur) - 64) / 2)
    }

    private enum Prepared<R: StoredRecord>: Sendable {
        /// A changed record written to its lock file.
        case ready(DurableFile.Lock, R)
        /// A new record written to an unnamed file; `yours` is the record as the caller gave it.
        case fresh(DurableFile.UnnamedFile, yours: R, saved: R)
        case done(Result<R, any Error>)

        var isWritten: Bool {
            switch self {
            case .ready, .fresh: true
            case .done: false
            }
        }

        /// Gives up the written file, reporting `error` for the record.
        func abandoned(with error: any Error) -> Prepared<R> {
            switch self {
            case .ready(let lock, _): lock.release()
            case .fresh(let file, _, _): file.close()
            case .done: return self
            }
            return .done(.failure(error))
        }
    }

    /// Compares and writes each file of a chunk, under the folder lock; the reads and writes overlap on a few threads.
    private func prepareChunk<R: StoredRecord & Equatable>(_ records: [R], now: Date, writerThreads: Int) -> [Prepared<R>] {
        let store = self
        let folder = folder(for: R.self)
        return BlockingWorkers.map(records, threads: writerThreads) { record -> Prepared<R> in
            do {
                let url = try store.fileURL(for: R.self, id: record.id)
                // A new record needs no lock file: linking it into place fails if the name was taken.
                if record.revision == 0, let file = try DurableFile.UnnamedFile.create(in: folder, fileSystem: store.fileSystem) {
                    let saved = try Self.nextRevision(of: record, now: now)
                    try file.write(Self.encodeWithinLimit(saved), path: url.path)
                    return .fresh(file, yours: record, saved: saved)
                }
                let lock = try DurableFile.Lock.acquire(on: url, wait: 2, fileSystem: store.fileSystem, folderHeld: true)
                do {
                    switch try Self.nextVersion(of: record, at: url, now: now, fileSystem: store.fileSystem) {
                    case .unchanged(let current):
                        lock.release()
                        return .done(.success(current))
                    case .write(let saved):
                        try lock.write(Self.encodeWithinLimit(saved))
                        return .ready(lock, saved)
                    }
                } catch {
                    lock.release()
                    throw error
                }
            } catch {
                return .done(.failure(error))
            }
        }
    }

    /// Syncs a prepared chunk, puts its files in place and syncs the folder.
    private func installChunk<R: StoredRecord>(_ prepared: [Prepared<R>], progress: (@Sendable () -> Void)?) -> [Result<R, any Error>] {
        var prepared = prepared
        // Only fully written and synced files are put in place. A failed sync is not retried:
        // after one, Linux may report the next clean although the data was lost.
        if prepared.contains(where: \.isWritten) {
            do throws(SystemCallError) {
                try fileSystem.syncFileSystem(containing: folder(for: R.self).path)
            } catch {
                let failure = DurableFile.Failure.system(path: folder(for: R.self).path, operation: "sync", code: error.code)
                prepared = prepared.map { $0.abandoned(with: failure) }
            }
        }
        var results: [Result<R, any Error>] = []
        var installed: [Int] = []
        for entry in prepared {
            switch entry {
            case .done(let result):
                results.append(result)
            case .ready(let lock, let saved):
                do {
                    try lock.install()
                    installed.append(results.count)
                    results.append(.success(saved))
                } catch {
                    lock.release()
                    results.append(.failure(error))
                }
            case .fresh(let file, let yours, let saved):
                do {
                    let url = try fileURL(for: R.self, id: saved.id)
                    guard try file.link(to: url) else {
                        file.close()
                        // The record exists already (made before this batch, or by a writer outside
                        // Debrief's locks): theirs stays, as a single save of a new record would find.
                        let theirs = try Self.currentRecord(R.self, at: url, fileSystem: fileSystem)
                        throw StaleRevision(path: url.path, yours: yours, theirs: theirs)
                    }
                    installed.append(results.count)
                    results.append(.success(saved))
                } catch {
                    file.close()
                    results.append(.failure(error))
                }
            }
        }
        if !installed.isEmpty {
            do {
                try DurableFile.syncFolder(folder(for: R.self), fileSystem: fileSystem)
            } catch {
                for index in installed { results[index] = .failure(error) }
            }
        }
        for _ in results { progress?() }
        return results
    }
}

/// The install step of a batched save, run on a thread of its own while the caller prepares the
/// next chunk. One chunk at a time: the caller waits for the previous one before starting another,
/// which keeps the results in order and the open lock files within two chunks.
private final class InstallStage<R: StoredRecord>: @unchecked Sendable {
    /// Written only by the running install, read by the caller after `waitForPrevious`.
    private(set) var results: [Result<R, any Error>] = []
    private var running: DispatchGroup?

    /// Results decided without an install (call after `waitForPrevious`).
    func append(_ more: [Result<R, any Error>]) {
        results += more
    }

    func start(_ install: @escaping @Sendable () -> [Result<R, any Error>]) {
        let group = DispatchGroup()
        running = group
        group.enter()
        let thread = Thread { [self] in
            results += install()
            group.leave()
        }
        thread.stackSize = 512 * 1024
        thread.start()
    }

    func waitForPrevious() {
        running?.wait()
        running = nil
    }
}
