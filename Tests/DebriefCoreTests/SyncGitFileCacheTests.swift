import Foundation
import Testing
@testable import DebriefCore

/// Reading many files at a revision with one `git cat-file --batch`.
@Suite struct SyncGitFileCacheTests {
    @Test func oneBatchReadsEveryFileExactlyAndMissingOnesAsNil() throws {
        let dir = TemporaryDirectory()
        let git = Git(directory: dir.url, environment: [
            "GIT_CONFIG_NOSYSTEM": "1", "HOME": dir.url.path,
            "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid",
        ])
        try git.check(["init", "--quiet"])
        // Contents with newlines, a header-like line, bytes that are not UTF-8, and an empty file.
        let contents: [String: Data] = [
            "deals/a.json": Data("{\n  \"id\" : \"a\"\n}\n".utf8),
            "deals/b.json": Data("deadbeef blob 12\nnot a header\n".utf8),
            "reviews/c.json": Data([0xFF, 0x00, 0x0A, 0x0A, 0xFE]),
            "empty.json": Data(),
        ]
        for (path, data) in contents {
            try FileManager.default.createDirectory(at: dir.path(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: dir.path(path))
        }
        // Many files, so the answer is larger than a pipe's buffer while the question is still being written.
        for index in 0..<400 { try Data(String(repeating: "x", count: 500 + index).utf8).write(to: dir.path("n\(index).txt")) }
        try git.check(["add", "-A"])
        try git.check(["commit", "--quiet", "-m", "files"])

        let cache = GitFileCache(git: git)
        let wanted = contents.keys.sorted() + ["deals/missing.json"] + (0..<400).map { "n\($0).txt" }
        cache.prefetch("HEAD", wanted)
        for (path, data) in contents { #expect(cache.file("HEAD", path) == data, "\(path)") }
        #expect(cache.file("HEAD", "deals/missing.json") == nil)
        #expect(cache.file("HEAD", "n399.txt")?.count == 899)
        #expect(cache.file("HEAD~0", "deals/a.json") == contents["deals/a.json"])  // not fetched ahead: read alone
    }

    @Test func aShortAnswerLeavesTheRestNil() {
        let output = Data("1111 blob 2\nhi\nHEAD:x missing\n".utf8)
        #expect(GitFileCache.parseBatch(output, count: 3) == [Data("hi".utf8), nil, nil])
    }
}
