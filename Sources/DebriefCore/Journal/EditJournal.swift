import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Journals typed text until it is saved, so that `kill -9` loses at most the last moment of typing.
/// One append-only file per review under `<state dir>/journal/` (mode 0600, folder 0700). Each
/// `record` is a `write` of one small checksummed frame: a field's whole text the first time, then
/// only what changed in it (a splice), so a key costs the same in a long note as in a short one.
/// `fdatasync` follows at most once per `syncInterval` (the rest on `syncIfDue`, which the app
/// calls on its tick). After a save, `saved(_:)` drops what the save covered and removes the file
/// when nothing is left.
///
/// Shared by the app's effect runner and its signal handling, hence a class behind a mutex.
public final class EditJournal: Sendable {
    public let directory: URL
    public let dataDirectory: URL
    public let syncInterval: Duration
    /// A journal that grew this much past its last rewrite is rewritten with only the latest value
    /// of each field (growth, not size: a long note alone never makes every key rewrite it).
    public let compactionThreshold: Int
    /// Every journal write, sync and rename goes through here; tests inject faults.
    public let fileSystem: any FileSystem
    private let files = Mutex<[String: OpenJournal]>([:])

    struct OpenJournal {
        var fd: Int32
        var size: Int
        /// The size after the last rewrite (or at opening) plus each field's first whole text since:
        /// compaction looks at growth past it, so a long note written once never counts as growth.
        var compactedSize: Int
        var unsynced = false
        var lastSync: ContinuousClock.Instant?
        /// Each field's text as this descriptor last wrote it (whole or by splices): the base of the next splice.
        var written: [ReviewTextField: String] = [:]
        /// Names this descriptor's records, so recovery applies its splices only to its own text.
        let writer = UInt64.random(in: 1...UInt64.max)
    }

    public init(stateDirectory: URL, dataDirectory: URL, syncInterval: Duration = .milliseconds(250), compactionThreshold: Int = 1 << 20,
                fileSystem: any FileSystem = PosixFileSystem()) {
        self.fileSystem = fileSystem
        directory = JournalRecovery.directory(in: stateDirectory)
        self.dataDirectory = dataDirectory
        self.syncInterval = syncInterval
        self.compactionThreshold = compactionThreshold
    }

    public convenience init(locations: DataLocations) {
        self.init(stateDirectory: locations.stateDirectory, dataDirectory: locations.dataDirectory)
    }

    deinit { close() }

    public func fileURL(reviewID: String) -> URL {
        directory.appendingPathComponent(JournalFileName.name(dataDirectory: dataDirectory, reviewID: reviewID), isDirectory: false)
    }

    /// Appends one edit; syncs to disk unless a sync happened less than `syncInterval` ago.
    public func record(_ edit: JournalEdit) throws {
        try files.withLock { files in
            var journal = try files[edit.reviewID] ?? open(reviewID: edit.reviewID, dealID: edit.dealID)
            files[edit.reviewID] = journal
            // A splice once this descriptor has written the field's text; the whole text when that is shorter.
            var whole = edit
            whole.writer = journal.writer
            var record = JournalRecord.edit(whole)
            if let previous = journal.written[edit.field] {
                let splice = JournalSplice.between(previous, edit.text, reviewID: edit.reviewID, field: edit.field,
                                                   baseRevision: edit.baseRevision, time: edit.time, writer: journal.writer)
                if splice.inserted.count + 16 < edit.text.utf8.count { record = .splice(splice) }
            }
            let frame = record.framed()
            do {
                try DurableFile.writeAll(Data(frame), to: journal.fd, path: fileURL(reviewID: edit.reviewID).path, fileSystem: fileSystem)
                journal.size += frame.count
                if journal.written[edit.field] == nil { journal.compactedSize += frame.count }
                journal.written[edit.field] = edit.text
                journal.unsynced = true
                let now = ContinuousClock.now
                if journal.lastSync.map({ now - $0 >= syncInterval }) ?? true {
                    try sync(&journal, reviewID: edit.reviewID, at: now)
                }
            } catch {
                // A failed write may leave a torn frame, and frames after it would never be read back:
                // forget this descriptor, so the next edit reopens the journal, which repairs it first.
                fileSystem.close(journal.fd)
                files[edit.reviewID] = nil
                throw error
            }
            files[edit.reviewID] = journal
            if journal.size - journal.compactedSize > compactionThreshold {
                try compact(&files, reviewID: edit.reviewID, dropping: nil)
            }
        }
    }

    /// Syncs every journal with writes older than `syncInterval`; call it on the app's tick.
    public func syncIfDue() throws {
        let now = ContinuousClock.now
        try files.withLock { files in
            for (reviewID, var journal) in files where journal.unsynced {
                if journal.lastSync.map({ now - $0 >= syncInterval }) ?? true {
                    try sync(&journal, reviewID: reviewID, at: now)
                    files[reviewID] = journal
                }
            }
        }
    }

    /// Syncs everything now (before quitting, on SIGTERM/SIGHUP).
    public func syncAll() throws {
        let now = ContinuousClock.now
        try files.withLock { files in
            for (reviewID, var journal) in files where journal.unsynced {
                try sync(&journal, reviewID: reviewID, at: now)
                files[reviewID] = journal
            }
        }
    }

    /// `review` is saved: forget the journaled text it holds. Text typed after the save started
    /// (it differs from the saved review) stays journaled; an empty journal is removed.
    public func saved(_ review: Review) throws {
        try files.withLock { files in try compact(&files, reviewID: review.id, dropping: review) }
    }

    /// Removes a review's journal: after its text was restored and saved, or discarded by the user.
    public func discard(reviewID: String) throws {
        try files.withLock { files in
            if let journal = files.removeValue(forKey: reviewID) { fileSystem.close(journal.fd) }
            try remove(fileURL(reviewID: reviewID))
        }
    }

    /// Closes every file, syncing first. Journals stay on disk.
    public func close() {
        files.withLock { files in
            for (_, journal) in files {
                if journal.unsynced { try? fileSystem.syncData(journal.fd) }
                fileSystem.close(journal.fd)
            }
            files.removeAll()
        }
    }

    // MARK: Files

    /// Opens (creating if needed) a review's journal for appending. A journal left by a crash is
    /// first rewritten to its valid records, so new frames never follow a damaged one.
    private func open(reviewID: String, dealID: String?) throws -> OpenJournal {
        try DurableFile.makeDirectory(directory, fileSystem: fileSystem)
        let url = fileURL(reviewID: reviewID)
        // A rewrite interrupted by a crash leaves its lock file: remove it if its writer is gone.
        _ = try DurableFile.Lock.removeIfStale(url.path + ".lock", fileSystem: fileSystem)
        if let data = try contents(of: url) {
            let pending = JournalRecovery.pending(in: Array(data), file: url, dataDirectory: JournalFileName.canonicalPath(dataDirectory))
            if pending == nil || pending?.hadDamagedTail == true || data.count > compactionThreshold {
                try rewrite(url, reviewID: reviewID, dealID: pending?.dealID ?? dealID, edits: pending?.edits ?? [])
            }
        }
        // Only a missing journal is created; one that exists but cannot be opened is an error, never replaced.
        let fd: Int32
        do throws(SystemCallError) {
            fd = try fileSystem.open(url.path, flags: O_WRONLY | O_APPEND | O_CLOEXEC, mode: 0)
        } catch where error.code == ENOENT {
            try rewrite(url, reviewID: reviewID, dealID: dealID, edits: [])
            do throws(SystemCallError) {
                fd = try fileSystem.open(url.path, flags: O_WRONLY | O_APPEND | O_CLOEXEC, mode: 0)
            } catch {
                throw DurableFile.Failure.system(path: url.path, operation: "open the journal", code: error.code)
            }
        } catch {
            throw DurableFile.Failure.system(path: url.path, operation: "open the journal", code: error.code)
        }
        fileSystem.setMode(fd, DurableFile.fileMode)
        var info = stat()
        let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        return OpenJournal(fd: fd, size: size, compactedSize: size)
    }

    private func sync(_ journal: inout OpenJournal, reviewID: String, at now: ContinuousClock.Instant) throws {
        do throws(SystemCallError) {
            try fileSystem.syncData(journal.fd)
        } catch {
            // Not retried: after a failed sync the next one may succeed without the lost data.
            throw DurableFile.Failure.system(path: fileURL(reviewID: reviewID).path, operation: "sync the journal", code: error.code)
        }
        journal.unsynced = false
        journal.lastSync = now
    }

    /// Rewrites a review's journal with the latest value per field, minus those `saved` already holds.
    private func compact(_ files: inout [String: OpenJournal], reviewID: String, dropping saved: Review?) throws {
        let url = fileURL(reviewID: reviewID)
        if let journal = files.removeValue(forKey: reviewID) { fileSystem.close(journal.fd) }
        guard let data = try contents(of: url) else { return }
        let pending = JournalRecovery.pending(in: Array(data), file: url, dataDirectory: JournalFileName.canonicalPath(dataDirectory))
        let left = (pending?.edits ?? []).filter { edit in
            guard let saved else { return true }
            return saved.text(of: edit.field) != edit.text
        }
        if left.isEmpty {
            try remove(url)
        } else {
            try rewrite(url, reviewID: reviewID, dealID: pending?.dealID, edits: left)
        }
    }

    /// Replaces a journal atomically and durably (lockfile, fsync, rename).
    private func rewrite(_ url: URL, reviewID: String, dealID: String?, edits: [JournalEdit]) throws {
        var bytes = JournalRecord.magic
        bytes += JournalRecord.header(dataDirectory: JournalFileName.canonicalPath(dataDirectory), reviewID: reviewID, dealID: dealID).framed()
        for edit in edits { bytes += JournalRecord.edit(edit).framed() }
        try DurableFile.write(Data(bytes), to: url, fileSystem: fileSystem)
    }

    private func remove(_ url: URL) throws {
        do throws(SystemCallError) {
            try fileSystem.unlink(url.path)
        } catch {
            if error.code != ENOENT { throw DurableFile.Failure.system(path: url.path, operation: "remove the journal", code: error.code) }
        }
        try DurableFile.syncDirectory(of: url, fileSystem: fileSystem)
    }

    /// A journal's bytes, nil when there is none; one that cannot be read is an error, never overwritten.
    private func contents(of url: URL) throws -> Data? {
        do throws(SystemCallError) {
            return try fileSystem.contents(atPath: url.path)
        } catch {
            throw DurableFile.Failure.system(path: url.path, operation: "read the journal", code: error.code)
        }
    }
}
