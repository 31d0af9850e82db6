import DebriefCore
import DebriefUI
import Foundation

/// The session's "export as Markdown" key: the write-up goes to the file the user named (`~/` is
/// the home directory, a relative path starts in the current directory), never over an existing
/// file (a `-2`, `-3`… is added before the extension), and the app says where.
public enum MarkdownExportFile {
    public static func write(reviewID: String, to path: String, store: RecordStore) -> Msg {
        do {
            guard let review = try store.load(Review.self, id: reviewID) else {
                return .effectFailed(EffectFailure(.missing, "could not export: review \(reviewID) is not saved yet"))
            }
            let deal = try? store.load(Deal.self, id: review.dealId)
            let markdown = ReviewMarkdown.render(review, deal: deal)
            let url = freeURL(for: expanded(path))
            try DurableFile.write(Data(markdown.utf8), to: url)
            return .info("Exported to \(url.path)")
        } catch {
            return .effectFailed(EffectFailure(error, prefix: "could not export: "))
        }
    }

    static func expanded(_ path: String) -> URL {
        // $HOME as the shell has it; Foundation's home directory on Linux reads the password file.
        let homePath = ProcessInfo.processInfo.environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        let home = homePath.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? FileManager.default.homeDirectoryForCurrentUser
        if path == "~" { return home }
        if path.hasPrefix("~/") { return home.appendingPathComponent(String(path.dropFirst(2))) }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
    }

    /// `url`, or the first of `name-2.md`, `name-3.md`… that does not exist yet.
    static func freeURL(for url: URL) -> URL {
        let directory = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension
        var candidate = url
        var n = 2
        while FileManager.default.fileExists(atPath: candidate.path) {
            candidate = directory.appendingPathComponent(ext.isEmpty ? "\(stem)-\(n)" : "\(stem)-\(n).\(ext)")
            n += 1
        }
        return candidate
    }
}
