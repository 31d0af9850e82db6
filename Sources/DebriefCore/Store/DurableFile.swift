import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable, atomic file writes in the style of git's lockfiles: the new bytes go to `<name>.lock`,
/// created with O_EXCL and mode 0600, are fsynced, renamed over the target, and the directory is fsynced.
/// The O_EXCL lock also serialises writers across processes, so a compare-and-swap can run under it.
///
/// The holder of a lock file also holds flock(2) on it from creation until the rename or removal.
/// The kernel drops that flock when the holder dies, so a lock file whose flock is free, and that
/// either has content or is older than `staleLockAge`, was left by a crash: the next writer removes
/// it. A live holder's lock is never taken (see `removeIfStale`).
public enum DurableFile {
    public static let fileMode: mode_t = 0o600
    public static let directoryMode: mode_t = 0o700
    /// An empty lock file with a free flock may belong to a writer between its open and its flock;
    /// past this age it cannot.
    static let staleLockAge: TimeInterval = 1

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case locked(path: String)
        case system(path: String, operation: String, code: Int32)

        public var description: String {
            switch self {
            case .locked(let path):
                return "\(path) is being saved by another Debrief process right now; nothing was written. Try again in a moment."
            case .system(let path, let operation, let code):
                let advice = code == ENOSPC || code == EDQUOT ? " Free some disk space and save again." :
                    code == EIO ? " The disk reported an error; check it and save again." : ""
                return "could not \(operation) \(path): \(String(cString: strerror(code))).\(advice)"
            }
        }

        /// The system error, for callers that tell a full disk from a bad one.
        public var code: Int32? {
            if case .system(_, _, let code) = self { return code }
            return nil
        }
    }

    /// Creates `url` and its missing parents with mode 0700.
    public static func makeDirectory(_ url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        let path = url.path
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw Failure.system(path: path, operation: "create the directory (a file is in the way)", code: EEXIST)
        }
        if path == "/" || path.isEmpty { return }
        try makeDirectory(url.deletingLastPathComponent(), fileSystem: fileSystem)
        do throws(SystemCallError) {
            try fileSystem.makeDirectory(path, mode: directoryMode)
        } catch {
            if error.code != EEXIST { throw Failure.system(path: path, operation: "create the directory", code: error.code) }
        }
        _ = chmod(path, directoryMode)
        // The new folder's entry in its parent must survive a power cut too, or every file in it is lost.
        try syncDirectory(of: url, fileSystem: fileSystem)
    }

    /// Writes `data` to `url` durably and atomically.
    public static func write(_ data: Data, to url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        try withLock(on: url, fileSystem: fileSystem) { lock in try lock.commit(data) }
    }

    /// Creates a file that must not exist yet, mode 0600, without syncing: for bulk writers
    /// that sync once when they are done.
    public static func createNew(_ data: Data, at url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        let fd: Int32
        do throws(SystemCallError) {
            fd = try fileSystem.open(url.path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: fileMode)
        } catch {
            throw Failure.system(path: url.path, operation: "create", code: error.code)
        }
        defer { fileSystem.close(fd) }
        fileSystem.setMode(fd, fileMode)
        try writeAll(data, to: fd, path: url.path, fileSystem: fileSystem)
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String, fileSystem: any FileSystem) throws {
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n: Int
                do throws(SystemCallError) {
                    n = try fileSystem.write(fd, UnsafeRawBufferPointer(rebasing: raw[offset...]))
                } catch {
                    throw Failure.system(path: path, operation: "write", code: error.code)
                }
                // A write of zero bytes to a regular file means no progress is possible.
                if n <= 0 { throw Failure.system(path: path, operation: "write", code: EIO) }
                offset += n
            }
        }
    }

    /// fsyncs the folder holding `url`, so a rename or removal in it survives a power cut.
    public static func syncDirectory(of url: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        try syncFolder(url.deletingLastPathComponent(), fileSystem: fileSystem)
    }

    /// fsyncs `folder` itself.
    public static func syncFolder(_ folder: URL, fileSystem: any FileSystem = PosixFileSystem()) throws {
        do throws(SystemCallError) {
            try fileSystem.syncDirectory(folder.path)
        } catch {
            throw Failure.system(path: folder.path, operation: "sync the folder", code: error.code)
        }
    }

    /// Takes `<url>.lock`, runs `body`, and removes the lock unless it was committed.
    /// A lock held by a live writer is waited on for `wait` seconds, then reported.
    public static func withLock<T>(on url: URL, wait: TimeInterval = 2, fileSystem: any FileSystem = PosixFileSystem(),
                                   _ body: (Lock) throws -> T) throws -> T {
        let lock = try Lock.acquire(on: url, wait: wait, fileSystem: fileSystem)
        defer { lock.release() }
        return try body(lock)
    }
}
