import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole record file with one open, fstat and read, instead of FileManager's heavier path;
/// the stamp is taken before the bytes are read, so a change during the read shows up next time.
enum RecordFileRead {
    static func contents(atPath path: String) -> (data: Data, stamp: RecordIndexFileStamp)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let stamp = RecordIndexFileStamp(info)
        // One byte more than the size, to see the end of the file in the first read.
        var capacity = max(Int(info.st_size), 0) + 1
        var data = Data(count: capacity)
        var length = 0
        while true {
            if length == capacity {
                capacity *= 2
                data.count = capacity
            }
            let n = data.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress!.advanced(by: length), capacity - length)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            length += n
        }
        data.count = length
        return (data, stamp)
    }
}
