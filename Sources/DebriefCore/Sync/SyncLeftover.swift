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
        scan(root: root, readingOnly: nil)
    }

    /// The leftovers of the data directory, reading for conflict markers only the files named in
    /// `readingOnly` (paths relative to the data folder, as git names them; nil reads every record
    /// file). Copies are found by name, which costs a folder listing, not a read of each file: a
    /// sync reads only what it changed.
    public static func scan(root: URL, readingOnly: Set<String>?) -> [SyncLeftover] {
        var found: [SyncLeftover] = []
        let rootPath = root.path
        for folder in [""] + recordFolders {
            // The folder's path once: a URL's `path` decodes and trims the whole URL each time it is
            // asked, which a sync paid for every one of 10,000 names.
            let dirPath = folder.isEmpty ? rootPath : rootPath + "/" + folder
            guard let names = entryNames(dirPath) else { continue }
            var inFolder: [SyncLeftover] = []
            for name in names {
                if isConflictedCopyName(name) {
                    inFolder.append(SyncLeftover(path: dirPath + "/" + name, kind: .conflictedCopy))
                } else if name.hasSuffix(".json"), !name.hasPrefix("."),
                          readingOnly?.contains(folder.isEmpty ? name : folder + "/" + name) ?? true,
                          hasConflictMarkers(atPath: dirPath + "/" + name) {
                    inFolder.append(SyncLeftover(path: dirPath + "/" + name, kind: .conflictMarkers))
                }
            }
            found += inFolder.sorted { $0.path < $1.path }
        }
        return found
    }

    /// A folder's entry names, listed with readdir (a folder of 100,000 records costs milliseconds
    /// this way, far more through FileManager); FileManager's listing when a name is not UTF-8.
    static func entryNames(_ dir: String) -> [String]? {
        guard let stream = opendir(dir) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                return String(validatingCString: base)
            }
            guard let name else { return try? FileManager.default.contentsOfDirectory(atPath: dir) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Names other sync tools give the second copy of a file.
    public static func isConflictedCopyName(_ name: String) -> Bool {
        // A record's own name ("deal-0042.json": one dot, no space, underscore or parenthesis) is
        // none of these; a sync lists every name, so they are let through before any searching.
        var dots = 0, plain = true
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: " "), UInt8(ascii: "_"), UInt8(ascii: "("), UInt8(ascii: "~"): plain = false
            default: break
            }
        }
        if plain, dots == 1, name.hasSuffix(".json") { return false }
        // Every name a sync lists that is not a record's comes here (".git", ".gitignore", the
        // folders), so the tests are on bytes: a regular expression cost the first sync of a
        // process milliseconds to set up ICU, and Foundation's `contains` goes through NSString.
        // Lower-casing ASCII letters alone is enough: every pattern is ASCII, and no letter
        // outside ASCII lower-cases into one of theirs except K (Kelvin), which none has.
        let lower = name.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
        for pattern in ["conflicted copy", ".sync-conflict-", "_conflict-"] where lower.contains(Array(pattern.utf8)) { return true }
        // git mergetool: "x.json.orig", "x_BACKUP_1234.json", "x_LOCAL_1234.json"…
        if lower.ends(with: ".orig") || lower.ends(with: ".rej") { return true }
        let bytes = Array(name.utf8)
        for tag in ["_BACKUP_", "_BASE_", "_LOCAL_", "_REMOTE_"] where bytes.contains(Array(tag.utf8)) { return true }
        // "deal-1 (1).json", "deal-1(2).json": a duplicate made by a file manager or cloud drive.
        return isNumberedDuplicate(bytes)
    }

    /// Whether a name ends in "(<digits>).json".
    private static func isNumberedDuplicate(_ name: [UInt8]) -> Bool {
        let suffix = Array(").json".utf8)
        guard name.ends(with: suffix) else { return false }
        var index = name.count - suffix.count - 1
        let lastDigit = index
        while index >= 0, (48...57).contains(name[index]) { index -= 1 }
        return index < lastDigit && index >= 0 && name[index] == UInt8(ascii: "(")
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

private extension Array where Element == UInt8 {
    func ends(with suffix: String) -> Bool { ends(with: Array(suffix.utf8)) }
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix) }
}
