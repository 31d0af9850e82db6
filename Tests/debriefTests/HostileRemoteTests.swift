import DebriefCore
import Foundation
import Testing

/// A teammate's push that is malicious or broken: a symbolic link where a record should be, a
/// lock file, a folder inside a record folder. Pushed from a plain git clone, as anyone could.
@Suite(.serialized) struct HostileRemoteTests {
    /// A folder outside the data folder that a link in the push points at.
    static func victim(_ team: SyncTeamFixture) throws -> URL {
        let victim = team.scratch.file("victim")
        try FileManager.default.createDirectory(at: victim, withIntermediateDirectories: true)
        chmod(victim.path, 0o755)
        return victim
    }

    static func mode(_ url: URL) -> Int {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return -1 }
        return Int(info.st_mode & 0o777)
    }

    /// Clones the team repository, lets `change` put files in it, commits everything (ignored
    /// files too) and pushes.
    static func push(_ team: SyncTeamFixture, _ change: (URL) throws -> Void) throws {
        let clone = team.scratch.file("attacker")
        try team.git(["clone", "--quiet", team.remote.path, clone.path], in: team.scratch.url)
        try change(clone)
        try team.git(["add", "--force", "-A", "."], in: clone)
        try team.git(["commit", "--quiet", "-m", "hostile"], in: clone)
        try team.git(["push", "--quiet", "origin", "HEAD"], in: clone)
    }

    @Test func syncRefusesLinksLocksAndFoldersAndChangesNothingOutside() throws {
        let team = try SyncTeamFixture()
        _ = try team.startTeam()
        let victim = try Self.victim(team)
        try Self.push(team) { clone in
            try FileManager.default.createSymbolicLink(atPath: clone.path + "/deals/x.json", withDestinationPath: victim.path)
            try Data("{}".utf8).write(to: clone.appendingPathComponent("reviews/r.json.lock"))
            try FileManager.default.createDirectory(at: clone.appendingPathComponent("deals/sub"), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: clone.appendingPathComponent("deals/sub/y.json"))
            try Data(count: RecordDecoding.maximumFileSize + 1).write(to: clone.appendingPathComponent("deals/big.json"))
        }
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 1)
        #expect(result.stderr.contains("deals/x.json (a symbolic link)"))
        #expect(result.stderr.contains("reviews/r.json.lock (a lock file)"))
        #expect(result.stderr.contains("deals/sub/y.json"))
        #expect(result.stderr.contains("deals/big.json (16 MB, more than a record can be)"))
        #expect(result.stderr.contains("nothing was checked out or merged"))
        #expect(Self.mode(victim) == 0o755)
        #expect(FileModeChange.irregularKind(at: team.manager.path + "/deals/x.json") == nil)
        #expect(!FileManager.default.fileExists(atPath: team.manager.path + "/reviews/r.json.lock"))
        #expect(!FileManager.default.fileExists(atPath: team.manager.path + "/deals/sub"))
        #expect(try team.git(["status", "--porcelain"], in: team.manager) == "")
        #expect(try team.git(["rev-parse", "-q", "--verify", "MERGE_HEAD"], in: team.manager).isEmpty)
    }

    @Test func aLocalLinkIsNeitherCommittedNorPushed() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let victim = try Self.victim(team)
        try FileManager.default.createSymbolicLink(atPath: team.manager.path + "/deals/mine.json", withDestinationPath: victim.path)
        try team.edit(review.id, in: team.manager) { $0.summary = "Shared as usual." }
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 0)
        #expect(result.stdout.contains("not shared, because not records: deals/mine.json (a symbolic link)"))
        #expect(try team.git(["ls-tree", "-r", "--name-only", "HEAD"], in: team.manager).contains("deals/mine.json") == false)
        // The rest went out, and the rep's sync takes it without refusing anything.
        let rep = try team.sync(team.rep, as: "Rep")
        #expect(rep.status == 0, "\(rep.stderr)")
        #expect(try team.review(review.id, in: team.rep).summary == "Shared as usual.")
    }

    @Test func initRefusesToCheckOutALinkAndLeavesNoClone() throws {
        let team = try SyncTeamFixture()
        _ = try team.startTeam()
        let victim = try Self.victim(team)
        try Self.push(team) { clone in
            try FileManager.default.createSymbolicLink(atPath: clone.path + "/deals/x.json", withDestinationPath: victim.path)
        }
        let fresh = team.scratch.file("fresh")
        let result = try team.debrief(["init", "--git", team.remote.path, "--dir", fresh.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("deals/x.json (a symbolic link)"))
        #expect(Self.mode(victim) == 0o755)
        #expect(FileModeChange.irregularKind(at: fresh.path + "/deals/x.json") == nil)
        #expect(!FileManager.default.fileExists(atPath: fresh.path + "/.git"))
    }

    @Test func aSyncTightensWhatItCheckedOutAndLeavesEveryOtherFileAlone() throws {
        let team = try SyncTeamFixture()
        let (deal, review) = try team.startTeam()
        let untouched = team.manager.appendingPathComponent("deals/\(deal.id).json")
        var before = stat()
        #expect(stat(untouched.path, &before) == 0)
        try team.edit(review.id, in: team.rep) { $0.summary = "Pulled by the manager." }
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        #expect(try team.sync(team.manager, as: "Manager").status == 0)
        var after = stat()
        #expect(stat(untouched.path, &after) == 0)
        #expect(after.st_ctim.tv_sec == before.st_ctim.tv_sec && after.st_ctim.tv_nsec == before.st_ctim.tv_nsec)
        #expect(Self.mode(team.manager.appendingPathComponent("reviews/\(review.id).json")) == 0o600)
    }

    @Test func aFileWhoseModeWasLoosenedIsTightenedByTheSyncThatBringsItsChange() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let file = team.manager.appendingPathComponent("reviews/\(review.id).json")
        chmod(file.path, 0o644)
        try team.edit(review.id, in: team.rep) { $0.summary = "Changed by the rep." }
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        #expect(try team.sync(team.manager, as: "Manager").status == 0)
        #expect(try team.review(review.id, in: team.manager).summary == "Changed by the rep.")
        #expect(Self.mode(file) == 0o600)
    }

    @Test func aLoosenedFileSavedHereIsTightenedAndSyncedOut() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let file = team.manager.appendingPathComponent("reviews/\(review.id).json")
        chmod(file.path, 0o664)
        try team.edit(review.id, in: team.manager) { $0.summary = "Saved on a loosened file." }
        #expect(Self.mode(file) == 0o600)
        #expect(try team.sync(team.manager, as: "Manager").status == 0)
        #expect(Self.mode(file) == 0o600)
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        #expect(try team.review(review.id, in: team.rep).summary == "Saved on a loosened file.")
    }

    @Test func aLocalSubfolderKeepsItsExecuteBitThroughSyncAndCheckNamesIt() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let sub = team.manager.appendingPathComponent("reviews/drafts")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        chmod(sub.path, 0o755)
        try team.edit(review.id, in: team.manager) { $0.summary = "Subfolder round." }
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 0)
        // A sync touches only what it changed; `init` tightens every folder, and keeps the execute bit.
        #expect(Self.mode(sub) & 0o100 != 0)
        #expect(try team.debrief(["init", "--git", team.remote.path, "--dir", team.manager.path]).status == 0)
        #expect(Self.mode(sub) == 0o700)
        let check = try team.debrief(["check", "--data-dir", team.manager.path])
        #expect(check.stdout.contains("reviews/drafts: is a folder inside a record folder"))
    }
}
