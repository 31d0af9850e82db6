import Foundation

/// Writes an export to a file the way records are written: durably, atomically, mode 0600.
public enum ExportFile {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case exists(path: String)
        case isDirectory(path: String)

        public var description: String {
            switch self {
            case .exists(let path): "\(path) already exists; pass --force to replace it, or choose another file with --out"
            case .isDirectory(let path): "\(path) is a directory; give a file name with --out"
            }
        }
    }

    /// Refuses to replace an existing file unless `force`.
    public static func write(_ data: Data, to url: URL, force: Bool) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw Failure.isDirectory(path: url.path) }
            if !force { throw Failure.exists(path: url.path) }
        }
        try DurableFile.write(data, to: url)
    }
}
