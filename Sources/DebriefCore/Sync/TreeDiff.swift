import Foundation

/// What differs between two trees, entry by entry, from one `git diff --raw`: each path with its
/// mode and object on both sides. A sync checks and describes a pull from it, and reads the files
/// by object id, which is what makes a pull's cost follow what changed: "revision:path" made git
/// inflate the whole 10,000-entry folder tree again for every file.
struct TreeDiff: Sendable {
    struct Entry: Sendable, Hashable {
        var path: String
        var oldMode: String
        var newMode: String
        var oldObject: String
        var newObject: String
        var status: Character

        var isAdded: Bool { oldMode == "000000" }
        var isRemoved: Bool { newMode == "000000" }
        var change: SyncChange {
            SyncChange(kind: isAdded ? .added : isRemoved ? .removed : .changed, path: path)
        }
    }

    var entries: [Entry]

    static func read(_ git: Git, from base: String, to revision: String) throws -> TreeDiff {
        parse(try git.check(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", base, revision]).stdout)
    }

    /// ":<old mode> <new mode> <old object> <new object> <status>\0<path>\0" for each entry.
    static func parse(_ output: Data) -> TreeDiff {
        let fields = output.split(separator: 0, omittingEmptySubsequences: false)
        var entries: [Entry] = []
        var index = 0
        while index + 1 < fields.count {
            let header = String(decoding: fields[index], as: UTF8.self).split(separator: " ")
            let path = String(decoding: fields[index + 1], as: UTF8.self)
            index += 2
            guard header.count == 5, header[0].hasPrefix(":") else { continue }
            entries.append(Entry(path: path, oldMode: String(header[0].dropFirst()), newMode: String(header[1]),
                                 oldObject: String(header[2]), newObject: String(header[3]), status: header[4].first ?? "M"))
        }
        return TreeDiff(entries: entries)
    }
}
