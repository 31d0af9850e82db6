import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Synchronization
import Testing

/// The performer's order guarantees for the crash journal: everything typed is synced to disk before
/// `$EDITOR` takes the terminal (this branch was never reached before the one performer).
@Suite("Journal order")
struct JournalOrderTests {
    final class Log: Sendable {
        private let entries = Mutex<[String]>([])
        func append(_ entry: String) { entries.withLock { $0.append(entry) } }
        var all: [String] { entries.withLock { $0 } }
    }

    /// The descriptors open for appending (a journal's), as a set shared across threads.
    final class Descriptors: Sendable {
        private let fds = Mutex<Set<Int32>>([])
        func insert(_ fd: Int32) { fds.withLock { _ = $0.insert(fd) } }
        func remove(_ fd: Int32) { fds.withLock { _ = $0.remove(fd) } }
        func contains(_ fd: Int32) -> Bool { fds.withLock { $0.contains(fd) } }
    }

    /// The real file system, noting each append to a journal and each data sync in order. A whole
    /// journal rewritten (the compaction after the save Ctrl-E also starts, off the UI thread) is
    /// noted apart: it is written to a new file, synced and renamed into place by itself.
    struct RecordingFileSystem: FileSystem {
        let base = PosixFileSystem()
        let log = Log()
        let appending = Descriptors()

        func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemCallError) -> Int32 {
            let fd = try base.open(path, flags: flags, mode: mode)
            if flags & O_APPEND != 0 { appending.insert(fd) }
            return fd
        }
        func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) -> Int {
            log.append(appending.contains(fd) ? "write" : "rewrite")
            return try base.write(fd, bytes)
        }
        func sync(_ fd: Int32) throws(SystemCallError) { try base.sync(fd) }
        func syncData(_ fd: Int32) throws(SystemCallError) {
            log.append("sync")
            try base.syncData(fd)
        }
        func close(_ fd: Int32) {
            appending.remove(fd)
            base.close(fd)
        }
        func setMode(_ fd: Int32, _ mode: mode_t) { base.setMode(fd, mode) }
        func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool { try base.tryLock(fd) }
        func tryLockShared(_ fd: Int32) throws(SystemCallError) -> Bool { try base.tryLockShared(fd) }
        func link(_ fd: Int32, to path: String) throws(SystemCallError) { try base.link(fd, to: path) }
        func rename(_ from: String, _ to: String) throws(SystemCallError) { try base.rename(from, to) }
        func unlink(_ path: String) throws(SystemCallError) { try base.unlink(path) }
        func syncDirectory(_ path: String) throws(SystemCallError) { try base.syncDirectory(path) }
        func syncFileSystem(containing path: String) throws(SystemCallError) { try base.syncFileSystem(containing: path) }
        func makeDirectory(_ path: String, mode: mode_t) throws(SystemCallError) { try base.makeDirectory(path, mode: mode) }
        func contents(atPath path: String) throws(SystemCallError) -> Data? { try base.contents(atPath: path) }
    }

    @Test func theJournalIsSyncedBeforeTheEditorOpens() throws {
        let app = try HeadlessApp(width: 110, height: 34, deals: 10, reviews: 0, asOf: "2026-11-28")
        let files = RecordingFileSystem()
        // A sync at most once an hour: after the first, only the editor's own sync can follow a write.
        let journal = EditJournal(stateDirectory: app.scratch.appendingPathComponent("ordered-state"), dataDirectory: app.dataDirectory,
                                  syncInterval: .seconds(3600), fileSystem: files)
        defer { journal.close() }
        let backend = HeadlessBackend(width: 110, height: 34, keys: "Enter Enter a b c C-e")
        var seenByEditor: [String]?
        backend.editor = { text in
            seenByEditor = files.log.all
            return text
        }
        _ = Program(state: app.state, backend: backend, performer: StorePerformer(store: app.store, journal: journal)).run()
        let log = try #require(seenByEditor, "the editor was not opened").filter { $0 != "rewrite" }
        #expect(log.filter { $0 == "write" }.count >= 3, "\(log)")
        #expect(log.last == "sync", "an append after the last sync when the editor opened: \(log)")
    }
}
