import DebriefCore
import Foundation
import Testing

/// Syncing from the app in a real terminal: the rep's prep answer, pushed from another clone,
/// arrives when the manager presses S, and the status bar says so.
@Suite("Team sync end to end", .enabled(if: TmuxHarness.isAvailable), .timeLimit(.minutes(5)))
struct SyncE2ETests {
    @Test func pressingSInTheAppBringsInTheRepsPrepAnswer() throws {
        let tmux = try TmuxHarness(width: 110, height: 30, deals: 12, reviews: 3)
        defer { tmux.stop() }
        let team = try SyncE2ETeam(tmux)
        let repDirectory = team.repDirectory
        // The rep answers a prep question on their own clone and syncs.
        let repStore = RecordStore(root: repDirectory)
        var review = try #require(repStore.loadAll(Review.self).records.sorted { $0.id < $1.id }.first)
        review.answers[0].prepAnswer = "Prep from the rep: the pilot won it"
        try repStore.save(review)
        try team.debrief(["sync", "--data-dir", repDirectory.path, "--as", "Rep"])

        try tmux.start()
        _ = try tmux.waitFor("the board with a sync status") { $0.contains("┏ WON (") && $0.contains("⇅") }
        tmux.send("S")
        let synced = try tmux.waitFor("the sync to finish", seconds: 30) { $0.contains("Synced with the team") }
        #expect(synced.contains("1 change came in"))
        #expect(synced.contains("↑0 ↓0"))

        let onDisk = try #require(try RecordStore(root: tmux.dataDirectory).load(Review.self, id: review.id))
        #expect(onDisk.answers[0].prepAnswer == "Prep from the rep: the pilot won it")
        tmux.send("q")
    }

    @Test func aPersonChoosesTheOtherMachinesAmountInTheAppAndTheFileHoldsIt() throws {
        let tmux = try TmuxHarness(width: 100, height: 30, deals: 12, reviews: 3)
        defer { tmux.stop() }
        let team = try SyncE2ETeam(tmux)
        let repDirectory = team.repDirectory

        // The rep and the manager change the same deal's amount, each on their own clone.
        let managerStore = RecordStore(root: tmux.dataDirectory)
        let deal = try #require(managerStore.loadAll(Deal.self).records.sorted { $0.id < $1.id }.first)
        let repStore = RecordStore(root: repDirectory)
        var repDeal = try #require(try repStore.load(Deal.self, id: deal.id))
        repDeal.amount = Money(Decimal(string: "48000.10")!, deal.amount?.currency ?? "USD")
        try repStore.save(repDeal)
        try team.debrief(["sync", "--data-dir", repDirectory.path, "--as", "Rep"])
        var managerDeal = deal
        managerDeal.amount = Money(51000, deal.amount?.currency ?? "USD")
        try managerStore.save(managerDeal)

        try tmux.start()
        _ = try tmux.waitFor("the board with a sync status") { $0.contains("┏ WON (") && $0.contains("⇅") }
        tmux.send("S")
        // The reload after the sync runs off the UI thread: the status bar counts the conflict once it answers.
        let synced = try tmux.waitFor("the sync to finish", seconds: 30) { $0.contains("Synced with the team") && $0.contains("1 conflict (C)") }
        #expect(synced.contains("1 conflict left to choose"))
        #expect(synced.contains("1 conflict (C)"))

        tmux.send("C")
        // Wait for the whole pop-up, not its title: a loaded machine can be captured mid-draw.
        let chooser = try tmux.waitFor("the conflict chooser") { $0.contains("Conflicts to choose (1)") && $0.contains("2 take") }
        #expect(chooser.contains("— amount"))
        #expect(chooser.contains("“\(managerDeal.amountDisplay)”  in the record (Manager"))
        #expect(chooser.contains("2 take  “\(repDeal.amountDisplay)”  from Rep"))
        tmux.send("2")
        _ = try tmux.waitFor("the choice to be saved") { $0.contains("Wrote the other machine's value; no conflicts left") }

        let onDisk = try #require(try managerStore.load(Deal.self, id: deal.id))
        #expect(onDisk.amount == repDeal.amount)
        #expect(try PendingConflictStore(root: tmux.dataDirectory).load(recordPath: "deals/\(deal.id).json") == nil)

        // The next sync shares the choice; the rep ends with the same amount and nothing pending.
        tmux.send("S")
        _ = try tmux.waitFor("the second sync", seconds: 30) { $0.contains("yours went out") }
        tmux.send("q")
        try team.debrief(["sync", "--data-dir", repDirectory.path, "--as", "Rep"])
        #expect(try repStore.load(Deal.self, id: deal.id)?.amount == repDeal.amount)
        #expect(PendingConflictStore(root: repDirectory).loadAll().conflicts.isEmpty)
    }
}

/// A bare repository as the team's remote, the app's data directory as the manager's clone (synced
/// once), and a rep's clone beside it. Git identities and HOME are the test's own: the app's commits
/// take the identity from the repository's config, set here, so no user config is ever involved.
struct SyncE2ETeam {
    let repDirectory: URL
    let environment: [String: String]

    init(_ tmux: TmuxHarness) throws {
        let remote = tmux.scratch.appendingPathComponent("team.git")
        repDirectory = tmux.scratch.appendingPathComponent("rep")
        environment = [
            "HOME": tmux.scratch.path, "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
            "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        ]
        #expect(try ChildProcess.run(["git", "init", "--quiet", "--bare", remote.path]) == 0)
        try debrief(["init", "--git", remote.path, "--dir", tmux.dataDirectory.path])
        for (key, value) in [("user.name", "Manager"), ("user.email", "manager@example.invalid")] {
            #expect(try ChildProcess.run(["git", "-C", tmux.dataDirectory.path, "config", key, value]) == 0)
        }
        try debrief(["sync", "--data-dir", tmux.dataDirectory.path])
        try debrief(["init", "--git", remote.path, "--dir", repDirectory.path])
    }

    @discardableResult
    func debrief(_ arguments: [String]) throws -> DebriefProcess.Result {
        let result = try DebriefProcess.run(arguments, environment: environment)
        #expect(result.status == 0, "debrief \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }
}
