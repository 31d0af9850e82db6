import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable, atomic file writes in the style of git's lockfiles: the new bytes go to `<name>.lock`,
/// created with O_EXCL and mode 0600, are fsynced, renamed over the target, and the directory is fsynced.
/// The O_EXCL lock also serialises writers across processes, so a compare-and-swap can run under it.
public enum DurableFile {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case locked(path: String)
        case system(path: String, operation: String, code: Int32)

        public var description: String {
            switch self {
            case .locked(let path):
                return "\(path) is locked by another Debrief process. If none is running, a crash left the lock behind: remove \(path).lock and try again."
            case .system(let path, let operation, let code):
                return "could not \(operation) \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Creates `url` and its missing parents with mode 0700.
    public static func makeDirectory(_ url: URL) throws {
        let path = url.path
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            if isDir.boolValue { return }
            throw Failure.system(path: path, operation: "create the directory (a file is in the way)", code: EEXIST)
        }
        try makeDirectory(url.deletingLastPathComponent())
        if mkdir(path, directoryMode) != 0 && errno != EEXIST {
            throw Failure.system(path: path, operation: "create the directory", code: errno)
        }
        _ = chmod(path, directoryMode)
    }

    /// Writes `data` to `url` durably and atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try withLock(on: url) { lock in try lock.commit(data) }
    }

    /// Creates a file that must not exist yet, mode 0600, without syncing: for bulk writers
    /// that sync once when they are done.
    public static func createNew(_ data: Data, at url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw Failure.system(path: url.path, operation: "create", code: errno) }
        defer { close(fd) }
        _ = fchmod(fd, fileMode)
        try writeAll(data, to: fd, path: url.path)
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, base.advanced(by: offset), raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure.system(path: path, operation: "write", code: errno)
                }
                offset += n
            }
        }
    }

    /// A held lock on a target file. `commit` writes the new content and renames it into place.
    public final class Lock {
        let target: URL
        let lockPath: String
        var fd: Int32
        var committed = false

        init(target: URL, lockPath: String, fd: Int32) {
            self.target = target
            self.lockPath = lockPath
            self.fd = fd
        }

        public func commit(_ data: Data) throws {
            let path = target.path
            try writeAll(data, to: fd, path: lockPath)
            if fsync(fd) != 0 { throw Failure.system(path: lockPath, operation: "sync", code: errno) }
            close(fd)
            fd = -1
            if rename(lockPath, path) != 0 { throw Failure.system(path: path, operation: "rename into place", code: errno) }
            committed = true
            syncDirectory(of: target)
        }

        func release() {
            if fd >= 0 { close(fd); fd = -1 }
            if !committed { unlink(lockPath) }
        }
    }

    /// Takes `<url>.lock` with O_EXCL, runs `body`, and removes the lock unless it was committed.
    /// A lock held by someone else is waited on briefly, then reported.
    public static func withLock<T>(on url: URL, wait: TimeInterval = 2, _ body: (Lock) throws -> T) throws -> T {
        let lockPath = url.path + ".lock"
        let deadline = Date().addingTimeInterval(wait)
        var fd: Int32 = -1
        while true {
            fd = open(lockPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
            if fd >= 0 { break }
            let code = errno
            if code == ENOENT {
                try makeDirectory(url.deletingLastPathComponent())
                continue
            }
            guard code == EEXIST else { throw Failure.system(path: lockPath, operation: "create", code: code) }
            if Date() >= deadline { throw Failure.locked(path: url.path) }
            usleep(5_000)
        }
        // umask may have narrowed the mode further, never widened it; make it exactly 0600.
        _ = fchmod(fd, fileMode)
        let lock = Lock(target: url, lockPath: lockPath, fd: fd)
        defer { lock.release() }
        return try body(lock)
    }

    static func syncDirectory(of url: URL) {
        let dirFD = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            close(dirFD)
        }
    }
}
