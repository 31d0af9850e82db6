import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: its errno.
public struct SystemCallError: Error, Equatable, Sendable {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }
}

/// The file operations the store, the journal and the importer perform, as one seam: production
/// uses `PosixFileSystem` (each method is one system call), while tests substitute an
/// implementation that fails or "crashes" at a chosen operation to prove that no save can leave
/// a half-written record. Methods are thin on purpose; the durability protocol lives in `DurableFile`.
public protocol FileSystem: Sendable {
    /// open(2); returns the descriptor.
    func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemCallError) -> Int32
    /// One write(2), which may be partial; returns the bytes written.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) -> Int
    /// fsync(2): content and metadata.
    func sync(_ fd: Int32) throws(SystemCallError)
    /// fdatasync(2): content only, for append-only journals.
    func syncData(_ fd: Int32) throws(SystemCallError)
    func close(_ fd: Int32)
    /// fchmod(2): umask may narrow a new file's mode, never widen it; this makes it exact.
    func setMode(_ fd: Int32, _ mode: mode_t)
    /// flock(LOCK_EX | LOCK_NB); false when another open file holds it.
    func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool
    /// flock(LOCK_SH | LOCK_NB); false when another open file holds it exclusively.
    func tryLockShared(_ fd: Int32) throws(SystemCallError) -> Bool
    /// Gives the unnamed file `fd` (opened with O_TMPFILE) the name `path`: linkat(2) through
    /// /proc/self/fd. Fails with EEXIST when the name is taken, never replacing anything.
    func link(_ fd: Int32, to path: String) throws(SystemCallError)
    func rename(_ from: String, _ to: String) throws(SystemCallError)
    func unlink(_ path: String) throws(SystemCallError)
    /// Opens a directory and fsyncs it, so renames and removals in it survive a power cut.
    func syncDirectory(_ path: String) throws(SystemCallError)
    /// syncfs(2) on the file system holding `path`: one flush for a batch of files instead of an
    /// fsync each. Since Linux 5.8 it reports write-back errors of any file on it.
    func syncFileSystem(containing path: String) throws(SystemCallError)
    /// mkdir(2) of one directory.
    func makeDirectory(_ path: String, mode: mode_t) throws(SystemCallError)
    /// A whole file's bytes; nil when there is no such file. Any other failure is thrown, so an
    /// unreadable record is never mistaken for a missing one and written over.
    func contents(atPath path: String) throws(SystemCallError) -> Data?
    /// A record's bytes, refused unread when they cannot be one: ELOOP for a symbolic link (never
    /// followed), EINVAL for anything else that is not a regular file, EFBIG past `limit` bytes.
    func contents(atPath path: String, limit: Int) throws(SystemCallError) -> Data?
}

extension FileSystem {
    /// For file systems that only fake reads (tests): the whole file, then the size checked.
    public func contents(atPath path: String, limit: Int) throws(SystemCallError) -> Data? {
        guard let data = try contents(atPath: path) else { return nil }
        if data.count > limit { throw SystemCallError(code: EFBIG) }
        return data
    }
}

/// The real file system: each method is the system call it names.
public struct PosixFileSystem: FileSystem {
    public init() {}

    @inline(__always) private static func check(_ result: Int32) throws(SystemCallError) {
        if result != 0 { throw SystemCallError(code: errno) }
    }

    public func open(_ path: String, flags: Int32, mode: mode_t) throws(SystemCallError) -> Int32 {
        let fd = Glibc.open(path, flags, mode)
        if fd < 0 { throw SystemCallError(code: errno) }
        return fd
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(SystemCallError) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        while true {
            let n = Glibc.write(fd, base, bytes.count)
            if n >= 0 { return n }
            if errno != EINTR { throw SystemCallError(code: errno) }
        }
    }

    public func sync(_ fd: Int32) throws(SystemCallError) { try Self.check(fsync(fd)) }

    public func syncData(_ fd: Int32) throws(SystemCallError) { try Self.check(fdatasync(fd)) }

    public func close(_ fd: Int32) { _ = Glibc.close(fd) }

    public func setMode(_ fd: Int32, _ mode: mode_t) { _ = fchmod(fd, mode) }

    public func tryLock(_ fd: Int32) throws(SystemCallError) -> Bool { try Self.tryFlock(fd, LOCK_EX) }

    public func tryLockShared(_ fd: Int32) throws(SystemCallError) -> Bool { try Self.tryFlock(fd, LOCK_SH) }

    private static func tryFlock(_ fd: Int32, _ operation: Int32) throws(SystemCallError) -> Bool {
        while true {
            if flock(fd, operation | LOCK_NB) == 0 { return true }
            switch errno {
            case EINTR: continue
            case EWOULDBLOCK: return false
            case let code: throw SystemCallError(code: code)
            }
        }
    }

    public func rename(_ from: String, _ to: String) throws(SystemCallError) { try Self.check(Glibc.rename(from, to)) }

    public func unlink(_ path: String) throws(SystemCallError) { try Self.check(Glibc.unlink(path)) }

    public func link(_ fd: Int32, to path: String) throws(SystemCallError) {
        try Self.check(linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, path, AT_SYMLINK_FOLLOW))
    }

    public func syncDirectory(_ path: String) throws(SystemCallError) {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw SystemCallError(code: errno) }
        defer { _ = Glibc.close(fd) }
        try Self.check(fsync(fd))
    }

    public func syncFileSystem(containing path: String) throws(SystemCallError) {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw SystemCallError(code: errno) }
        defer { _ = Glibc.close(fd) }
        try Self.check(Self.syncfs(fd))
    }

    /// Glibc's module map leaves out the GNU-only `syncfs`, so it is looked up once by name.
    private static let syncfs: @convention(c) (Int32) -> Int32 = {
        // Without it (no glibc of this century) a batch fails rather than pretend it synced.
        guard let symbol = dlsym(nil, "syncfs") else { return { _ in errno = ENOSYS; return -1 } }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    public func makeDirectory(_ path: String, mode: mode_t) throws(SystemCallError) { try Self.check(mkdir(path, mode)) }

    public func contents(atPath path: String) throws(SystemCallError) -> Data? {
        try read(path, flags: O_RDONLY | O_CLOEXEC, limit: nil)
    }

    public func contents(atPath path: String, limit: Int) throws(SystemCallError) -> Data? {
        try read(path, flags: O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, limit: limit)
    }

    private func read(_ path: String, flags: Int32, limit: Int?) throws(SystemCallError) -> Data? {
        let fd = Glibc.open(path, flags, 0)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw SystemCallError(code: errno)
        }
        defer { _ = Glibc.close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemCallError(code: errno) }
        if info.st_mode & S_IFMT == S_IFDIR { throw SystemCallError(code: EISDIR) }
        if let limit {
            if info.st_mode & S_IFMT != S_IFREG { throw SystemCallError(code: EINVAL) }
            if info.st_size > limit { throw SystemCallError(code: EFBIG) }
        }
        var data = Data()
        data.reserveCapacity(max(Int(info.st_size), 0))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SystemCallError(code: errno)
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
            if let limit, data.count > limit { throw SystemCallError(code: EFBIG) }
        }
        return data
    }
}
