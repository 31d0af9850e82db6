import Foundation

/// A file in the data directory that a sync left behind instead of a record: a copy another sync
/// tool made when two machines changed a file at once (Dropbox's "conflicted copy", Syncthing's
/// ".sync-conflict-", a "(1)" duplicate, git mergetool's backups), or a record file holding git
/// conflict markers. They are reported, never loaded as records and never committed.
public struct SyncLeftover: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        case conflictedCopy
        case conflictMarkers
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var reason: String {
        switch kind {
        case .conflictedCopy:
            "a copy left by a sync tool when two machines changed the same file; it is not loaded. Compare it with the record, copy over what you need, then delete it"
        case .conflictMarkers:
            "holds git conflict markers (<<<<<<< / >>>>>>>) from an unfinished merge; it is not loaded. Keep the lines you want and remove the markers, or restore it with `git checkout`"
        }
    }

    public var problem: LoadProblem { LoadProblem(path: path, reason: reason) }
    public var description: String { problem.description }

    /// Folders of the data directory that hold records (the root holds playbook.json).
    static let recordFolders = [Deal.folder, Review.folder, "questions"]

    /// Every leftover in the data directory, in path order.
    public static func scan(root: URL) -> [SyncLeftover] {
        var found: [SyncLeftover] = []
        for folder in [""] + recordFolders {
            let dir = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { continue }
            for name in names.sorted() {
                let path = dir.appendingPathComponent(name).path
                if isConflictedCopyName(name) {
                    found.append(SyncLeftover(path: path, kind: .conflictedCopy))
                } else if name.hasSuffix(".json"), !name.hasPrefix("."), hasConflictMarkers(atPath: path) {
                    found.append(SyncLeftover(path: path, kind: .conflictMarkers))
                }
            }
        }
        return found
    }

    /// Names other sync tools give the second copy of a file.
    public static func isConflictedCopyName(_ name: String) -> Bool {
        let lower = name.lowercased()
        if lower.contains("conflicted copy") || lower.contains(".sync-conflict-") || lower.contains("_conflict-") { return true }
        // git mergetool: "x.json.orig", "x_BACKUP_1234.json", "x_LOCAL_1234.json"…
        if lower.hasSuffix(".orig") || lower.hasSuffix(".rej") { return true }
        for tag in ["_BACKUP_", "_BASE_", "_LOCAL_", "_REMOTE_"] where name.contains(tag) { return true }
        // "deal-1 (1).json", "deal-1(2).json": a duplicate made by a file manager or cloud drive.
        return name.range(of: #"\([0-9]+\)\.json$"#, options: .regularExpression) != nil
    }

    /// Whether a file has a line that starts a git conflict (`<<<<<<< `) or ends one (`>>>>>>> `).
    public static func hasConflictMarkers(atPath path: String) -> Bool {
        // Read as a record is: a link is not followed and a file too big to be a record is not
        // read at all (it is reported as too big), so a 2 GB file costs an fstat, not a scan.
        guard case .success(let data) = RecordFileRead.bytes(atPath: path) else { return false }
        return hasConflictMarkers(data)
    }

    public static func hasConflictMarkers(_ data: Data) -> Bool {
        for marker in ["<<<<<<< ", ">>>>>>> "] {
            let bytes = Data(marker.utf8)
            if data.starts(with: bytes) { return true }
            if data.firstRange(of: Data("\n".utf8) + bytes) != nil { return true }
        }
        return false
    }

    /// Load problems with each leftover's own explanation in place of a parse error (or of the
    /// "id does not match its file name" a copy gets), plus leftovers that were not problems yet.
    public static func relabel(_ problems: [LoadProblem], leftovers: [SyncLeftover]) -> [LoadProblem] {
        let paths = Set(leftovers.map(\.path))
        return problems.filter { !paths.contains($0.path) } + leftovers.map(\.problem)
    }
}
