import Foundation

/// The `.gitignore` of a shared data directory: only records travel. Lock files of saves in
/// progress, temporary and editor files, and copies other sync tools leave behind stay on the
/// machine that made them. (Crash journals and caches already live outside the data directory,
/// under XDG_STATE_HOME and XDG_CACHE_HOME; their names are listed too in case one is moved in.)
public enum SyncIgnoreFile {
    public static let name = ".gitignore"

    public static let patterns: [String] = [
        "*.lock",
        "*.tmp",
        "*.temp",
        "*.swp",
        "*~",
        ".#*",
        ".DS_Store",
        "*.orig",
        "*.rej",
        "*conflicted copy*",
        "*.sync-conflict-*",
        "*_conflict-*",
        "*_BACKUP_*",
        "*_BASE_*",
        "*_LOCAL_*",
        "*_REMOTE_*",
        "*([0-9]).json",
        "*.journal",
        "journals/",
        "cache/",
        ".stfolder/",
        ".stversions/",
    ]

    static let header = "# Written by `debrief init`: only records are shared; locks, temp files, journals and\n# copies made by other sync tools stay on each machine.\n"

    public enum Outcome: Equatable, Sendable {
        case created
        case added([String])
        case unchanged
    }

    /// Writes the file, or adds the patterns it lacks to one that exists (keeping the user's lines).
    public static func ensure(in root: URL) throws -> Outcome {
        let url = root.appendingPathComponent(name)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            try DurableFile.write(Data((header + patterns.joined(separator: "\n") + "\n").utf8), to: url)
            return .created
        }
        let text = String(decoding: data, as: UTF8.self)
        let present = Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = patterns.filter { !present.contains($0) }
        if missing.isEmpty { return .unchanged }
        let joined = (text.isEmpty || text.hasSuffix("\n") ? text : text + "\n") + missing.joined(separator: "\n") + "\n"
        try DurableFile.write(Data(joined.utf8), to: url)
        return .added(missing)
    }
}
