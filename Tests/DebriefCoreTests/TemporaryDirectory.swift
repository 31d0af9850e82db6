import Foundation

/// A fresh directory under the system temp folder, removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    init(_ name: String = "debrief-test") {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ components: String...) -> URL {
        components.reduce(url) { $0.appendingPathComponent($1) }
    }
}
