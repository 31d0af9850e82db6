import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DurableFile {
    /// flock(2) on a folder, which orders single saves against a batch that creates records without
    /// lock files (`UnnamedFile`): every `Lock` holds its folder shared from before it creates its
    /// lock file until the rename or removal; such a batch holds the folder exclusively from its
    /// compare to its last link. So no single save can read, compare and rename in between, and a
    /// save that starts after the batch reads what the batch wrote (and reports the conflict).
    /// The kernel drops the flock when its holder dies, so a crash never leaves a folder locked.
    public final class FolderLock: @unchecked Sendable {
        public let folder: URL
        private let fileSystem: any FileSystem
        private var fd: Int32

        private init(folder: URL, fd: Int32, fileSystem: any FileSystem) {
            self.folder = folder
            self.fd = fd
            self.fileSystem = fileSystem
        }

        deinit { release() }

        public func release() {
            if fd >= 0 { fileSystem.close(fd); fd = -1 }
        }

        /// The flock a batch holds; see `acquire`.
        public static func exclusive(_ folder: URL, wait: TimeInterval, fileSystem: any FileSystem) throws -> FolderLock {
            guard let lock = try acquire(folder, exclusive: true, wait: wait, fileSystem: fileSystem) else {
                throw Failure.system(path: folder.path, operation: "open the folder", code: EACCES)
            }
            return lock
        }

        /// The flock every single save holds; nil for a folder that cannot be opened for reading: no
        /// batch can run there (it opens the folder to sync it), so there is nothing to order against.
        public static func shared(_ folder: URL, wait: TimeInterval, fileSystem: any FileSystem) throws -> FolderLock? {
            try acquire(folder, exclusive: false, wait: wait, fileSystem: fileSystem)
        }

        /// Takes the flock, creating the folder (0700) when it is missing; a holder of the other kind is
        /// waited on for `wait` seconds, then reported as `locked`.
        private static func acquire(_ folder: URL, exclusive: Bool, wait: TimeInterval, fileSystem: any FileSystem) throws -> FolderLock? {
            let deadline = Date().addingTimeInterval(wait)
            let fd: Int32
            while true {
                do throws(SystemCallError) {
                    fd = try fileSystem.open(folder.path, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC, mode: 0)
                    break
                } catch {
                    switch error.code {
                    case ENOENT:
                        // Made and gone again and again (a hostile or broken file system): give up in time.
                        if Date() >= deadline.addingTimeInterval(1) { throw Failure.locked(path: folder.path) }
                        try makeDirectory(folder, fileSystem: fileSystem)
                    case EACCES where !exclusive:
                        return nil
                    default:
                        throw Failure.system(path: folder.path, operation: "open the folder", code: error.code)
                    }
                }
            }
            let lock = FolderLock(folder: folder, fd: fd, fileSystem: fileSystem)
            while true {
                let held: Bool
                do throws(SystemCallError) {
                    held = exclusive ? try fileSystem.tryLock(fd) : try fileSystem.tryLockShared(fd)
                } catch {
                    throw Failure.system(path: folder.path, operation: "lock the folder", code: error.code)
                }
                if held { return lock }
                if Date() >= deadline { throw Failure.locked(path: folder.path) }
                usleep(2_000)
            }
        }
    }
}
