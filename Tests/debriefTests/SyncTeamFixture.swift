import DebriefCore
import Foundation
import Testing

/// A team sharing reviews through git, all inside one scratch directory: a bare repository as the
/// remote, and two clones made with `debrief init --git` (the manager's and the rep's laptops).
/// HOME, git identities and XDG folders point into the scratch directory, so the user's own git
/// config and data are never used.
final class SyncTeamFixture {
    let scratch = ScratchDirectory()
    var remote: URL { scratch.file("team.git") }
    var manager: URL { scratch.file("manager") }
    var rep: URL { scratch.file("rep") }

    init() throws {
        try FileManager.default.createDirectory(at: scratch.file("home"), withIntermediateDirectories: true)
        try git(["init", "--quiet", "--bare", remote.path], in: scratch.url)
    }

    var environment: [String: String] {
        [
            "HOME": scratch.file("home").path,
            "XDG_CONFIG_HOME": scratch.file("home", "config").path,
            "XDG_STATE_HOME": scratch.file("home", "state").path,
            "XDG_CACHE_HOME": scratch.file("home", "cache").path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
            "DEBRIEF_DATA_DIR": "",
        ]
    }

    @discardableResult
    func debrief(_ arguments: [String]) throws -> DebriefProcess.Result {
        try DebriefProcess.run(arguments, environment: environment)
    }

    func sync(_ dir: URL, as name: String) throws -> DebriefProcess.Result {
        try debrief(["sync", "--data-dir", dir.path, "--as", name])
    }

    /// Both clones set up, the manager's holding a small demo team, synced to the rep.
    func startTeam() throws -> (deal: Deal, review: Review) {
        try debrief(["init", "--git", remote.path, "--dir", manager.path])
        let team = DemoTeam(.init(deals: 4, reviews: 2, seed: 7, asOf: Day(iso: "2026-11-01")!))
        let store = RecordStore(root: manager)
        for deal in team.deals { try store.save(deal) }
        for review in team.reviews { try store.save(review) }
        _ = try sync(manager, as: "Manager")
        try debrief(["init", "--git", remote.path, "--dir", rep.path])
        let review = try #require(team.reviews.first)
        let deal = try #require(team.deals.first { $0.id == review.dealId })
        return (deal, review)
    }

    func review(_ id: String, in dir: URL) throws -> Review {
        try #require(try RecordStore(root: dir).load(Review.self, id: id))
    }

    /// Edits a review through the store, as the app saves it.
    func edit(_ id: String, in dir: URL, _ change: (inout Review) -> Void) throws {
        var review = try self.review(id, in: dir)
        change(&review)
        try RecordStore(root: dir).save(review)
    }

    @discardableResult
    func git(_ arguments: [String], in dir: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = dir
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
