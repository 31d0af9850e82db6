import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole record file with one open, fstat and read, instead of FileManager's heavier path;
/// the stamp is taken before the bytes are read, so a change during the read shows up next time.
///
/// Whatever is not a record is refused before a byte is read: a symbolic link (never followed,
/// whatever it points to), a folder, pipe or device, and a file larger than a record can be (a
/// 2 GB file costs one fstat, not 2 GB of memory).
enum RecordFileRead {
    enum Refusal: Error, Equatable {
        case missing
        case notRegular(String)
        case tooBig(bytes: Int64)
        case unreadable(Int32)

        var reason: String {
            switch self {
            case .missing: "disappeared while it was being read"
            case .notRegular(let kind):
                "is \(kind), not a record: Debrief does not read it (and never follows a link). Remove it with `rm` (for a link, that removes only the link) or move it out of the data folder"
            case .tooBig(let bytes): RecordDecoding.tooBigReason(bytes: bytes)
            case .unreadable(let code): "cannot be read: \(String(cString: strerror(code)))"
            }
        }
    }

    static func contents(atPath path: String, limit: Int = RecordDecoding.maximumFileSize) -> Result<(data: Data, stamp: RecordIndexFileStamp), Refusal> {
        contentsAndPermissions(atPath: path, limit: limit).map { ($0.data, $0.stamp) }
    }

    /// The same with the file's permission bits from the same fstat, for `debrief check`, which
    /// would otherwise lstat every record a second time to see its mode.
    static func contentsAndPermissions(atPath path: String, limit: Int = RecordDecoding.maximumFileSize)
        -> Result<(data: Data, stamp: RecordIndexFileStamp, permissions: mode_t), Refusal> {
        // O_NONBLOCK: opening a named pipe must not wait for a writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .failure(.missing)
            case ELOOP: return .failure(.notRegular("a symbolic link"))
            case let code: return .failure(.unreadable(code))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(errno)) }
        if let kind = FileModeChange.describe(info.st_mode) { return .failure(.notRegular(kind)) }
        if info.st_size > limit { return .failure(.tooBig(bytes: Int64(info.st_size))) }
        let stamp = RecordIndexFileStamp(info)
        // One byte more than the size, to see the end of the file in the first read; a file that
        // grows past the limit while it is read is cut off there and refused.
        var capacity = max(Int(info.st_size), 0) + 1
        var data = Data(count: capacity)
        var length = 0
        while true {
            if length == capacity {
                if length > limit { return .failure(.tooBig(bytes: Int64(length))) }
                capacity = min(capacity * 2, limit + 1)
                data.count = capacity
            }
            let n = data.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base.advanced(by: length), capacity - length)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errno))
            }
            if n == 0 { break }
            length += n
        }
        data.count = length
        return .success((data, stamp, info.st_mode & 0o777))
    }

    /// The bytes of a file read as a record is (no link followed, nothing over the limit), or the
    /// reason it was refused, for a problem report.
    static func bytes(atPath path: String) -> Result<Data, LoadProblem> {
        contents(atPath: path).map(\.data).mapError { LoadProblem(path: path, reason: $0.reason) }
    }
}
