@testable import DebriefCore
import Foundation
import Testing

/// The parts of a sync whose cost follows what changed: git's own list of changed files, the tree
/// check of only the entries that differ, and the process runner under them.
@Suite struct SyncChangedOnlyTests {
    static func repository(_ dir: TemporaryDirectory) throws -> Git {
        let git = Git(directory: dir.url, environment: [
            "GIT_CONFIG_NOSYSTEM": "1", "HOME": dir.url.path,
            "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        ])
        try git.check(["init", "--quiet"])
        return git
    }

    static func write(_ text: String, _ path: String, in dir: TemporaryDirectory) throws {
        try FileManager.default.createDirectory(at: dir.path(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: dir.path(path))
    }

    @Test func gitStatusNamesChangedNewAndRemovedFilesButNotIgnoredOnes() throws {
        let dir = TemporaryDirectory()
        let git = try Self.repository(dir)
        for name in ["a", "b", "c"] { try Self.write("{}\n", "deals/\(name).json", in: dir) }
        try Self.write("*.lock\n", ".gitignore", in: dir)
        try git.check(["add", "-A"])
        try git.check(["commit", "--quiet", "-m", "start"])
        #expect(try WorkingTreeChanges.read(git).isEmpty)

        try Self.write("{ }\n", "deals/a.json", in: dir)
        try FileManager.default.removeItem(at: dir.path("deals/b.json"))
        try Self.write("{}\n", "reviews/new folder/x y.json", in: dir)
        try Self.write("", "deals/c.json.lock", in: dir)
        let changes = try WorkingTreeChanges.read(git)
        #expect(Set(changes.paths) == ["deals/a.json", "deals/b.json", "reviews/new folder/x y.json"])
        #expect(Set(changes.present) == ["deals/a.json", "reviews/new folder/x y.json"])
    }

    @Test func porcelainEntriesAreParsedWithStrangeNames() {
        let output = Data("?? deals/a b.json\0 M deals/\"q\".json\0D  deals/gone.json\0 D deals/gone2.json\0AM reviews/é.json\0".utf8)
        let changes = WorkingTreeChanges.parse(output)
        #expect(changes.paths == ["deals/a b.json", "deals/\"q\".json", "deals/gone.json", "deals/gone2.json", "reviews/é.json"])
        #expect(changes.present == ["deals/a b.json", "deals/\"q\".json", "reviews/é.json"])
    }

    @Test func theTreeCheckOfWhatChangedFindsWhatTheWholeTreeCheckFinds() throws {
        let dir = TemporaryDirectory()
        let git = try Self.repository(dir)
        try Self.write("{}\n", "deals/a.json", in: dir)
        try git.check(["add", "-A"])
        try git.check(["commit", "--quiet", "-m", "start"])
        try Self.write("{}\n", "deals/sub/x.json", in: dir)
        try Self.write("x", "deals/notes.txt", in: dir)
        try Self.write("", "reviews/r.json.lock", in: dir)
        try FileManager.default.createSymbolicLink(atPath: dir.path("deals/link.json").path, withDestinationPath: "/etc/passwd")
        try Self.write("{}\n", "deals/fine.json", in: dir)
        try git.check(["add", "--force", "-A"])
        try git.check(["commit", "--quiet", "-m", "hostile"])
        let whole = try IncomingTreeCheck.refusals(in: "HEAD", git: git)
        let changed = try IncomingTreeCheck.refusals(from: "HEAD~1", to: "HEAD", git: git)
        #expect(changed == whole)
        #expect(Set(changed.map(\.path)) == ["deals/sub/x.json", "deals/notes.txt", "reviews/r.json.lock", "deals/link.json"])
        #expect(try IncomingTreeCheck.refusals(from: "HEAD", to: "HEAD", git: git).isEmpty)
    }

    @Test func gitRunsInItsFolderWithInputAndSeparateOutputs() throws {
        let dir = TemporaryDirectory()
        let git = try Self.repository(dir)
        let failed = try git.run(["rev-parse", "--verify", "no-such-ref"])
        #expect(failed.status != 0)
        #expect(failed.stderr.contains("no-such-ref") || failed.stderr.contains("fatal"))
        #expect(failed.stdout.isEmpty)
        // More input than a pipe holds, answered while it is still being written.
        let text = String(repeating: "line of text\n", count: 40_000)
        let hashed = try git.check(["hash-object", "--stdin"], input: Data(text.utf8)).trimmed
        #expect(hashed.count == 40)
        #expect(try git.check(["rev-parse", "--show-toplevel"]).trimmed.hasSuffix(dir.url.lastPathComponent))
    }
}
