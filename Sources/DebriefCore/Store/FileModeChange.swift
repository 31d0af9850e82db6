import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes a file's mode without ever following a symbolic link: a teammate's push can put a
/// link to `~` or `/etc` where a record should be, and `chmod` on its path would change the
/// target. The file is opened as a path only (O_PATH | O_NOFOLLOW, no read permission needed,
/// nothing of a device or pipe is opened), checked to be the kind expected, and changed through
/// that descriptor, so a rename in between cannot swap another file in.
public enum FileModeChange {
    public enum Kind: Sendable {
        case regularFile
        case directory

        var format: mode_t { self == .regularFile ? S_IFREG : S_IFDIR }
    }

    /// Linux's O_PATH, which Swift's Glibc module does not export.
    private static let pathOnly: Int32 = 0o10000000

    /// Sets `mode` on `path` if it is a `kind` (never through a link); false when it is something
    /// else or cannot be changed. A file that already has the mode is left alone, so its ctime
    /// does not move and git sees nothing.
    @discardableResult
    public static func set(_ path: String, to mode: mode_t, ifItIs kind: Kind) -> Bool {
        let fd = open(path, pathOnly | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == kind.format else { return false }
        if info.st_mode & 0o7777 == mode { return true }
        // fchmod does not take an O_PATH descriptor; its /proc name reaches the same inode.
        if chmod("/proc/self/fd/\(fd)", mode) == 0 { return true }
        return fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW) == 0
    }

    /// What is at `path` itself (not what a link points to), in words for a problem report; nil
    /// for a regular file or when nothing is there.
    public static func irregularKind(at path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return describe(info.st_mode)
    }

    static func describe(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
    }
}
