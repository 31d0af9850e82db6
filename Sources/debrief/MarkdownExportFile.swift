import DebriefCore
import DebriefUI
import Foundation

/// The session's "export as Markdown" key: the write-up goes to a new file in the current
/// directory (never over an existing one), and the app says where.
enum MarkdownExportFile {
    static func write(reviewID: String, store: RecordStore) -> Msg {
        do {
            guard let review = try store.load(Review.self, id: reviewID) else {
                return .effectFailed("could not export: review \(reviewID) is not saved yet")
            }
            let deal = try? store.load(Deal.self, id: review.dealId)
            let markdown = ReviewMarkdown.render(review, deal: deal)
            let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            var url = directory.appendingPathComponent("debrief-\(review.id).md")
            var n = 2
            while FileManager.default.fileExists(atPath: url.path) {
                url = directory.appendingPathComponent("debrief-\(review.id)-\(n).md")
                n += 1
            }
            try DurableFile.write(Data(markdown.utf8), to: url)
            return .info("Exported to \(url.path)")
        } catch {
            return .effectFailed("could not export: \(error)")
        }
    }
}
