import DebriefCore

/// What the user reads when a paste was longer than a note may hold (the terminal reader keeps
/// the first 16 MB, as no record may be larger): how much went in and how much did not.
enum PasteCutNotice {
    static func text(keptBytes: Int, droppedBytes: Int) -> String {
        "Paste cut at \(size(RecordDecoding.maximumFileSize)): the first \(size(keptBytes)) went in, the last \(size(droppedBytes)) were dropped"
    }

    /// Bytes as people read them: "2.5 MB", "640 KB", "12 bytes".
    static func size(_ bytes: Int) -> String {
        let megabyte = 1 << 20, kilobyte = 1 << 10
        if bytes >= megabyte {
            let tenths = (bytes * 10 + megabyte / 2) / megabyte
            return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
        }
        if bytes >= kilobyte { return "\((bytes + kilobyte / 2) / kilobyte) KB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
