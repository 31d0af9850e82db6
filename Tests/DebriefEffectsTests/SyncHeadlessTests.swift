import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Testing

/// Syncing from the app through the real program loop and performer: the rep's prep answer,
/// pushed from another clone, arrives when the manager presses S; a value both changed is chosen in
/// the app and the file holds it. (Was a tmux test; git runs as it does in the app.)
@Suite("Team sync, headless", .timeLimit(.minutes(2)))
struct SyncHeadlessTests {
    /// A bare repository as the team's remote, the app's data directory as the manager's clone
    /// (synced once) and a rep's clone beside it. HOME and identities are the test's own.
    struct Team {
        let remote: URL
        let rep: URL
        let environment: [String: String]
        /// What the app's own syncs get: no identity, so the manager's clone's config names them.
        let appEnvironment: [String: String]

        init(scratch: URL, data: URL) throws {
            remote = scratch.appendingPathComponent("team.git")
            rep = scratch.appendingPathComponent("rep")
            appEnvironment = ["HOME": scratch.path, "GIT_CONFIG_NOSYSTEM": "1"]
            environment = appEnvironment.merging([
                "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
                "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
            ]) { $1 }
            try Self.git(["init", "--quiet", "--bare", remote.path], environment: environment)
            _ = try DataDirectorySetup(root: data, remote: remote.path, environment: environment).run()
            try Self.git(["-C", data.path, "config", "user.name", "Manager"], environment: environment)
            try Self.git(["-C", data.path, "config", "user.email", "manager@example.invalid"], environment: environment)
            _ = try TeamSync(root: data, environment: environment).run()
            _ = try DataDirectorySetup(root: rep, remote: remote.path, environment: environment).run()
        }

        func syncRep() throws {
            _ = try TeamSync(root: rep, environment: environment, author: "Rep").run()
        }

        static func git(_ arguments: [String], environment: [String: String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git"] + arguments
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
        }
    }

    static let gitAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    @Test(.enabled(if: gitAvailable)) func pressingSBringsInTheRepsPrepAnswer() throws {
        var team: Team?
        var answered: Review?
        let app = try HeadlessApp(width: 110, height: 30, deals: 12, reviews: 3) { data, scratch in
            let made = try Team(scratch: scratch, data: data)
            team = made
            // The rep answers a prep question on their own clone and syncs.
            let repStore = RecordStore(root: made.rep)
            var review = try #require(repStore.loadAll(Review.self).records.sorted { $0.id < $1.id }.first)
            review.answers[0].prepAnswer = "Prep from the rep: the pilot won it"
            try repStore.save(review)
            try made.syncRep()
            answered = review
        }
        let review = try #require(answered)
        _ = try #require(team)
        var screen = app.type("")
        #expect(screen.contains("┏ WON (") && screen.contains("⇅"), "a sync status:\n\(screen)")
        screen = app.type("S")
        #expect(screen.contains("Synced with the team") && screen.contains("1 change came in"), "\(screen)")
        #expect(screen.contains("↑0 ↓0"))
        let onDisk = try #require(try app.store.load(Review.self, id: review.id))
        #expect(onDisk.answers[0].prepAnswer == "Prep from the rep: the pilot won it")
    }

    @Test(.enabled(if: gitAvailable)) func aPersonChoosesTheOtherMachinesAmountInTheAppAndTheFileHoldsIt() throws {
        var made: Team?
        var amounts: (deal: Deal, rep: Deal, manager: Deal)?
        let app = try HeadlessApp(width: 100, height: 30, deals: 12, reviews: 3, options: .init()) { data, scratch in
            let team = try Team(scratch: scratch, data: data)
            made = team
            // The rep and the manager change the same deal's amount, each on their own clone.
            let managerStore = RecordStore(root: data)
            let deal = try #require(managerStore.loadAll(Deal.self).records.sorted { $0.id < $1.id }.first)
            let repStore = RecordStore(root: team.rep)
            var repDeal = try #require(try repStore.load(Deal.self, id: deal.id))
            repDeal.amount = Money(Decimal(string: "48000.10") ?? 48000, deal.amount?.currency ?? "USD")
            try repStore.save(repDeal)
            try team.syncRep()
            var managerDeal = deal
            managerDeal.amount = Money(51000, deal.amount?.currency ?? "USD")
            try managerStore.save(managerDeal)
            amounts = (deal, repDeal, managerDeal)
        }
        let team = try #require(made)
        let (deal, repDeal, managerDeal) = try #require(amounts)
        let synced = app.type("S")
        #expect(synced.contains("Synced with the team") && synced.contains("1 conflict left to choose"), "\(synced)")
        #expect(synced.contains("1 conflict (C)"))

        let chooser = app.type("C")
        #expect(chooser.contains("Conflicts to choose (1)") && chooser.contains("2 take"), "\(chooser)")
        #expect(chooser.contains("— amount"))
        #expect(chooser.contains("“\(managerDeal.amountDisplay)”  in the record (Manager"))
        #expect(chooser.contains("2 take  “\(repDeal.amountDisplay)”  from Rep"))
        let chosen = app.type("2")
        #expect(chosen.contains("Wrote the other machine's value; no conflicts left"), "\(chosen)")
        #expect(try app.store.load(Deal.self, id: deal.id)?.amount == repDeal.amount)
        #expect(try PendingConflictStore(root: app.dataDirectory).load(recordPath: "deals/\(deal.id).json") == nil)

        // The next sync shares the choice; the rep ends with the same amount and nothing pending.
        #expect(app.type("S").contains("yours went out"))
        app.type("q")
        try team.syncRep()
        #expect(try RecordStore(root: team.rep).load(Deal.self, id: deal.id)?.amount == repDeal.amount)
        #expect(PendingConflictStore(root: team.rep).loadAll().conflicts.isEmpty)
    }
}
