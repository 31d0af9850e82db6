import DebriefCore
import Foundation
import Synchronization

/// A file system that remembers what a power cut would take back, then takes it back on `cut()`.
///
/// A rename, link, unlink or mkdir is only a change in memory until its folder is fsynced (or the
/// whole file system is, with syncfs); file content is only on the platter once its file was
/// fsynced or fdatasynced. So on `cut()` every folder change not yet synced is undone, newest first
/// (a replaced or removed file comes back from a hard link kept aside), and every file whose last
/// write was never synced loses its content, as a delayed allocation does on ext4. Unlike counting
/// calls, this checks what the calls were for: a save that skips a sync loses its record here.
final class PowerCutFileSystem: FileSystem {
    private enum FolderChange {
        case renamed(from: String, to: String, replaced: String?)
        case linked(String)
        case unlinked(String, kept: String)
        case madeDirectory(String)

        /// The folder whose fsync makes the change durable.
        var folder: String {
            switch self {
            case .renamed(_, let to, _): (to as NSString).deletingLastPathComponent
            case .linked(let path), .unlinked(let path, _), .madeDirectory(let path): (path as NSString).deletingLastPathComponent
            }
        }
    }

    private struct State {
        var pending: [FolderChange] = []
        /// Inodes written since their last sync.
        var unsynced: Set<UInt64> = []
        var keptCount = 0
    }

    private let inner: any FileSystem
    /// Where replaced and removed files are kept (hard links: it must be on the same file system).
    private let keep: URL
    private let state = Mutex(State())

    init(wrapping inner: any FileSystem = PosixFileSystem(), keepingIn keep: URL) {
        self.inner = inner
        self.keep = keep
        try? FileManager.default.createDirectory(at: keep, withIntermediateDirectories: true)
    }

    /// The power goes: what was not synced is undone. Call once, after the operations under test.
    func cut(under root: URL) {
        let (changes, unsynced) = state.withLock { state in
            defer { state = State() }
            return (state.pending, state.unsynced)
        }
        for change in changes.reversed() {
            switch change {
            case .renamed(let from, let to, let replaced):
                _ = Glibc.rename(to, from)
                if let replaced { _ = Glibc.rename(replaced, to) }
            case .linked(let path):
                _ = Glibc.unlink(path)
            case .unlinked(let path, let kept):
                _ = Glibc.rename(kept, path)
            case .madeDirectory(let path):
                try? FileManager.default.removeItem(atPath: path)
            }
        }
        guard let files = FileManager.default.enumerator(atPath: root.path) else { return }
        for case let relative as String in files {
            let path = root.appendingPathComponent(relative).path
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, unsynced.contains(UInt64(info.st_ino)) {
                _ = truncate(path, 0)
            }
        }
    }

    private func inode(of fd: Int32) -> UInt64? {
        var info = stat()
        return fstat(fd, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// A hard link to `path` kept aside, or nil when there is no file there.
    private func keepAside(_ path: String) -> String? {
        let kept = state.withLock { state in
            state.keptCount += 1
            return keep.appendingPathComponent("kept-\(state.keptCount)").path
        }
        return Glibc.link(path, kept) == 0 ? kept : nil
    }

    private func record(_ change: FolderChange) {
        state.withLock { $0.pending.append(change) }
    }

    func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemCallError) -> Int32 {
        try inner.open(path, flags: flags, mode: mode)
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) -> Int {
        // Marked before the write: a write that fails may still have put some bytes in the cache.
        if let inode = inode(of: fd) { state.withLock { _ = $0.unsynced.insert(inode) } }
        return try inner.write(fd, bytes)
    }

    func sync(_ fd: Int32) throws(SystemCallError) {
        try inner.sync(fd)
        if let inode = inode(of: fd) { state.withLock { _ = $0.unsynced.remove(inode) } }
    }

    func syncData(_ fd: Int32) throws(SystemCallError) {
        try inner.syncData(fd)
        if let inode = inode(of: fd) { state.withLock { _ = $0.unsynced.remove(inode) } }
    }

    func close(_ fd: Int32) { inner.close(fd) }

    func setMode(_ fd: Int32, _ mode: mode_t) { inner.setMode(fd, mode) }

    func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool { try inner.tryLock(fd) }

    func tryLockShared(_ fd: Int32) throws(SystemCallError) -> Bool { try inner.tryLockShared(fd) }

    func link(_ fd: Int32, to path: String) throws(SystemCallError) {
        try inner.link(fd, to: path)
        record(.linked(path))
    }

    func rename(_ from: String, _ to: String) throws(SystemCallError) {
        let replaced = keepAside(to)
        try inner.rename(from, to)
        record(.renamed(from: from, to: to, replaced: replaced))
    }

    func unlink(_ path: String) throws(SystemCallError) {
        let kept = keepAside(path)
        try inner.unlink(path)
        if let kept { record(.unlinked(path, kept: kept)) }
    }

    func syncDirectory(_ path: String) throws(SystemCallError) {
        try inner.syncDirectory(path)
        let folder = URL(fileURLWithPath: path).standardizedFileURL.path
        state.withLock { state in
            state.pending.removeAll { URL(fileURLWithPath: $0.folder).standardizedFileURL.path == folder }
        }
    }

    func syncFileSystem(containing path: String) throws(SystemCallError) {
        try inner.syncFileSystem(containing: path)
        // syncfs writes back every dirty inode of the file system, folders included.
        state.withLock { $0 = State(keptCount: $0.keptCount) }
    }

    func makeDirectory(_ path: String, mode: mode_t) throws(SystemCallError) {
        try inner.makeDirectory(path, mode: mode)
        record(.madeDirectory(path))
    }

    func contents(atPath path: String) throws(SystemCallError) -> Data? {
        try inner.contents(atPath: path)
    }

    func contents(atPath path: String, limit: Int) throws(SystemCallError) -> Data? {
        try inner.contents(atPath: path, limit: limit)
    }
}
