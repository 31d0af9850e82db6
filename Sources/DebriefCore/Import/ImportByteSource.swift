import Foundation

/// The bytes of an import file, read a piece at a time and read again from the start for each pass,
/// so an import holds a piece of the file, not the file.
protocol ImportByteSource: AnyObject {
    /// Back to the first byte.
    func rewind() throws(ImportRefusal)
    /// Up to `count` next bytes; empty at the end.
    func read(upTo count: Int) throws(ImportRefusal) -> [UInt8]
}

/// A file on disk, opened once: every pass reads the same open file, even if the path is renamed over.
final class ImportFileSource: ImportByteSource {
    private let descriptor: Int32
    private let path: String
    /// Size and modification time when opened, to notice a file that changes between passes.
    private let stamp: (size: Int64, modified: Int, nanoseconds: Int)

    init(path: String) throws(ImportRefusal) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw .unreadable(path: path, reason: code == ENOENT ? "no such file" : code == EACCES ? "permission denied" : String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw .unreadable(path: path, reason: "it is a directory")
        }
        self.descriptor = descriptor
        self.path = path
        self.stamp = Self.stamp(info)
    }

    deinit { close(descriptor) }

    func rewind() throws(ImportRefusal) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, Self.stamp(info) == stamp else {
            throw .unreadable(path: path, reason: "it changed while it was being imported; import it again when it is saved")
        }
        guard lseek(descriptor, 0, SEEK_SET) == 0 else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
    }

    func read(upTo count: Int) throws(ImportRefusal) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + filled, count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            filled += got
        }
        buffer.removeSubrange(filled...)
        return buffer
    }

    private static func stamp(_ info: stat) -> (size: Int64, modified: Int, nanoseconds: Int) {
        #if canImport(Darwin)
        (Int64(info.st_size), info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
        (Int64(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
    }
}

/// Bytes already in memory (`DealImporter.importData`).
final class ImportDataSource: ImportByteSource {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    func rewind() { offset = data.startIndex }

    func read(upTo count: Int) -> [UInt8] {
        let end = min(data.endIndex, offset + count)
        defer { offset = end }
        return [UInt8](data[offset..<end])
    }
}
