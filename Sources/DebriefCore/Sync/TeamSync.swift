import Foundation

/// `debrief sync`: commit local changes with a message naming the records, fetch, integrate, push.
///
/// Integration is a merge done by hand rather than a git merge driver or a rebase: a driver would
/// have to name the `debrief` binary's path in `.git/config` (which breaks when it moves), and a
/// rebase replays commits one by one with conflicts in the middle. Here git merges everything only
/// one side changed; every record file both sides changed is then merged field by field from its
/// three versions (merge base, here, remote, read with `git show`), whatever git's line merge made
/// of it, and the merge is committed. A push beaten by another machine's push fetches and goes again.
public struct TeamSync: Sendable {
    public var root: URL
    /// Extra environment for git (tests give identities and HOME here).
    public var environment: [String: String]
    /// Who the commit is by (`--as`); default: git's user.name, else the login name.
    public var author: String?
    public var maxRounds = 3

    public init(root: URL, environment: [String: String] = [:], author: String? = nil) {
        self.root = root
        self.environment = environment
        self.author = author
    }

    public func run(now: Date = Timestamp.now()) throws(SyncFailure) -> SyncReport {
        let previous = SyncLog.load(root: root)
        var log = previous
        log.lastAttempt = now
        do {
            let report = try sync(now: now)
            log.lastSync = now
            log.lastError = nil
            log.conflicts = report.conflicts
            if report.remote != nil { log.save(root: root, previous: previous) }
            return report
        } catch let failure as SyncFailure {
            if case .notShared = failure {} else {
                log.lastError = failure.description
                log.save(root: root)
            }
            throw failure
        } catch let failure as Git.Failure {
            log.lastError = failure.description
            log.save(root: root)
            throw .git(failure.description)
        } catch {
            throw .git("\(error)")
        }
    }

    private func sync(now: Date) throws -> SyncReport {
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) else {
            throw SyncFailure.notShared(path: root.path)
        }
        let running = try SyncRunLock(root: root)
        defer { running.release() }
        var git = Git(directory: root, environment: environment)
        var report = SyncReport()
        // A sync killed while git held its index lock leaves the lock behind, and every later git
        // command refuses to run: it was ours, so it goes.
        if running.clearStaleIndexLock(root: root) {
            report.recovered = "an interrupted sync had left git's index locked; the lock was removed"
        }
        if Self.mergeInProgress(root: root, git: git) {
            // A merge this tool started and never finished (killed, power cut) is its own to undo:
            // every local change was committed before it began. Anyone else's merge is theirs.
            guard SyncMergeMarker.isOurs(root: root, git: git) else { throw SyncFailure.mergeInProgress(path: root.path) }
            try git.check(["merge", "--abort"])
            report.recovered = "an interrupted sync had left a merge half done; it was rolled back and merged again"
        }
        SyncMergeMarker.clear(root: root)

        // The remote is known before anything is committed, so its fetch runs while this machine's
        // changes are found and committed (see `GitInBackground`); so does the question of which
        // commit and branch HEAD is, asked again only if this sync commits.
        let remotes = try Self.remotes(git)
        let remote = remotes.names.contains("origin") ? "origin" : remotes.names.first
        let fetching = remote.map { GitInBackground(git, ["fetch", "--quiet", $0]) }
        let headBeforeCommit = GitInBackground(git, ["rev-parse", "HEAD", "--abbrev-ref", "HEAD"])
        defer {
            _ = try? fetching?.wait()
            _ = try? headBeforeCommit.wait()
        }

        // 1. Commit what changed here. git says what that is (it compares stats with its index and
        // reads only what moved), so only those files are read here, and only they are staged.
        let local = try WorkingTreeChanges.read(git)
        let markers = local.present.filter(Self.isRecordName)
            .map { root.path + "/" + $0 }.filter(SyncLeftover.hasConflictMarkers(atPath:)).sorted()
        if !markers.isEmpty { throw SyncFailure.conflictMarkers(markers) }
        // git's identity is asked for (two processes) only when this sync commits.
        var knownName: String?
        func name() -> String {
            if let knownName { return knownName }
            let found = identity(&git)
            knownName = found
            return found
        }

        var staged: [SyncChange] = []
        if !local.isEmpty {
            var literal = git
            literal.environment["GIT_LITERAL_PATHSPECS"] = "1"  // a file named "*.json" is that file only
            try literal.check(["add", "-A", "--pathspec-from-file=-", "--pathspec-file-nul"], input: local.pathspecInput)
            staged = SyncChange.parse(nameStatus: try git.check(["diff", "--cached", "--name-status", "-z", "--no-renames"]).stdout)
        }
        // What is not a record stays out of the commit, or every teammate's sync would refuse the tree.
        if !staged.isEmpty {
            let tree = try git.check(["write-tree"]).trimmed
            // Only what differs from HEAD is new; the whole tree before the first commit.
            let unshared = (try? git.check(["rev-parse", "-q", "--verify", "HEAD"])) == nil
                ? try IncomingTreeCheck.refusals(in: tree, git: git)
                : try IncomingTreeCheck.refusals(from: "HEAD", to: tree, git: git)
            if !unshared.isEmpty {
                try git.check(["reset", "--quiet", "--"] + unshared.map(\.path))
                report.unshared = unshared
                staged = SyncChange.parse(nameStatus: try git.check(["diff", "--cached", "--name-status", "-z", "--no-renames"]).stdout)
            }
        }
        if !staged.isEmpty {
            let files = GitFileCache(git: git)
            files.prefetch("HEAD", staged.filter { $0.kind != .added }.map(\.path))
            let describer = SyncChangeDescriber(current: worktreeReader(), previous: files.reader("HEAD"))
            let message = describer.commitMessage(author: name(), changes: staged)
            try git.check(["commit", "--quiet", "--no-verify", "-F", "-"], input: Data(message.utf8))
            report.committed = String(message.prefix { $0 != "\n" })
        }

        // What git checks out from here on gets the umask's mode; only those files are tightened.
        // The commit and the branch in one process (an unborn branch has no commit: then none).
        let asked = report.committed == nil ? try headBeforeCommit.wait() : try git.run(["rev-parse", "HEAD", "--abbrev-ref", "HEAD"])
        let head = asked.status == 0 ? asked.trimmed.split(separator: "\n").map(String.init) : nil
        let before = head?.first.flatMap { $0.count >= 40 && $0.allSatisfy(\.isHexDigit) ? $0 : nil }
        let localBranch = head.flatMap { $0.count == 2 && $0[1] != "HEAD" ? $0[1] : nil }

        // 2. Without a remote there is nobody to sync with: the commit is all.
        guard let remote, let fetching else {
            report.leftovers = SyncLeftover.scan(root: root, readingOnly: Set(local.present))
            return report
        }
        report.remote = remotes.urls[remote] ?? remote

        var hasHead = before != nil
        var moved = false  // whether HEAD took in the team's commits, whose files git wrote
        // When HEAD only fast-forwarded from `before`, what git wrote is what the pull's diff named.
        var fastForwarded: Set<String>?
        var merged = false
        for round in 1...maxRounds {
            // The first round's fetch was started before the commit; a later round fetches again.
            let fetch = round == 1 ? try fetching.wait() : try git.run(["fetch", "--quiet", remote])
            guard fetch.status == 0 else {
                throw SyncFailure.unreachable(remote: report.remote ?? remote, message: fetch.stderr, committedLocally: report.committed != nil)
            }
            // Usually the remote has this branch, and counting against it shows that it exists.
            var (branch, hasTracking) = (localBranch ?? "", false)
            var counted: (ahead: Int, behind: Int)?
            if hasHead, let localBranch {
                counted = try? counts(git, tracking: "refs/remotes/\(remote)/\(localBranch)", hasHead: true)
                hasTracking = counted != nil
            }
            if counted == nil { (branch, hasTracking) = Self.trackedBranch(git, remote: remote) }
            let tracking = "refs/remotes/\(remote)/\(branch)"
            if hasTracking {
                let (ahead, behind) = try counted ?? counts(git, tracking: tracking, hasHead: hasHead)
                if behind > 0 {
                    // Only what differs from HEAD can be new; all of it when there is no HEAD yet.
                    let diff = hasHead ? try TreeDiff.read(git, from: "HEAD", to: tracking) : nil
                    let refused = if let diff { try IncomingTreeCheck.refusals(in: diff, git: git) } else { try IncomingTreeCheck.refusals(in: tracking, git: git) }
                    if !refused.isEmpty { throw SyncFailure.notRecords(remote: report.remote ?? remote, refused) }
                    moved = true
                    if ahead == 0 {
                        report.pulled += try describeChanges(git, from: hasHead ? "HEAD" : nil, to: tracking, files: GitFileCache(git: git), diff: diff)
                        try git.check(["merge", "--ff-only", "--quiet", tracking])
                        if let diff, !merged { fastForwarded = Set(diff.entries.map(\.path)) }
                        hasHead = true
                    } else {
                        let author = name()  // first: it sets the identity the merge commit is made with
                        try integrate(git, tracking: tracking, author: author, now: now, into: &report)
                        merged = true
                        fastForwarded = nil
                    }
                }
                if ahead == 0 { break }  // up to date, or fast-forwarded: nothing of ours to push
            } else if !hasHead {
                break  // an empty repository and an empty remote: nothing to do yet
            }
            let push = try git.run(["push", "--quiet", remote, "HEAD:refs/heads/\(branch)"])
            if push.status == 0 {
                report.pushed = true
                _ = try? git.run(["branch", "--quiet", "--set-upstream-to=\(remote)/\(branch)"])
                break
            }
            let rejected = push.stderr.contains("rejected") || push.stderr.contains("fetch first") || push.stderr.contains("non-fast-forward")
            if !rejected || round == maxRounds {
                throw SyncFailure.unreachable(remote: report.remote ?? remote, message: push.stderr, committedLocally: true)
            }
            // Someone pushed in between: fetch their work and merge again.
        }
        var written = Set(local.present)
        if !moved {
            RecordFileModes.tighten(root: root, paths: [])  // the folders only: no file came in
        } else if let before, let changed = try? fastForwarded ?? changedFiles(git, from: before, to: "HEAD") {
            RecordFileModes.tighten(root: root, paths: changed)
            written.formUnion(changed)
        } else {
            RecordFileModes.tighten(root: root)
            written = []
        }
        // Conflict markers can only be in what changed here or came in; copies are found by name.
        report.leftovers = SyncLeftover.scan(root: root, readingOnly: moved && before == nil ? nil : written)
        report.leftToChoose = PendingConflictStore(root: root).loadAll().conflicts
        return report
    }

    /// Merges the remote into HEAD: git for files one side changed, `RecordFileMerge` for the rest.
    private func integrate(_ git: Git, tracking: String, author: String, now: Date, into report: inout SyncReport) throws {
        let base = try? git.check(["merge-base", "HEAD", tracking]).trimmed
        let files = GitFileCache(git: git)
        report.pulled += try describeChanges(git, from: base, to: tracking, files: files)
        let mine = try changedFiles(git, from: base, to: "HEAD")
        let theirs = try changedFiles(git, from: base, to: tracking)
        let both = mine.intersection(theirs).sorted()
        files.prefetch("HEAD", both)
        if let base { files.prefetch(base, both) }

        var arguments = ["merge", "--no-ff", "--no-commit", "--quiet", "-X", "no-renames", tracking]
        if base == nil { arguments.insert("--allow-unrelated-histories", at: 1) }
        try SyncMergeMarker.write(root: root, git: git)
        let merge = try git.run(arguments)
        guard (try? git.check(["rev-parse", "-q", "--verify", "MERGE_HEAD"])) != nil else {
            throw SyncFailure.git("could not merge the team's changes: \(merge.stderr.isEmpty ? merge.text : merge.stderr)")
        }
        do {
            let describer = SyncChangeDescriber(current: files.reader(tracking), previous: files.reader("HEAD"))
            let unmerged = Set(try git.check(["diff", "--name-only", "--diff-filter=U", "-z"]).stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
            let sides = PendingConflictSides(git: git, author: author, tracking: tracking, now: now)
            var conflictLines: [String] = []
            var found: [PendingConflicts] = []
            let changedOnBoth = Set(both).union(unmerged)
            for path in changedOnBoth.sorted() where !path.hasPrefix(PendingConflicts.folder + "/") {
                let mine = files.file("HEAD", path), theirs = files.file(tracking, path)
                let outcome = RecordFileMerge.merge(path: path, base: base.flatMap { files.file($0, path) }, mine: mine, theirs: theirs)
                let name = describer.name(of: path)
                switch outcome {
                case .write(let data, let overlaps):
                    try write(data, to: path)
                    try git.check(["add", "--", path])
                    report.merged.append(name)
                    let reported = overlaps.map { SyncOverlap(path: path, record: name, overlap: $0) }
                    report.conflicts += reported
                    conflictLines += reported.map(\.description)
                    if let pending = sides.pending(path: path, record: name, overlaps: overlaps, mine: mine, theirs: theirs) { found.append(pending) }
                case .delete:
                    try git.check(["rm", "--quiet", "--force", "--ignore-unmatch", "--", path])
                case .keepBoth(let reason):
                    let copy = try keepBoth(git, path: path, tracking: tracking)
                    report.keptCopies.append(copy)
                    conflictLines.append("\(path): \(reason); the other machine's version is kept locally in \(copy)")
                }
            }
            try mergePendingConflicts(git, files: files, base: base, tracking: tracking, changedOnBoth: changedOnBoth, found: found, into: &report)
            var message = "\(author): merged the team's changes (debrief sync)\n"
            if !conflictLines.isEmpty {
                message += "\nChanged on both sides; both versions kept:\n" + conflictLines.map { "- " + $0 }.joined(separator: "\n") + "\n"
            }
            try git.check(["commit", "--quiet", "--no-verify", "-F", "-"], input: Data(message.utf8))
            SyncMergeMarker.clear(root: root)
        } catch {
            _ = try? git.run(["merge", "--abort"])
            SyncMergeMarker.clear(root: root)
            throw error
        }
    }

    /// Writes the pending-conflict files of this merge: those both sides changed merged entry by
    /// entry, then the single values this merge could not hold added, so they are committed with it.
    private func mergePendingConflicts(_ git: Git, files: GitFileCache, base: String?, tracking: String, changedOnBoth: Set<String>,
                                       found: [PendingConflicts], into report: inout SyncReport) throws {
        var paths = Set(changedOnBoth.filter { $0.hasPrefix(PendingConflicts.folder + "/") })
        paths.formUnion(found.map(\.path))
        for path in paths.sorted() {
            func read(_ data: Data?) -> Result<PendingConflicts?, LoadProblem> { PendingConflictStore.decode(data, path: path) }
            var merged: PendingConflicts?
            if changedOnBoth.contains(path) {
                guard case .success(let mine) = read(files.file("HEAD", path)), case .success(let theirs) = read(files.file(tracking, path)) else {
                    report.keptCopies.append(try keepBoth(git, path: path, tracking: tracking))
                    continue
                }
                let common = base.flatMap { try? read(files.file($0, path)).get() }
                merged = PendingConflictStore.merge(base: common, mine: mine, theirs: theirs)
            } else {
                merged = try? read(FileManager.default.contents(atPath: root.appendingPathComponent(path).path)).get()
            }
            for pending in found where pending.path == path { merged = PendingConflictStore.adding(pending, to: merged) }
            if let merged, !merged.fields.isEmpty {
                try write(PendingConflictStore.encode(merged), to: path)
                try git.check(["add", "--", path])
            } else {
                try git.check(["rm", "--quiet", "--force", "--ignore-unmatch", "--", path])
            }
        }
    }

    /// This machine's file stays; the other machine's goes beside it under a name the store
    /// never loads and `.gitignore` keeps out of the repository.
    private func keepBoth(_ git: Git, path: String, tracking: String) throws -> String {
        let mine = show(git, "HEAD", path)
        let theirs = show(git, tracking, path)
        if let mine { try write(mine, to: path) } else if let theirs { try write(theirs, to: path) }
        try git.check(["add", "--", path])
        let short = (try? git.check(["rev-parse", "--short", tracking]).trimmed) ?? "remote"
        let url = URL(fileURLWithPath: path)
        let stem = url.deletingPathExtension().path
        let ext = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        let copy = "\(stem) (conflicted copy from sync \(short))\(ext)"
        if let theirs, mine != nil { try write(theirs, to: copy) }
        return copy
    }

    private func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try DurableFile.makeDirectory(url.deletingLastPathComponent())
        try DurableFile.write(data, to: url)
    }

    private func show(_ git: Git, _ revision: String, _ path: String) -> Data? {
        guard let output = try? git.run(["show", "\(revision):\(path)"]), output.status == 0 else { return nil }
        return output.stdout
    }

    private func worktreeReader() -> @Sendable (String) -> Data? {
        let root = root
        return { path in FileManager.default.contents(atPath: root.appendingPathComponent(path).path) }
    }

    private func changedFiles(_ git: Git, from base: String?, to revision: String) throws -> Set<String> {
        let output = if let base {
            try git.check(["diff", "--name-only", "-z", "--no-renames", base, revision])
        } else {
            try git.check(["ls-tree", "-r", "-z", "--name-only", revision])
        }
        return Set(output.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
    }

    /// The changes from `base` to `revision` in words, reading every file involved with one git
    /// process per revision (plus one for the deals the reviews name).
    private func describeChanges(_ git: Git, from base: String?, to revision: String, files: GitFileCache, diff: TreeDiff? = nil) throws -> [String] {
        let changes: [SyncChange]
        if let base {
            let entries = try (diff ?? TreeDiff.read(git, from: base, to: revision)).entries.filter { $0.path != SyncIgnoreFile.name }
            // By object id, both sides in two git processes, side by side.
            let before = entries.filter { !$0.isAdded }.map { (path: $0.path, object: $0.oldObject) }
            let reading = DispatchGroup()
            DispatchQueue.global(qos: .userInitiated).async(group: reading) { files.prefetch(base, objects: before) }
            files.prefetch(revision, objects: entries.filter { !$0.isRemoved }.map { ($0.path, $0.newObject) })
            reading.wait()
            changes = entries.map(\.change)
        } else {
            changes = try changedFiles(git, from: nil, to: revision).sorted().filter { $0 != SyncIgnoreFile.name }.map { SyncChange(kind: .added, path: $0) }
            files.prefetch(revision, changes.map(\.path))
        }
        // A review is named after its deal: the deals the changed reviews name, read in one batch.
        let deals = Set(changes.compactMap { change -> String? in
            guard change.path.hasPrefix(Review.folder + "/"),
                  let data = files.file(revision, change.path) ?? base.flatMap({ files.file($0, change.path) }),
                  let review = try? RecordDecoding.decode(Review.self, from: data, path: change.path).get(),
                  RecordID.problem(with: review.dealId) == nil else { return nil }
            return Deal.folder + "/" + review.dealId + ".json"
        })
        files.prefetch(revision, deals)
        let none: @Sendable (String) -> Data? = { _ in nil }
        let describer = SyncChangeDescriber(current: files.reader(revision), previous: base.map { files.reader($0) } ?? none)
        return changes.map(describer.describe)
    }
}
