import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says about a record file. If any of it differs from what the index saw, the file
/// is read again: size and mtime catch ordinary edits, ctime catches an mtime set back by hand
/// (`touch -d`), and the inode catches a file replaced by rename, as Debrief's own saves do.
struct RecordIndexFileStamp: Sendable, Equatable {
    var size: Int64
    var modifiedNanoseconds: Int64
    var changedNanoseconds: Int64
    var inode: UInt64

    init(size: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// The stamp of a regular file, or nil when it is missing or not a regular file.
    static func of(path: String) -> RecordIndexFileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return RecordIndexFileStamp(info)
    }

    /// The same for `name` inside an open directory: no path to build and walk for each of many files.
    static func of(name: String, inDirectory directory: Int32) -> RecordIndexFileStamp? {
        var info = stat()
        guard fstatat(directory, name, &info, 0) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return RecordIndexFileStamp(info)
    }

    /// File systems tick their clocks coarsely (a jiffy on ext4, a second or two elsewhere), so a file
    /// changed again within the same tick keeps its stamp. A stamp is trusted only once it is
    /// clearly older than the moment the folder was scanned (a few seconds before it), as git does
    /// for its "racily clean" entries.
    func isSettled(before time: Int64) -> Bool {
        modifiedNanoseconds < time && changedNanoseconds < time
    }

    static func nowNanoseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
    }

    func write(to out: inout RecordIndexWriter) {
        out.signed(size)
        out.signed(modifiedNanoseconds)
        out.signed(changedNanoseconds)
        out.unsigned(inode)
    }

    static func read(from input: inout RecordIndexReader) throws -> RecordIndexFileStamp {
        RecordIndexFileStamp(size: try input.signed(), modifiedNanoseconds: try input.signed(),
                             changedNanoseconds: try input.signed(), inode: try input.unsigned())
    }
}
