import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension DurableFile {
    /// A held `<target>.lock`: the file the new content is written to before it is renamed over the
    /// target. `commit` does all of it; a batch uses `prepare` and `install` on many locks and syncs
    /// their folder once.
    ///
    /// Used by one thread at a time; a batch hands a prepared lock from a writer thread to the
    /// thread that installs it, hence `@unchecked Sendable`.
    public final class Lock: @unchecked Sendable {
        public let target: URL
        let lockPath: String
        let fileSystem: any FileSystem
        var fd: Int32
        var committed = false
        /// The folder's shared flock, held as long as the lock file (see `FolderLock`).
        var folderLock: FolderLock?

        init(target: URL, lockPath: String, fd: Int32, fileSystem: any FileSystem) {
            self.target = target
            self.lockPath = lockPath
            self.fd = fd
            self.fileSystem = fileSystem
        }

        deinit { release() }

        /// Writes, syncs, renames into place and syncs the folder. Any failure leaves the target as it was
        /// (or, when only the folder sync failed, replaced but possibly not durable) and throws.
        public func commit(_ data: Data) throws {
            try prepare(data)
            try install()
            try DurableFile.syncDirectory(of: target, fileSystem: fileSystem)
        }

        /// Writes the new content to the lock file and fsyncs it. A failed fsync is thrown, never
        /// retried: after one, Linux may report the next fsync clean although the data was lost.
        public func prepare(_ data: Data) throws {
            try write(data)
            do throws(SystemCallError) {
                try fileSystem.sync(fd)
            } catch {
                throw Failure.system(path: lockPath, operation: "sync", code: error.code)
            }
        }

        /// Writes the new content to the lock file without syncing it: a batch syncs all its lock
        /// files at once (`FileSystem.syncFileSystem`) before installing any of them.
        public func write(_ data: Data) throws {
            try writeAll(data, to: fd, path: lockPath, fileSystem: fileSystem)
        }

        /// Renames the prepared lock file over the target. The folder still needs a sync to make it durable.
        public func install() throws {
            guard stillOwnsLockPath() else { throw Failure.locked(path: target.path) }
            do throws(SystemCallError) {
                try fileSystem.rename(lockPath, target.path)
            } catch {
                throw Failure.system(path: target.path, operation: "rename into place", code: error.code)
            }
            committed = true
            releaseDescriptor()
        }

        /// Gives the lock up: an uncommitted lock file is removed (while its flock is still held, so
        /// no one can mistake it for stale), then the descriptor and its flock are dropped.
        public func release() {
            if !committed && fd >= 0 { try? fileSystem.unlink(lockPath) }
            releaseDescriptor()
        }

        private func releaseDescriptor() {
            if fd >= 0 { fileSystem.close(fd); fd = -1 }
            folderLock?.release()
            folderLock = nil
        }

        /// The lock path still names the file this lock wrote to (nobody took it as stale meanwhile).
        private func stillOwnsLockPath() -> Bool {
            var mine = stat(), there = stat()
            guard fd >= 0, fstat(fd, &mine) == 0, stat(lockPath, &there) == 0 else { return false }
            return mine.st_dev == there.st_dev && mine.st_ino == there.st_ino
        }

        /// Creates `<url>.lock` with O_EXCL and takes its flock. A lock held by a live writer is waited
        /// on for `wait` seconds, then reported as `locked`; one left by a dead writer is removed.
        /// The folder's flock is taken shared first, unless the caller holds it exclusively (`folderHeld`).
        public static func acquire(on url: URL, wait: TimeInterval, fileSystem: any FileSystem, folderHeld: Bool = false) throws -> Lock {
            let lockPath = url.path + ".lock"
            let deadline = Date().addingTimeInterval(wait)
            let folderLock = folderHeld ? nil
                : try FolderLock.shared(url.deletingLastPathComponent(), wait: wait, fileSystem: fileSystem)
            var quickRetries = 0
            while true {
                let fd: Int32
                do throws(SystemCallError) {
                    fd = try fileSystem.open(lockPath, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: fileMode)
                } catch {
                    // Every way round this loop meets the deadline: a lock path that keeps saying
                    // "taken" and "gone" at once (as a dangling link did) must not spin for ever.
                    // A few quick retries are allowed past it, so a zero wait still clears a stale lock.
                    quickRetries += 1
                    let late = Date() >= deadline
                    switch error.code {
                    case ENOENT:
                        if late && quickRetries > 3 { throw Failure.locked(path: url.path) }
                        try makeDirectory(url.deletingLastPathComponent(), fileSystem: fileSystem)
                        continue
                    case EEXIST:
                        if try removeIfStale(lockPath, fileSystem: fileSystem), !(late && quickRetries > 3) { continue }
                        if late { throw Failure.locked(path: url.path) }
                        usleep(2_000)
                        continue
                    default:
                        throw Failure.system(path: lockPath, operation: "create", code: error.code)
                    }
                }
                let lock = Lock(target: url, lockPath: lockPath, fd: fd, fileSystem: fileSystem)
                fileSystem.setMode(fd, fileMode)
                // Someone checking whether this new file is stale may hold its flock for a moment.
                var held = false
                for _ in 0..<500 {
                    do throws(SystemCallError) {
                        held = try fileSystem.tryLock(fd)
                    } catch {
                        throw Failure.system(path: lockPath, operation: "lock", code: error.code)
                    }
                    if held { break }
                    usleep(1_000)
                }
                // Not held, or taken as stale while this writer stalled: drop it without touching the path.
                if !held || !lock.stillOwnsLockPath() {
                    lock.committed = true
                    lock.release()
                    if Date() >= deadline { throw Failure.locked(path: url.path) }
                    continue
                }
                lock.folderLock = folderLock
                return lock
            }
        }

        /// Removes `lockPath` if its writer is gone; true when the caller should try to create it again.
        ///
        /// Sound against live writers: a writer holds the flock from just after creating the file until
        /// it is renamed or removed. Holding the flock ourselves, and seeing the path still name that
        /// file, nobody else can remove or replace it before our unlink: other checkers find the flock
        /// taken, and creators find the path taken.
        static func removeIfStale(_ lockPath: String, fileSystem: any FileSystem) throws -> Bool {
            let fd: Int32
            do throws(SystemCallError) {
                fd = try fileSystem.open(lockPath, flags: O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, mode: 0)
            } catch {
                switch error.code {
                case ENOENT:
                    // Gone already (committed or released): try again at once.
                    return true
                case ELOOP:
                    // A symbolic link, which no Debrief makes (a sync or a hand put it there): removing
                    // the link itself is safe and never touches what it points to.
                    return try removeLink(lockPath, fileSystem: fileSystem)
                default:
                    return false
                }
            }
            defer { fileSystem.close(fd) }
            let free: Bool
            do throws(SystemCallError) {
                free = try fileSystem.tryLock(fd)
            } catch {
                throw Failure.system(path: lockPath, operation: "check the lock", code: error.code)
            }
            guard free else { return false }
            var opened = stat(), there = stat()
            guard fstat(fd, &opened) == 0 else { return false }
            guard stat(lockPath, &there) == 0, opened.st_dev == there.st_dev, opened.st_ino == there.st_ino else { return true }
            let changed = max(seconds(opened.st_ctim), seconds(opened.st_mtim))
            guard opened.st_size > 0 || Date().timeIntervalSince1970 - changed >= staleLockAge else { return false }
            do throws(SystemCallError) {
                try fileSystem.unlink(lockPath)
            } catch {
                if error.code != ENOENT { throw Failure.system(path: lockPath, operation: "remove the stale lock", code: error.code) }
            }
            return true
        }

        /// Removes `lockPath` if it is still a symbolic link; true when the caller should try again.
        private static func removeLink(_ lockPath: String, fileSystem: any FileSystem) throws -> Bool {
            var info = stat()
            guard lstat(lockPath, &info) == 0 else { return true }
            guard info.st_mode & S_IFMT == S_IFLNK else { return true }
            do throws(SystemCallError) {
                try fileSystem.unlink(lockPath)
            } catch {
                if error.code != ENOENT { throw Failure.system(path: lockPath, operation: "remove the lock file, a symbolic link,", code: error.code) }
            }
            return true
        }

        private static func seconds(_ time: timespec) -> TimeInterval {
            TimeInterval(time.tv_sec) + TimeInterval(time.tv_nsec) / 1_000_000_000
        }
    }
}
