import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension RecordStore {
    /// Saves many records of one kind with the same guarantees as `save(_:)` — compare-and-swap under
    /// each record's lock, atomic replacement, durable before success is reported — but with two
    /// syncs per `chunkSize` records instead of two per record: each chunk's lock files are written
    /// on `writerThreads` threads, the file system is synced once (syncfs), all are renamed, then the
    /// folder is fsynced. A crash anywhere leaves each file either as it was or complete and new,
    /// never partial: no lock file is renamed into place before the sync that made it durable.
    ///
    /// Chunks overlap: while one chunk is synced and renamed into place on a thread of its own, the
    /// next chunk's lock files are already being written, so the renames (one core) and the writing
    /// (the others) keep every core busy instead of taking turns.
    ///
    /// Results keep the order of `records`; a failure (conflict, I/O error) affects only its record,
    /// except a failed sync, which fails every record of its chunk: none is reported saved.
    /// Chunks are smaller than `chunkSize` when the open-file limit is low (`lockFilesOpenAtOnce`).
    public func saveAll<R: StoredRecord & Equatable>(_ records: [R], now: Date = Timestamp.now(), writerThreads: Int = 8,
                                                    chunkSize: Int = 1024, progress: (@Sendable () -> Void)? = nil) -> [Result<R, any Error>] {
        // Two chunks hold their lock files open at once: the one being installed and the next.
        let chunkSize = max(1, min(chunkSize, Self.lockFilesOpenAtOnce() / 2))
        let installing = InstallStage<R>()
        var start = 0
        while start < records.count {
            let chunk = Array(records[start..<min(start + chunkSize, records.count)])
            let prepared = prepareChunk(chunk, now: now, writerThreads: writerThreads)
            installing.waitForPrevious()
            let store = self
            installing.start { store.installChunk(prepared, progress: progress) }
            start += chunk.count
        }
        installing.waitForPrevious()
        return installing.results
    }

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
        case ready(DurableFile.Lock, R)
        case done(Result<R, any Error>)

        var isReady: Bool { if case .ready = self { true } else { false } }
    }

    /// Locks, compares and writes each file of a chunk; the reads and writes overlap on a few threads.
    private func prepareChunk<R: StoredRecord & Equatable>(_ records: [R], now: Date, writerThreads: Int) -> [Prepared<R>] {
        let store = self
        return BlockingWorkers.map(records, threads: writerThreads) { record -> Prepared<R> in
            do {
                let url = try store.fileURL(for: R.self, id: record.id)
                let lock = try DurableFile.Lock.acquire(on: url, wait: 2, fileSystem: store.fileSystem)
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

    /// Syncs a prepared chunk, renames its files into place and syncs the folder.
    private func installChunk<R: StoredRecord>(_ prepared: [Prepared<R>], progress: (@Sendable () -> Void)?) -> [Result<R, any Error>] {
        var prepared = prepared
        // Only fully written and synced files are renamed into place. A failed sync is not retried:
        // after one, Linux may report the next clean although the data was lost.
        if prepared.contains(where: \.isReady) {
            do throws(SystemCallError) {
                try fileSystem.syncFileSystem(containing: folder(for: R.self).path)
            } catch {
                let failure = DurableFile.Failure.system(path: folder(for: R.self).path, operation: "sync", code: error.code)
                prepared = prepared.map { entry in
                    guard case .ready(let lock, _) = entry else { return entry }
                    lock.release()
                    return .done(.failure(failure))
                }
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
