import DebriefCore
import Foundation
import Testing

/// What the commands do about modes: a data directory open to others gets one warning line on
/// standard error; export files are created 0600 under umask 022.
@Suite(.serialized) struct PermissionCommandTests {
    static func demoDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-perm-\(UUID().uuidString)")
        let result = try DebriefProcess.run(["demo", "--dir", url.path, "--deals", "6", "--reviews", "2", "--seed", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        return url
    }

    @Test func aDataDirectoryOpenToOthersGetsOneWarningLineOnStandardError() throws {
        let data = try Self.demoDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        chmod(data.path, 0o755)
        let open = try DebriefProcess.run(["deals", "--data-dir", data.path])
        #expect(open.status == 0)
        let warnings = open.stderr.split(separator: "\n").filter { $0.contains("open to other users") }
        #expect(warnings.count == 1, "\(open.stderr)")
        #expect(warnings.first?.contains("chmod 700") == true)
        #expect(!open.stdout.contains("open to other users"))

        chmod(data.path, 0o700)
        let closed = try DebriefProcess.run(["deals", "--data-dir", data.path])
        #expect(!closed.stderr.contains("open to other users"), "\(closed.stderr)")
    }

    @Test func exportFilesAre0600UnderUmask022() throws {
        let data = try Self.demoDirectory()
        defer { try? FileManager.default.removeItem(at: data) }
        let out = data.appendingPathComponent("exports/deals.csv")
        try FileManager.default.createDirectory(at: out.deletingLastPathComponent(), withIntermediateDirectories: true)
        WideUmask.set()
        let reviewID = try #require(RecordStore(root: data).loadAll(Review.self).records.first?.id, "the demo has a review")
        let exports: [([String], String)] = [
            (["deals", "--format", "csv"], "deals.csv"), (["deals", "--format", "json"], "deals.json"),
            (["deals", "--format", "markdown"], "deals.md"), (["reviews", "--format", "markdown"], "reviews.md"),
            (["reviews", "--format", "csv"], "reviews.csv"), (["review", reviewID, "--format", "markdown"], "review.md"),
            (["playbook", "--format", "markdown"], "playbook.md"),
        ]
        for (arguments, name) in exports {
            let file = out.deletingLastPathComponent().appendingPathComponent(name)
            let result = try DebriefProcess.run(["export"] + arguments + ["--out", file.path, "--data-dir", data.path])
            #expect(result.status == 0, "\(result.stderr)")
            var info = stat()
            #expect(stat(file.path, &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600, "\(name) is \(String(info.st_mode & 0o777, radix: 8))")
        }
    }
}
