import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DurableFile {
    /// A new file that has no name yet (Linux's O_TMPFILE): written, made durable with its batch's
    /// sync, then named with link(2), which fails when the name is taken. That is a create-only
    /// compare-and-swap in one folder operation, where a lock file costs a create, a lookup and a
    /// rename. A crash before the link leaves nothing behind: the kernel frees a file nobody named.
    /// Only a batch holding its folder's `FolderLock` exclusively may use it (see there).
    public final class UnnamedFile: @unchecked Sendable {
        private let fileSystem: any FileSystem
        private var fd: Int32

        private init(fd: Int32, fileSystem: any FileSystem) {
            self.fd = fd
            self.fileSystem = fileSystem
        }

        deinit { close() }

        /// Opens one in `folder`, mode 0600; nil where the system or the file system has no unnamed
        /// files (or no /proc to name them through), so the caller uses a lock file instead.
        public static func create(in folder: URL, fileSystem: any FileSystem) throws -> UnnamedFile? {
            #if os(Linux) && (arch(x86_64) || arch(arm64))
            guard procFileNames else { return nil }
            let fd: Int32
            do throws(SystemCallError) {
                fd = try fileSystem.open(folder.path, flags: unnamedFileFlag | O_WRONLY | O_CLOEXEC, mode: fileMode)
            } catch {
                switch error.code {
                case EOPNOTSUPP, EISDIR, EINVAL: return nil
                default: throw Failure.system(path: folder.path, operation: "create a file in", code: error.code)
                }
            }
            fileSystem.setMode(fd, fileMode)
            return UnnamedFile(fd: fd, fileSystem: fileSystem)
            #else
            return nil
            #endif
        }

        #if os(Linux) && (arch(x86_64) || arch(arm64))
        /// O_TMPFILE, which Glibc's module does not export: __O_TMPFILE | O_DIRECTORY, with the
        /// generic __O_TMPFILE that x86_64 and arm64 use (elsewhere a lock file is used instead).
        private static let unnamedFileFlag: Int32 = 0o20000000 | O_DIRECTORY
        private static let procFileNames = access("/proc/self/fd", X_OK) == 0
        #endif

        /// Writes the content, unsynced: the batch syncs the file system once before naming any file.
        public func write(_ data: Data, path: String) throws {
            try writeAll(data, to: fd, path: path, fileSystem: fileSystem)
        }

        /// Names the file `target`; false (and nothing changed) when that name exists already.
        public func link(to target: URL) throws -> Bool {
            do throws(SystemCallError) {
                try fileSystem.link(fd, to: target.path)
            } catch {
                if error.code == EEXIST { return false }
                throw Failure.system(path: target.path, operation: "create", code: error.code)
            }
            close()
            return true
        }

        public func close() {
            if fd >= 0 { fileSystem.close(fd); fd = -1 }
        }
    }
}
