import Foundation

/// A merge overlap (`MergeOverlap`) as a sync reports it: a place where both machines changed the same thing. Both versions are
/// kept (in the text, as two items, or — for a single value — this machine's in the record and the
/// other's in a pending-conflict file under `conflicts/`, committed with the merge), for a person to choose.
public struct SyncOverlap: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The record file, relative to the data directory.
    public var path: String
    /// The record as people call it ("review of “Acme — Expansion” (rep Jo)").
    public var record: String
    public var detail: String

    public init(path: String, record: String, overlap: MergeOverlap) {
        self.path = path
        self.record = record
        let clean = DisplaySanitizer.singleLineWithSpaces
        let label = clean.sanitize(overlap.label)
        detail = switch overlap.resolution {
        case .keptBothInText: "\(label): changed on both machines; both versions kept, the other one under a marker line"
        case .keptBothItems: "\(label): changed differently on both machines; both kept as separate items"
        case .keptChangedOverRemoved: "\(label): removed on one machine and changed on the other; the changed one was kept"
        case .keptMine: "\(label): kept this machine's “\(clean.sanitize(overlap.mine))”; the other machine had “\(clean.sanitize(overlap.theirs))”; both kept until someone chooses (C in the app, or `debrief conflicts`)"
        }
    }

    public var description: String { "\(record) [\(path)]: \(detail)" }
}

/// What one `debrief sync` did.
public struct SyncReport: Sendable, Equatable, Codable {
    /// The subject of the commit made of local changes, if there were any.
    public var committed: String?
    /// The remote synced with; nil when the repository has none (nothing left this machine).
    public var remote: String?
    /// Changes brought in from the team, described.
    public var pulled: [String] = []
    /// Records both sides changed, merged field by field.
    public var merged: [String] = []
    public var conflicts: [SyncOverlap] = []
    /// Files that could not be merged field by field: this machine's version stayed, the other
    /// machine's was kept beside it under this path.
    public var keptCopies: [String] = []
    public var pushed = false
    /// Single values waiting for a person to choose, in the whole data directory after this sync.
    public var leftToChoose: [PendingConflicts] = []
    /// Sync-tool copies and conflict-marker files found in the data directory afterwards.
    public var leftovers: [SyncLeftover] = []
    /// What this sync repaired before it began (a merge an interrupted sync left half done).
    public var recovered: String?
    /// Files in the data folder that are not records, kept out of the commit (and so not shared).
    public var unshared: [IncomingTreeCheck.Refusal]?

    public init(committed: String? = nil, remote: String? = nil) {
        self.committed = committed
        self.remote = remote
    }

    /// The report as lines for the terminal.
    public var lines: [String] {
        var out: [String] = recovered.map { [$0] } ?? []
        if let committed { out.append("committed: \(committed)") } else { out.append("no local changes to commit") }
        guard let remote else {
            out.append("no remote: changes stay on this machine. To share, run `debrief init --git URL` (or `git remote add origin URL`)")
            return out + unsharedLines + pendingLines + leftoverLines
        }
        out += pulled.map { "from the team: \($0)" }
        out += merged.map { "merged field by field: \($0)" }
        out += conflicts.map { "conflict: \($0)" }
        out += keptCopies.map { "kept both: the other machine's version is in \($0)" }
        out.append(pushed ? "pushed to \(remote)" : "nothing to push; up to date with \(remote)")
        return out + unsharedLines + pendingLines + leftoverLines
    }

    private var unsharedLines: [String] {
        guard let unshared, !unshared.isEmpty else { return [] }
        return ["not shared, because not records: \(IncomingTreeCheck.list(unshared)). Remove them or move them out of the data folder"]
    }

    private var pendingLines: [String] {
        let count = leftToChoose.reduce(0) { $0 + $1.fields.count }
        guard count > 0 else { return [] }
        return ["\(count) conflict\(count == 1 ? "" : "s") left to choose (both values kept): press C in the app, or run `debrief conflicts`"]
    }

    private var leftoverLines: [String] { leftovers.map { "not loaded: \($0.description)" } }
}

/// Why a sync stopped. Local changes are never lost: a commit made before the failure stays.
public enum SyncFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case notShared(path: String)
    case mergeInProgress(path: String)
    case conflictMarkers([String])
    case unreachable(remote: String, message: String, committedLocally: Bool)
    case git(String)
    /// The team's copy holds files that are not records; nothing was checked out or merged.
    case notRecords(remote: String, [IncomingTreeCheck.Refusal])
    /// Another sync of this data folder is running (the app's, or one from a shell).
    case alreadyRunning(path: String)

    public var description: String {
        switch self {
        case .notShared(let path):
            "\(path) is not shared through git, so there is nothing to sync. Run `debrief init --git URL` to share it with your team."
        case .mergeInProgress(let path):
            "a git merge is in progress in \(path) (left by git or an interrupted sync). Finish it with git, or run `git -C '\(path)' merge --abort`, then sync again."
        case .conflictMarkers(let paths):
            "these files hold git conflict markers and were not synced: \(paths.joined(separator: ", ")). Keep the lines you want, remove the <<<<<<< ======= >>>>>>> lines, then sync again."
        case .unreachable(let remote, let message, let committed):
            // git's first line says what went wrong; the rest is generic advice.
            "could not reach \(remote): \(Self.firstLine(of: message))." + (committed ? " Your changes are committed locally and go out at the next sync." : " Nothing was lost; try again when online.")
        case .git(let message):
            message
        case .alreadyRunning(let path):
            "another sync of \(path) is running right now (in the app or a shell); nothing was done. Try again when it has finished."
        case .notRecords(let remote, let refusals):
            "the team's copy at \(remote) holds files that are not records, so nothing was checked out or merged: "
                + IncomingTreeCheck.list(refusals)
                + ". Ask whoever pushed them to remove them (`git rm`) and push, then sync again. Your own changes are committed here and wait for the next sync."
        }
    }

    public static func firstLine(of message: String) -> String {
        let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "no answer"
        return line.trimmingCharacters(in: CharacterSet(charactersIn: ". ").union(.whitespaces))
    }
}
