import DebriefCore
import Foundation
import Testing

/// A sync killed in the middle of its merge (kill -9, a power cut): the next sync rolls the merge
/// back and does it again, instead of asking the user to run git.
@Suite(.serialized) struct SyncRecoveryTests {
    /// The manager's clone as a sync killed after `git merge` leaves it: local work committed,
    /// the team's work half merged (conflict markers in the review both changed), MERGE_HEAD set.
    func interruptedMerge(_ team: SyncTeamFixture, review: Review) throws {
        try team.edit(review.id, in: team.rep) { $0.summary = "From the rep." }
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        try team.edit(review.id, in: team.manager) { $0.answers[0].notes = "From the manager." }
        try team.git(["add", "-A"], in: team.manager)
        try team.git(["commit", "--quiet", "-m", "Manager: local"], in: team.manager)
        try team.git(["fetch", "--quiet", "origin"], in: team.manager)
        let head = try team.git(["rev-parse", "HEAD"], in: team.manager)
        try Data(head.utf8).write(to: team.manager.appendingPathComponent(".git/debrief-sync-merge"))
        try team.git(["merge", "--no-ff", "--no-commit", "--quiet", "@{u}"], in: team.manager)
        #expect(!(try team.git(["rev-parse", "-q", "--verify", "MERGE_HEAD"], in: team.manager)).isEmpty)
    }

    @Test func theNextSyncRollsBackAnInterruptedMergeAndMergesAgain() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        try interruptedMerge(team, review: review)
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("rolled back and merged again"))
        let merged = try team.review(review.id, in: team.manager)
        #expect(merged.summary == "From the rep.")
        #expect(merged.answers[0].notes == "From the manager.")
        #expect(try team.git(["rev-parse", "-q", "--verify", "MERGE_HEAD"], in: team.manager).isEmpty)
        #expect(try team.git(["status", "--porcelain"], in: team.manager) == "")
        #expect(!FileManager.default.fileExists(atPath: team.manager.path + "/.git/debrief-sync-merge"))
    }

    @Test func aMergeSomeoneElseStartedIsLeftToThem() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        try interruptedMerge(team, review: review)
        try FileManager.default.removeItem(at: team.manager.appendingPathComponent(".git/debrief-sync-merge"))
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 1)
        #expect(result.stderr.contains("a git merge is in progress"))
        #expect(!(try team.git(["rev-parse", "-q", "--verify", "MERGE_HEAD"], in: team.manager)).isEmpty)
    }

    @Test func aSyncKilledWhileGitHeldTheIndexLockIsCleanedUpByTheNext() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        // As a sync killed in `git add` or `git merge` leaves it: its "running" note, then git's lock.
        try Data("running\n".utf8).write(to: team.manager.appendingPathComponent(".git/debrief-sync-running"))
        usleep(20_000)
        try Data().write(to: team.manager.appendingPathComponent(".git/index.lock"))
        try team.edit(review.id, in: team.manager) { $0.summary = "After the crash." }
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("the lock was removed"))
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        #expect(try team.review(review.id, in: team.rep).summary == "After the crash.")
    }

    @Test func anIndexLockNoSyncLeftIsNotTouched() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let lock = team.manager.appendingPathComponent(".git/index.lock")
        try Data().write(to: lock)
        try team.edit(review.id, in: team.manager) { $0.summary = "Someone runs git here." }
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 1)
        #expect(FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func aSecondSyncOfTheSameFolderWaitsItsTurn() throws {
        let team = try SyncTeamFixture()
        _ = try team.startTeam()
        let fd = open(team.manager.path + "/.git/debrief-sync-running", O_RDWR | O_CREAT, 0o600)
        #expect(fd >= 0)
        defer { close(fd) }
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 1)
        #expect(result.stderr.contains("another sync of"))
    }
}
