import Foundation

/// What git says about the clone a sync works in: its remotes, the branch it syncs with, whether a
/// merge is under way. Each answer costs as few git processes as it can.
extension TeamSync {
    /// The remotes, in git's order, with the URL each fetches from, from one `git remote -v`
    /// ("<name>\t<url> (fetch)" and "(push)" lines).
    static func remotes(_ git: Git) throws -> (names: [String], urls: [String: String]) {
        var names: [String] = [], urls: [String: String] = [:]
        for line in try git.check(["remote", "-v"]).text.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let name = String(line[..<tab])
            if !names.contains(name) { names.append(name) }
            let rest = line[line.index(after: tab)...]
            if rest.hasSuffix(" (fetch)") { urls[name] = String(rest.dropLast(" (fetch)".count)) }
        }
        return (names, urls)
    }

    /// Whether git is in the middle of a merge. A `.git` folder is looked into (a sync that has
    /// nothing to do should start no process it can avoid); a `.git` file (a worktree) asks git.
    static func mergeInProgress(root: URL, git: Git) -> Bool {
        let dotGit = root.path + "/.git"
        var info = stat()
        if lstat(dotGit, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            return lstat(dotGit + "/MERGE_HEAD", &info) == 0
        }
        return (try? git.check(["rev-parse", "-q", "--verify", "MERGE_HEAD"])) != nil
    }

    /// Whether a path names a file the store would read as a record (or the playbook).
    static func isRecordName(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        return name.hasSuffix(".json") && !name.hasPrefix(".")
    }

    /// The remote branch this one syncs with: the same name if the remote has it, else the
    /// remote's default branch (a repository made with `git init` may say master where the
    /// remote says main), else the local name (the first push creates it).
    static func remoteBranch(_ git: Git, remote: String) -> String {
        let local = (try? git.check(["symbolic-ref", "--quiet", "--short", "HEAD"]).trimmed) ?? "main"
        if (try? git.check(["rev-parse", "-q", "--verify", "refs/remotes/\(remote)/\(local)"])) != nil { return local }
        if let head = try? git.check(["symbolic-ref", "--quiet", "--short", "refs/remotes/\(remote)/HEAD"]).trimmed,
           head.hasPrefix(remote + "/") { return String(head.dropFirst(remote.count + 1)) }
        let branches = ((try? git.check(["for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/\(remote)/"]).trimmed) ?? "")
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        return branches.count == 1 ? branches[0] : local
    }

    /// `remoteBranch` and whether its tracking ref exists, with one process fewer in the usual
    /// case (the branch has the local name, which the first check already verified).
    static func trackedBranch(_ git: Git, remote: String) -> (branch: String, exists: Bool) {
        let local = (try? git.check(["symbolic-ref", "--quiet", "--short", "HEAD"]).trimmed) ?? "main"
        if (try? git.check(["rev-parse", "-q", "--verify", "refs/remotes/\(remote)/\(local)"])) != nil { return (local, true) }
        let branch = remoteBranch(git, remote: remote)
        return (branch, (try? git.check(["rev-parse", "-q", "--verify", "refs/remotes/\(remote)/\(branch)"])) != nil)
    }

    /// The remote-tracking ref the status bar counts against, if it exists yet.
    static func trackingRef(_ git: Git) -> String? {
        guard let remotes = try? git.check(["remote"]).trimmed.split(separator: "\n").map(String.init),
              let remote = remotes.contains("origin") ? "origin" : remotes.first else { return nil }
        let ref = "refs/remotes/\(remote)/\(remoteBranch(git, remote: remote))"
        return (try? git.check(["rev-parse", "-q", "--verify", ref])) != nil ? ref : nil
    }

    /// How many commits HEAD is ahead of and behind `tracking` (all behind before a first commit).
    func counts(_ git: Git, tracking: String, hasHead: Bool) throws -> (ahead: Int, behind: Int) {
        guard hasHead else {
            return (0, Int(try git.check(["rev-list", "--count", tracking]).trimmed) ?? 0)
        }
        let numbers = try git.check(["rev-list", "--left-right", "--count", "HEAD...\(tracking)"]).trimmed
            .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : (0, 0)
    }

    /// The author's name for commits; fills in git's identity from it when git has none, so a
    /// fresh machine can sync without `git config` first.
    func identity(_ git: inout Git) -> String {
        let configured = (try? git.check(["config", "user.name"]).trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let environmentName = environment["GIT_AUTHOR_NAME"] ?? ProcessInfo.processInfo.environment["GIT_AUTHOR_NAME"]
        let name = author ?? environmentName ?? configured ?? NSUserName()
        if author != nil || (configured == nil && environmentName == nil) {
            git.environment["GIT_AUTHOR_NAME"] = name
            git.environment["GIT_COMMITTER_NAME"] = name
        }
        let email = (try? git.check(["config", "user.email"]).trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if email == nil && git.environment["GIT_AUTHOR_EMAIL"] == nil && ProcessInfo.processInfo.environment["GIT_AUTHOR_EMAIL"] == nil {
            let login = NSUserName().isEmpty ? "debrief" : NSUserName()
            git.environment["GIT_AUTHOR_EMAIL"] = "\(login)@\(ProcessInfo.processInfo.hostName)"
            git.environment["GIT_COMMITTER_EMAIL"] = "\(login)@\(ProcessInfo.processInfo.hostName)"
        }
        return name
    }
}
