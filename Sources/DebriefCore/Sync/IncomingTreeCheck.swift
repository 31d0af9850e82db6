import Foundation

/// What a sync or `init --git` would check out that is not a record, found in the tree before
/// git touches the data folder: a teammate's push (malicious or broken) must not put a symbolic
/// link where a record should be (a later chmod or read would reach its target), a lock file that
/// blocks saves, a submodule, or folders inside the record folders.
public struct IncomingTreeCheck: Sendable {
    /// One entry of the tree that is refused, with what it is in words.
    public struct Refusal: Sendable, Hashable, Codable, CustomStringConvertible {
        public var path: String
        public var what: String

        public var description: String { "\(DisplaySanitizer.singleLine.sanitize(path)) (\(what))" }
    }

    /// The refused entries for a message: the first twenty, then how many more.
    public static func list(_ refusals: [Refusal]) -> String {
        refusals.prefix(20).map(\.description).joined(separator: ", ") + (refusals.count > 20 ? " and \(refusals.count - 20) more" : "")
    }

    /// Folders whose every file must be a record: `<folder>/<name>.json`, nothing deeper.
    static let recordFolders = SyncLeftover.recordFolders + [Deal.folder, Review.folder].map { PendingConflicts.folder + "/" + $0 }

    /// The entries of `revision`'s tree that are not records or the data folder's own files.
    public static func refusals(in revision: String, git: Git) throws -> [Refusal] {
        let listing = try git.check(["ls-tree", "-r", "-z", "-l", "--full-tree", revision]).stdout
        var found: [Refusal] = []
        for line in listing.split(separator: 0) {
            // "<mode> <type> <object> <size, padded>\t<path>"
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = line[line.startIndex..<tab].split(separator: UInt8(ascii: " "))
            let mode = fields.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            let size = fields.last.flatMap { Int(String(decoding: $0, as: UTF8.self)) }
            let path = String(decoding: line[line.index(after: tab)...], as: UTF8.self)
            if let what = refusal(mode: mode, path: path) {
                found.append(Refusal(path: path, what: what))
            } else if let size, size > RecordDecoding.maximumFileSize {
                // Merging reads both sides into memory: a huge blob is refused before that.
                found.append(Refusal(path: path, what: "\(size >> 20) MB, more than a record can be"))
            }
        }
        return found
    }

    /// The same for the entries of `revision` that differ from `base`: a pull of a hundred records
    /// checks a hundred entries, not the whole tree.
    public static func refusals(from base: String, to revision: String, git: Git) throws -> [Refusal] {
        try refusals(in: TreeDiff.read(git, from: base, to: revision), git: git)
    }

    /// The refused entries among a diff's new side; sizes come from one `cat-file --batch-check`.
    static func refusals(in diff: TreeDiff, git: Git) throws -> [Refusal] {
        var found: [Refusal] = []
        var blobs: [TreeDiff.Entry] = []
        for entry in diff.entries where !entry.isRemoved {
            if let what = refusal(mode: entry.newMode, path: entry.path) {
                found.append(Refusal(path: entry.path, what: what))
            } else {
                blobs.append(entry)
            }
        }
        guard !blobs.isEmpty else { return found }
        let input = Data(blobs.map(\.newObject).joined(separator: "\n").utf8 + [0x0A])
        // "<object> blob <size>" a line, in the order asked.
        let sizes = try git.check(["cat-file", "--batch-check"], input: input).text.split(separator: "\n")
        for (blob, line) in zip(blobs, sizes) {
            if let size = line.split(separator: " ").last.flatMap({ Int($0) }), size > RecordDecoding.maximumFileSize {
                found.append(Refusal(path: blob.path, what: "\(size >> 20) MB, more than a record can be"))
            }
        }
        return found
    }

    /// Why an entry is refused, or nil when it may be checked out.
    static func refusal(mode: String, path: String) -> String? {
        switch mode {
        case "120000": return "a symbolic link"
        case "160000": return "a submodule"
        case "100644", "100755": break
        default: return "not a regular file"
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name.hasSuffix(".lock") { return "a lock file" }
        if recordFolders.contains(path) || path == PendingConflicts.folder { return "a file where a record folder belongs" }
        if path.hasPrefix(PendingConflicts.folder + "/"), !recordFolders.contains(where: { path.hasPrefix($0 + "/") }) {
            return "not a pending-conflict file"
        }
        guard let folder = recordFolders.last(where: { path.hasPrefix($0 + "/") }) else { return nil }
        let rest = path.dropFirst(folder.count + 1)
        if rest.contains("/") { return "inside a folder within \(folder)/, where only records belong" }
        // Hidden files (a `.gitkeep`) are never read as records and change nothing.
        if !rest.hasSuffix(".json") && !rest.hasPrefix(".") { return "not a record: records are <id>.json" }
        return nil
    }
}
