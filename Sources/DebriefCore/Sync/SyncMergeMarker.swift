import Foundation

/// A note in `.git` that a sync is merging: written before `git merge`, removed once the merge is
/// committed or aborted. When a sync is killed in between, the next one finds the note beside
/// git's MERGE_HEAD and rolls the merge back itself instead of asking the user to run git. A
/// merge without the note (or with another MERGE_HEAD) was started by someone else and is left alone.
enum SyncMergeMarker {
    static func file(root: URL) -> URL {
        root.appendingPathComponent(".git", isDirectory: true).appendingPathComponent("debrief-sync-merge")
    }

    /// Records HEAD as the sync starts its merge: the merge is ours while HEAD is still that commit.
    static func write(root: URL, git: Git) throws {
        let head = try git.check(["rev-parse", "HEAD"]).trimmed
        try DurableFile.write(Data((head + "\n").utf8), to: file(root: root))
    }

    /// Whether the merge in progress is one a sync started from the HEAD it still has.
    static func isOurs(root: URL, git: Git) -> Bool {
        guard let data = FileManager.default.contents(atPath: file(root: root).path),
              let head = try? git.check(["rev-parse", "HEAD"]).trimmed else { return false }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == head
    }

    static func clear(root: URL) {
        try? FileManager.default.removeItem(at: file(root: root))
    }
}
