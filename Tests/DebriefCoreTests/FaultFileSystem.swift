import DebriefCore
import Foundation
import Synchronization

/// A file system that behaves like the real one until a chosen operation, then either fails it with
/// an errno (a full or failing disk) or "crashes": that operation and every later one do nothing,
/// and the descriptors are closed as the kernel would close a killed process's files (dropping their
/// flocks). What is on disk is then exactly what a `kill -9` at that moment would leave; a crashing
/// write writes half its bytes first, as a torn write would.
///
/// Counted operations: open, write, sync (fsync, fdatasync and syncfs), rename, link, unlink, directory sync, mkdir.
final class FaultFileSystem: FileSystem {
    enum Operation: String, Sendable, CaseIterable {
        case open, write, sync, rename, link, unlink, syncDirectory, makeDirectory
    }

    enum Plan: Sendable {
        /// The Nth counted operation of any kind is where the process dies. A crashing write is torn
        /// (half its bytes reach the file) or, with `tornWrite: false`, writes nothing at all, as a
        /// kill between opening a lock file and writing it leaves an empty file.
        case crash(at: Int, tornWrite: Bool = true)
        /// The Nth operation of one kind fails with `code`; later ones run normally. A failing write
        /// first writes half its bytes, as a disk that fills up mid-write does; other failures have no effect.
        case fail(Operation, at: Int, code: Int32)
    }

    private struct State {
        var total = 0
        var counts: [Operation: Int] = [:]
        var crashed = false
        var triggered = false
        var open: Set<Int32> = []
        /// Descriptors let go at the crash whose numbers are still held (on /dev/null) until their owner closes them.
        var released: Set<Int32> = []
    }

    /// What a released descriptor number points at: writes to it go nowhere.
    private static let nullDevice = Glibc.open("/dev/null", O_RDWR | O_CLOEXEC)

    let plan: Plan
    private let real = PosixFileSystem()
    private let state = Mutex(State())

    init(_ plan: Plan) {
        self.plan = plan
    }

    deinit {
        // Nobody holds this file system any more, so no owner is left to close what the crash let go.
        for fd in state.withLock({ $0.released }) { real.close(fd) }
    }

    /// The planned fault happened (false: the operation finished before reaching it).
    var triggered: Bool { state.withLock { $0.triggered } }

    /// How many operations of a kind were attempted, including a failed one.
    func count(_ operation: Operation) -> Int { state.withLock { $0.counts[operation, default: 0] } }

    private enum Verdict { case proceed, fail(Int32), crash }

    /// Counts one operation and decides its fate.
    private func next(_ operation: Operation) -> Verdict {
        state.withLock { state in
            if state.crashed { return .crash }
            state.total += 1
            state.counts[operation, default: 0] += 1
            switch plan {
            case .crash(let at, _) where state.total == at:
                state.triggered = true
                return .crash
            case .fail(let kind, let at, let code) where kind == operation && state.counts[operation] == at:
                state.triggered = true
                return .fail(code)
            default:
                return .proceed
            }
        }
    }

    /// The process dies: the kernel lets its files go (and their flocks). Later operations are refused
    /// without effect. Each number stays taken, pointing at /dev/null, until its owner closes it:
    /// unlike a killed process, other threads here may be inside a write on it right now, and a
    /// number closed under them could be reused by another test's file in this test process and
    /// written to (that was the cause of rare lost deals in parallel import tests).
    private func die() -> SystemCallError {
        state.withLock { state in
            if !state.crashed {
                state.crashed = true
                for fd in state.open { _ = dup2(Self.nullDevice, fd) }
                state.released = state.open
                state.open.removeAll()
            }
        }
        return SystemCallError(code: EIO)
    }

    private var isDead: Bool { state.withLock { $0.crashed } }

    private func perform<T>(_ operation: Operation, _ body: () throws(SystemCallError) -> T) throws(SystemCallError) -> T {
        switch next(operation) {
        case .proceed: return try body()
        case .fail(let code): throw SystemCallError(code: code)
        case .crash: throw die()
        }
    }

    func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemCallError) -> Int32 {
        let fd = try perform(.open) { () throws(SystemCallError) in try real.open(path, flags: flags, mode: mode) }
        let alive = state.withLock { state in
            if state.crashed { return false }
            state.open.insert(fd)
            return true
        }
        if !alive {
            real.close(fd)
            throw SystemCallError(code: EIO)
        }
        return fd
    }

    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) -> Int {
        switch next(.write) {
        case .proceed:
            return try real.write(fd, bytes)
        case .fail(let code):
            if bytes.count > 1 { _ = try? real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<bytes.count / 2])) }
            throw SystemCallError(code: code)
        case .crash:
            // A torn write: half the bytes reach the file, then the process is gone (or none of them).
            if case .crash(_, true) = plan, bytes.count > 1 {
                _ = try? real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[0..<bytes.count / 2]))
            }
            throw die()
        }
    }

    func sync(_ fd: Int32) throws(SystemCallError) { try perform(.sync) { () throws(SystemCallError) in try real.sync(fd) } }

    func syncData(_ fd: Int32) throws(SystemCallError) { try perform(.sync) { () throws(SystemCallError) in try real.syncData(fd) } }

    func close(_ fd: Int32) {
        // After the crash only a number held since the crash is closed: any other may belong to someone else.
        let mine = state.withLock { state in state.crashed ? state.released.remove(fd) != nil : state.open.remove(fd) != nil }
        if mine { real.close(fd) }
    }

    func setMode(_ fd: Int32, _ mode: mode_t) {
        if !isDead { real.setMode(fd, mode) }
    }

    func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool {
        if isDead { throw SystemCallError(code: EIO) }
        return try real.tryLock(fd)
    }

    func tryLockShared(_ fd: Int32) throws(SystemCallError) -> Bool {
        if isDead { throw SystemCallError(code: EIO) }
        return try real.tryLockShared(fd)
    }

    func link(_ fd: Int32, to path: String) throws(SystemCallError) {
        try perform(.link) { () throws(SystemCallError) in try real.link(fd, to: path) }
    }

    func rename(_ from: String, _ to: String) throws(SystemCallError) {
        try perform(.rename) { () throws(SystemCallError) in try real.rename(from, to) }
    }

    func unlink(_ path: String) throws(SystemCallError) {
        try perform(.unlink) { () throws(SystemCallError) in try real.unlink(path) }
    }

    func syncFileSystem(containing path: String) throws(SystemCallError) {
        try perform(.sync) { () throws(SystemCallError) in try real.syncFileSystem(containing: path) }
    }

    func syncDirectory(_ path: String) throws(SystemCallError) {
        try perform(.syncDirectory) { () throws(SystemCallError) in try real.syncDirectory(path) }
    }

    func makeDirectory(_ path: String, mode: mode_t) throws(SystemCallError) {
        try perform(.makeDirectory) { () throws(SystemCallError) in try real.makeDirectory(path, mode: mode) }
    }

    func contents(atPath path: String) throws(SystemCallError) -> Data? {
        if isDead { throw SystemCallError(code: EIO) }
        return try real.contents(atPath: path)
    }
}
