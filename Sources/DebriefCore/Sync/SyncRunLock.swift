import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One sync at a time per data folder (the app's background sync and `debrief sync` from a
/// shell would otherwise run git side by side), and a record that a sync was running: the file
/// says "running" from start to end, under an flock the kernel drops when the process dies. A
/// sync that finds the word with the flock free knows the last one was killed, and may clear
/// what that one's git left behind (`.git/index.lock`).
final class SyncRunLock {
    private let path: String
    private var fd: Int32
    /// When the previous sync of this folder started, if it was killed before it finished.
    let interruptedSyncStart: timespec?

    static func file(root: URL) -> URL {
        root.appendingPathComponent(".git", isDirectory: true).appendingPathComponent("debrief-sync-running")
    }

    /// Takes the lock, or throws `alreadyRunning` when another sync of this folder holds it.
    init(root: URL) throws(SyncFailure) {
        path = Self.file(root: root).path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .git("cannot open \(path): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            close(fd)
            throw .alreadyRunning(path: root.path)
        }
        var info = stat()
        interruptedSyncStart = fstat(fd, &info) == 0 && info.st_size > 0 ? info.st_mtim : nil
        _ = ftruncate(fd, 0)
        _ = "running\n".withCString { write(fd, $0, 8) }
    }

    /// The sync is over (well or not): the word goes, then the flock.
    func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        close(fd)
        fd = -1
    }

    deinit { release() }

    /// Removes git's index lock when the previous sync was killed and the lock dates from that
    /// sync (it is not older than this file's last "running"); true when one was removed.
    func clearStaleIndexLock(root: URL) -> Bool {
        guard let start = interruptedSyncStart else { return false }
        let indexLock = root.appendingPathComponent(".git/index.lock").path
        var lockInfo = stat()
        guard lstat(indexLock, &lockInfo) == 0, lockInfo.st_mode & S_IFMT == S_IFREG else { return false }
        let made = lockInfo.st_mtim
        guard made.tv_sec > start.tv_sec || (made.tv_sec == start.tv_sec && made.tv_nsec >= start.tv_nsec) else { return false }
        return unlink(indexLock) == 0
    }
}
