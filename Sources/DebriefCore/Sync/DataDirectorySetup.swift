import Foundation

/// What `debrief init` does: make the data directory (0700, with the record folders), optionally
/// shared through git, always with a `.gitignore`. Safe to run again: each step says whether it
/// did something or found it done.
public struct DataDirectorySetup: Sendable {
    public var root: URL
    public var remote: String?
    public var environment: [String: String]

    public init(root: URL, remote: String? = nil, environment: [String: String] = [:]) {
        self.root = root
        self.remote = remote
        self.environment = environment
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case otherRemote(path: String, existing: String, wanted: String)
        case git(String)
        case notRecords(remote: String, [IncomingTreeCheck.Refusal])

        public var description: String {
            switch self {
            case .otherRemote(let path, let existing, let wanted):
                "\(path) already syncs with \(existing), not \(wanted). Nothing was changed. To switch, run `git -C '\(path)' remote set-url origin '\(wanted)'`."
            case .git(let message): message
            case .notRecords(let remote, let refusals):
                "the team's copy at \(remote) holds files that are not records, so nothing was checked out: \(IncomingTreeCheck.list(refusals)). Ask whoever pushed them to remove them (`git rm`) and push, then run `debrief init --git` again."
            }
        }
    }

    /// Runs the setup; returns one line per step, for the user.
    public func run() throws(Failure) -> [String] {
        var steps: [String] = []
        let fm = FileManager.default
        do {
            let git = Git(directory: root, environment: environment)
            if let remote {
                if !fm.fileExists(atPath: root.appendingPathComponent(".git").path) {
                    if isEmptyOrMissing(root) {
                        // A remote with commits comes down whole; an empty one gives an empty repository
                        // already pointing at it, and the first sync pushes.
                        try DurableFile.makeDirectory(root.deletingLastPathComponent())
                        let parent = Git(directory: root.deletingLastPathComponent(), environment: environment)
                        // Nothing is checked out before the tree is known to hold only records.
                        try parent.check(["clone", "--quiet", "--no-checkout", remote, root.path])
                        let isEmpty = (try? git.check(["rev-parse", "--verify", "--quiet", "HEAD"])) == nil
                        if !isEmpty {
                            let refused = try IncomingTreeCheck.refusals(in: "HEAD", git: git)
                            if !refused.isEmpty {
                                // The folder was empty or missing before: leave it so.
                                try? fm.removeItem(at: root.appendingPathComponent(".git"))
                                throw Failure.notRecords(remote: remote, refused)
                            }
                            try git.check(["reset", "--quiet", "--hard", "HEAD"])
                        }
                        steps.append(isEmpty ? "cloned \(remote) (empty so far: the first `debrief sync` will push)" : "cloned \(remote) into \(root.path)")
                    } else {
                        try git.check(["init", "--quiet"])
                        try git.check(["remote", "add", "origin", remote])
                        steps.append("made \(root.path) a git repository syncing with \(remote); `debrief sync` will merge it with what is there")
                    }
                } else {
                    let existing = try? git.check(["remote", "get-url", "origin"]).trimmed
                    if let existing, existing != remote {
                        throw Failure.otherRemote(path: root.path, existing: existing, wanted: remote)
                    }
                    if existing == nil {
                        try git.check(["remote", "add", "origin", remote])
                        steps.append("added the remote origin \(remote)")
                    } else {
                        steps.append("already a git repository syncing with \(remote)")
                    }
                }
            } else if fm.fileExists(atPath: root.appendingPathComponent(".git").path) {
                steps.append("already a git repository (`debrief sync` shares it)")
            }

            let existed = fm.fileExists(atPath: root.path)
            try DurableFile.makeDirectory(root)
            _ = chmod(root.path, DurableFile.directoryMode)
            if !existed { steps.append("created \(root.path)") }
            for folder in SyncLeftover.recordFolders.prefix(2) {
                let dir = root.appendingPathComponent(folder, isDirectory: true)
                if !fm.fileExists(atPath: dir.path) {
                    try DurableFile.makeDirectory(dir)
                    steps.append("created \(folder)/")
                }
            }
            RecordFileModes.tighten(root: root)
            switch try SyncIgnoreFile.ensure(in: root) {
            case .created: steps.append("wrote .gitignore (locks, temp files, journals and sync-tool copies stay local)")
            case .added(let lines): steps.append("added \(lines.count) line(s) to .gitignore")
            case .unchanged: steps.append(".gitignore already complete")
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw .git("\(error)")
        }
        return steps
    }

    private func isEmptyOrMissing(_ url: URL) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return true }
        return names.isEmpty
    }
}
