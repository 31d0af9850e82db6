import DebriefCore
import Foundation
import Testing

/// `debrief sync` between a manager's and a rep's clone of one bare repository.
@Suite(.serialized) struct SyncTeamTests {
    @Test(arguments: [true, false])
    func prepAnswersAndNotesOnOneReviewBothArriveWhicheverSyncsFirst(repFirst: Bool) throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let question = try #require(review.answers.first).questionId
        try team.edit(review.id, in: team.rep) { review in
            review.answers[0].prepAnswer = "The CFO signed because of the pilot results."
        }
        try team.edit(review.id, in: team.manager) { review in
            review.answers[0].notes = "Ask which pilot metric mattered most."
            review.actionItems.append(ActionItem(id: "a-mgr", text: "Share the pilot deck", owner: "Manager", due: nil, done: false))
        }

        let order = repFirst ? [(team.rep, "Rep"), (team.manager, "Manager"), (team.rep, "Rep")]
                             : [(team.manager, "Manager"), (team.rep, "Rep"), (team.manager, "Manager")]
        for (dir, name) in order {
            let result = try team.sync(dir, as: name)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }

        for dir in [team.manager, team.rep] {
            let merged = try team.review(review.id, in: dir)
            let answer = try #require(merged.answers.first { $0.questionId == question })
            #expect(answer.prepAnswer == "The CFO signed because of the pilot results.")
            #expect(answer.notes == "Ask which pilot metric mattered most.")
            #expect(merged.actionItems.contains { $0.id == "a-mgr" })
            #expect(!merged.summary.contains("other version"))
        }
        // The commit messages name who changed which review, in words.
        let log = try team.git(["log", "--format=%an|%s"], in: team.manager)
        #expect(log.contains("Rep|Rep: updated review of"))
        #expect(log.contains("prep answers"))
        #expect(log.contains("Manager|Manager: updated review of"))
    }

    @Test func theSameFieldChangedOnBothSidesKeepsBothVersionsAndReportsIt() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        try team.edit(review.id, in: team.rep) { review in
            review.summary = "Rep: we won on the integration."
            review.plannedMinutes = 60
        }
        try team.edit(review.id, in: team.manager) { review in
            review.summary = "Manager: we won on price."
            review.plannedMinutes = 45
        }
        #expect(try team.sync(team.rep, as: "Rep").status == 0)
        let managerSync = try team.sync(team.manager, as: "Manager")
        #expect(managerSync.status == 0, "\(managerSync.stderr)")
        #expect(managerSync.stdout.contains("conflict:"))
        #expect(managerSync.stdout.contains("summary: changed on both machines; both versions kept"))
        #expect(managerSync.stdout.contains("planned length: kept this machine's “45”; the other machine had “60”"))
        #expect(try team.sync(team.rep, as: "Rep").status == 0)

        for dir in [team.manager, team.rep] {
            let merged = try team.review(review.id, in: dir)
            #expect(merged.summary.contains("Manager: we won on price."))
            #expect(merged.summary.contains("Rep: we won on the integration."))
        }
        // The value a single field could not hold is in the merge commit, so it is never lost.
        let message = try team.git(["log", "-1", "--format=%B", "HEAD"], in: team.rep)
        #expect(message.contains("the other machine had “60”"))
        // And the JSON report carries the conflicts for tools.
        let json = try team.debrief(["sync", "--data-dir", team.manager.path, "--json"])
        #expect(json.status == 0)
    }

    @Test func locksTempFilesJournalsAndSyncToolCopiesNeverShowInGitStatus() throws {
        let team = try SyncTeamFixture()
        let (deal, _) = try team.startTeam()
        let leftovers = [
            "deals/\(deal.id).json.lock", "reviews/x.json.tmp", "deals/\(deal.id) (conflicted copy 2026-11-28).json",
            "deals/\(deal.id).sync-conflict-20261128-101010-ABCDEF.json", "deals/\(deal.id) (1).json",
            "notes.swp", "reviews/x.journal", "journals/r1.journal", "cache/index.bin",
        ]
        for name in leftovers {
            let url = team.manager.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: url)
        }
        #expect(try team.git(["status", "--porcelain"], in: team.manager) == "")
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.stdout.contains("no local changes to commit"))
        // The copies are reported as what they are, and `debrief check` says so too.
        #expect(result.stdout.contains("(conflicted copy 2026-11-28).json: a copy left by a sync tool"))
        let check = try team.debrief(["check", "--data-dir", team.manager.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains(".sync-conflict-20261128-101010-ABCDEF.json: a copy left by a sync tool"))
        #expect(check.stdout.contains("\(deal.id) (1).json: a copy left by a sync tool"))
    }

    @Test func conflictMarkersInARecordStopTheSyncAndAreReported() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        let commitsBefore = try team.git(["rev-list", "--count", "HEAD"], in: team.manager)
        let file = team.manager.appendingPathComponent("reviews/\(review.id).json")
        let original = try Data(contentsOf: file)
        try Data(("<<<<<<< HEAD\n" + String(decoding: original, as: UTF8.self) + "=======\n{}\n>>>>>>> theirs\n").utf8).write(to: file)
        let result = try team.sync(team.manager, as: "Manager")
        #expect(result.status == 1)
        #expect(result.stderr.contains("hold git conflict markers and were not synced"))
        #expect(try team.git(["rev-list", "--count", "HEAD"], in: team.manager) == commitsBefore)
        let check = try team.debrief(["check", "--data-dir", team.manager.path])
        #expect(check.stdout.contains("\(review.id).json: holds git conflict markers"))
        // The app's list of reviews skips the file and says why.
        let reviews = try team.debrief(["reviews", "--data-dir", team.manager.path])
        #expect(!reviews.stdout.contains(review.id))
    }

    @Test func anUnreachableRemoteFailsClearlyAndKeepsTheLocalCommit() throws {
        let team = try SyncTeamFixture()
        let (_, review) = try team.startTeam()
        try team.edit(review.id, in: team.manager) { $0.summary = "Written on the train." }
        try FileManager.default.moveItem(at: team.remote, to: team.scratch.file("moved.git"))
        let offline = try team.sync(team.manager, as: "Manager")
        #expect(offline.status == 1)
        #expect(offline.stderr.contains("could not reach"))
        #expect(offline.stderr.contains("Your changes are committed locally"))
        #expect(try team.git(["log", "-1", "--format=%s"], in: team.manager).hasPrefix("Manager: updated review of"))
        try FileManager.default.moveItem(at: team.scratch.file("moved.git"), to: team.remote)
        let online = try team.sync(team.manager, as: "Manager")
        #expect(online.status == 0)
        #expect(online.stdout.contains("pushed to"))
    }

    @Test func withoutARemoteSyncSaysSoAndChangesNothingShared() throws {
        let team = try SyncTeamFixture()
        let plain = team.scratch.file("plain")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        let notShared = try team.sync(plain, as: "Manager")
        #expect(notShared.status == 1)
        #expect(notShared.stderr.contains("is not shared through git"))
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent(".git").path))

        let local = team.scratch.file("local")
        #expect(try team.debrief(["init", "--dir", local.path]).status == 0)
        try team.git(["init", "--quiet"], in: local)
        let noRemote = try team.sync(local, as: "Manager")
        #expect(noRemote.status == 0)
        #expect(noRemote.stdout.contains("no remote: changes stay on this machine"))
    }

    @Test func initIsSafeToRunAgainAndSaysWhatItFound() throws {
        let team = try SyncTeamFixture()
        let first = try team.debrief(["init", "--git", team.remote.path, "--dir", team.manager.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("wrote .gitignore"))
        var info = stat()
        #expect(stat(team.manager.path, &info) == 0 && info.st_mode & 0o777 == 0o700)
        let again = try team.debrief(["init", "--git", team.remote.path, "--dir", team.manager.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already a git repository syncing with \(team.remote.path)"))
        #expect(again.stdout.contains(".gitignore already complete"))
        let other = try team.debrief(["init", "--git", "/elsewhere.git", "--dir", team.manager.path])
        #expect(other.status == 1)
        #expect(other.stderr.contains("already syncs with \(team.remote.path)"))
    }
}

/// Single values both machines changed: kept both ways until a person chooses.
@Suite(.serialized) struct SyncPendingConflictTests {
    @Test(arguments: [true, false])
    func singleValuesChangedOnBothSidesWaitOnEveryCloneUntilSomeoneChooses(repFirst: Bool) throws {
        let team = try SyncTeamFixture()
        let (deal, review) = try team.startTeam()
        func editDeal(_ dir: URL, _ change: (inout Deal) -> Void) throws {
            let store = RecordStore(root: dir)
            var current = try #require(try store.load(Deal.self, id: deal.id))
            change(&current)
            try store.save(current)
        }
        try editDeal(team.rep) { deal in
            deal.amount = Money(Decimal(string: "48000.10")!, "EUR")
            deal.closeDate = Day(iso: "2026-10-20")!
        }
        try team.edit(review.id, in: team.rep) { $0.plannedMinutes = 60 }
        try editDeal(team.manager) { deal in
            deal.amount = Money(51000, "EUR")
            deal.closeDate = Day(iso: "2026-10-22")!
        }
        try team.edit(review.id, in: team.manager) { $0.plannedMinutes = 45 }

        let (first, firstName, second, secondName) = repFirst ? (team.rep, "Rep", team.manager, "Manager") : (team.manager, "Manager", team.rep, "Rep")
        #expect(try team.sync(first, as: firstName).status == 0)
        let merging = try team.sync(second, as: secondName)
        #expect(merging.status == 0, "\(merging.stderr)")
        #expect(merging.stdout.contains("3 conflicts left to choose (both values kept): press C in the app, or run `debrief conflicts`"))
        #expect(try team.sync(first, as: firstName).status == 0)

        let secondAmount = repFirst ? Money(51000, "EUR") : Money(Decimal(string: "48000.10")!, "EUR")
        let firstAmount = repFirst ? Money(Decimal(string: "48000.10")!, "EUR") : Money(51000, "EUR")
        for dir in [team.manager, team.rep] {
            // The record holds the merging machine's value and stays loadable as before…
            let onDisk = try #require(try RecordStore(root: dir).load(Deal.self, id: deal.id))
            #expect(onDisk.amount == secondAmount)
            #expect(try team.review(review.id, in: dir).plannedMinutes == (repFirst ? 45 : 60))
            // …and the other machine's value waits in conflicts/, committed, on both clones.
            let pending = try #require(try PendingConflictStore(root: dir).load(recordPath: "deals/\(deal.id).json"))
            #expect(pending.fields.map(\.field).sorted() == ["amount", "closeDate"])
            let amount = try #require(pending.fields.first { $0.field == "amount" })
            #expect(amount.other.by == firstName)
            #expect(amount.kept.by == secondName)
            #expect(amount.other.text == firstAmount.description)
            let reviewPending = try #require(try PendingConflictStore(root: dir).load(recordPath: "reviews/\(review.id).json"))
            #expect(reviewPending.fields.map(\.field) == ["plannedMinutes"])
            #expect(reviewPending.fields[0].other.value == .number(repFirst ? 60 : 45))
            #expect(try team.git(["status", "--porcelain"], in: dir) == "")
        }

        // `debrief check` lists them as choices, not as broken files; `debrief conflicts` too.
        let check = try team.debrief(["check", "--data-dir", first.path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("conflict to choose: deal “"))
        #expect(check.stdout.contains("[deals/\(deal.id).json#amount]"))
        let listed = try team.debrief(["conflicts", "--data-dir", first.path, "--json"])
        let files = try RecordCoding.decoder().decode([PendingConflicts].self, from: Data(listed.stdout.utf8))
        #expect(files.flatMap(\.fields).count == 3)

        // The first machine takes its own amount back; the choice reaches the other clone by sync.
        let resolved = try team.debrief(["conflicts", "resolve", "deals/\(deal.id).json#amount", "--take", "other", "--data-dir", first.path])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(try RecordStore(root: first).load(Deal.self, id: deal.id)?.amount == firstAmount)
        #expect(try team.sync(first, as: firstName).status == 0)
        let last = try team.sync(second, as: secondName)
        #expect(last.stdout.contains("2 conflicts left to choose"))
        #expect(try RecordStore(root: second).load(Deal.self, id: deal.id)?.amount == firstAmount)
        let remaining = try #require(try PendingConflictStore(root: second).load(recordPath: "deals/\(deal.id).json"))
        #expect(remaining.fields.map(\.field) == ["closeDate"])

        // On a review too; a second choice on the same field finds nothing left and says so.
        let reviewID = "reviews/\(review.id).json#plannedMinutes"
        #expect(try team.debrief(["conflicts", "resolve", reviewID, "--take", "other", "--data-dir", second.path]).status == 0)
        #expect(try team.review(review.id, in: second).plannedMinutes == (repFirst ? 60 : 45))
        #expect(try PendingConflictStore(root: second).load(recordPath: "reviews/\(review.id).json") == nil)
        let again = try team.debrief(["conflicts", "resolve", reviewID, "--take", "kept", "--data-dir", second.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("there is no pending conflict on plannedMinutes"))
    }
}
