import Foundation

/// What changed in the data folder since its last commit, as `git status` sees it: files changed,
/// added, removed or new (ignored ones left out). git finds them by comparing each file's stat with
/// its index, reading only files whose stat moved, so a sync that asks this instead of reading
/// every record costs what `git status` costs.
struct WorkingTreeChanges: Sendable, Equatable {
    /// Every path git reports, relative to the data folder.
    var paths: [String] = []
    /// Those still on disk (not removed), which a sync may read.
    var present: [String] = []

    var isEmpty: Bool { paths.isEmpty }

    static func read(_ git: Git) throws -> WorkingTreeChanges {
        let output = try git.check(["status", "--porcelain", "-z", "--untracked-files=all", "--no-renames"])
        return parse(output.stdout)
    }

    /// `git status --porcelain -z` without renames: "XY <path>" entries, each ending in NUL; X is
    /// the index's side, Y the working tree's, "??" a new file.
    static func parse(_ output: Data) -> WorkingTreeChanges {
        var changes = WorkingTreeChanges()
        for entry in output.split(separator: 0) where entry.count > 3 {
            let x = entry[entry.startIndex], y = entry[entry.startIndex + 1]
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            changes.paths.append(path)
            let removed = y == UInt8(ascii: "D") || (x == UInt8(ascii: "D") && y == UInt8(ascii: " "))
            if !removed { changes.present.append(path) }
        }
        return changes
    }

    /// The paths as `--pathspec-from-file` takes them with `--pathspec-file-nul`.
    var pathspecInput: Data {
        var data = Data()
        for path in paths {
            data.append(contentsOf: path.utf8)
            data.append(0)
        }
        return data
    }
}
