import DebriefCore
import Foundation
import Testing

@Suite("Review merge: text")
struct ReviewMergeTextTests {
    let at = Timestamp.parse("2026-11-28T10:00:00Z")

    @Test("one side changed: that side wins; both the same: no conflict")
    func oneSide() {
        #expect(TextMerge.merge(base: "a", mine: "a", theirs: "b", theirsSavedAt: at) == .init(text: "b", keptBoth: false))
        #expect(TextMerge.merge(base: "a", mine: "c", theirs: "a", theirsSavedAt: at) == .init(text: "c", keptBoth: false))
        #expect(TextMerge.merge(base: "a", mine: "x", theirs: "x", theirsSavedAt: at) == .init(text: "x", keptBoth: false))
    }

    @Test("changes to different parts of a note are both applied")
    func disjoint() {
        let result = TextMerge.merge(base: "Budget: ?\nChampion: ?", mine: "Budget: 40k€\nChampion: ?",
                                     theirs: "Budget: ?\nChampion: 李娜", theirsSavedAt: at)
        #expect(result == .init(text: "Budget: 40k€\nChampion: 李娜", keptBoth: false))
    }

    @Test("typing on from where the other side stopped is no conflict")
    func extension_() {
        #expect(TextMerge.merge(base: "CFO", mine: "CFO signed off", theirs: "CFO signed", theirsSavedAt: at).text == "CFO signed off")
    }

    @Test("both changed the same text: mine in place, theirs under the marker line")
    func trueConflict() {
        let result = TextMerge.merge(base: "Price", mine: "Price was the excuse 🙃", theirs: "Price, and timing", theirsSavedAt: at)
        #expect(result.keptBoth)
        #expect(result.text == "Price was the excuse 🙃\n\n--- other version (saved by another session at 2026-11-28T10:00:00Z) ---\nPrice, and timing")
    }

    @Test("replaying newer typing over a merge already seen puts mine before the marker block")
    func mineFirst() {
        let merged = "Mine\n\n--- other version (saved by another session) ---\nTheirs"
        let result = TextMerge.merge(base: "Mine", mine: "Mine and more", theirs: merged, theirsSavedAt: nil, sameSpot: .mineFirst)
        #expect(result == .init(text: "Mine and more\n\n--- other version (saved by another session) ---\nTheirs", keptBoth: false))
    }
}

@Suite("Review merge: reviews")
struct ReviewMergeReviewTests {
    let base = SessionFixtures.review()
    let at = Timestamp.parse("2026-11-28T10:00:00Z")

    @Test("manager notes and rep prep answers on the same question both survive")
    func answerFields() throws {
        var mine = base, theirs = base
        try mine.apply(.setText(.notes(questionID: "story-timeline"), "Manager: the CFO joined late"), at: SessionFixtures.t0)
        try mine.apply(.setInsight(questionID: "story-timeline", true), at: SessionFixtures.t0)
        try theirs.apply(.setText(.prepAnswer(questionID: "story-timeline"), "Rep: kick-off 3 May, PoC in June"), at: SessionFixtures.t0)
        try theirs.apply(.setSkipped(questionID: "tune-faster", true), at: SessionFixtures.t0)
        theirs.revision = 1
        let result = ReviewMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.overlaps.isEmpty)
        let answer = result.merged.answers[0]
        #expect(answer.notes == "Manager: the CFO joined late")
        #expect(answer.prepAnswer == "Rep: kick-off 3 May, PoC in June")
        #expect(answer.insight)
        #expect(result.merged.answers.first { $0.questionId == "tune-faster" }?.skipped == true)
        #expect(result.merged.revision == 1)
        #expect(result.merged.status == .inProgress)
        #expect(result.merged.startedAt == SessionFixtures.t0)
    }

    @Test("items added on both sides are kept; edited on one side takes it; removed and untouched is removed")
    func items() {
        var start = base
        start.factors = [SessionFixtures.factor("f1", "reference call"), SessionFixtures.factor("f2", "demo")]
        start.actionItems = [ActionItem(id: "a1", text: "send deck", owner: "Priya")]
        var mine = start, theirs = start
        mine.factors.append(SessionFixtures.factor("f-m", "mine"))
        mine.factors[0].evidence = .crmRecord        // edited by me
        mine.actionItems[0].done = true
        theirs.factors.removeAll { $0.id == "f2" }    // removed by them, untouched by me
        theirs.factors.append(SessionFixtures.factor("f-t", "theirs"))
        theirs.actionItems[0].due = Day(iso: "2026-12-01")
        let result = ReviewMerge.merge(base: start, mine: mine, theirs: theirs)
        #expect(result.overlaps.isEmpty)
        #expect(result.merged.factors.map(\.id) == ["f1", "f-m", "f-t"])
        #expect(result.merged.factors[0].evidence == .crmRecord)
        #expect(result.merged.actionItems == [ActionItem(id: "a1", text: "send deck", owner: "Priya", due: Day(iso: "2026-12-01"), done: true)])
    }

    @Test("removed on one side but changed on the other is kept and reported")
    func removedButChanged() {
        var start = base
        start.practices = [BestPractice(id: "p1", title: "Mutual plan")]
        var mine = start, theirs = start
        mine.practices = []
        theirs.practices[0].detail = "Agreed in week 2"
        let result = ReviewMerge.merge(base: start, mine: mine, theirs: theirs)
        #expect(result.merged.practices == theirs.practices)
        #expect(result.overlaps.map(\.resolution) == [.keptChangedOverRemoved])
    }

    @Test("an item changed differently on both sides in a single value keeps both items")
    func itemClash() {
        var start = base
        start.factors = [SessionFixtures.factor("f1", "reference call")]
        var mine = start, theirs = start
        mine.factors[0].cause = .relationship
        theirs.factors[0].cause = .luck
        let result = ReviewMerge.merge(base: start, mine: mine, theirs: theirs)
        #expect(result.merged.factors.map(\.id) == ["f1", "f1-other"])
        #expect(result.merged.factors.map(\.cause) == [.relationship, .luck])
        #expect(result.overlaps.map(\.resolution) == [.keptBothItems(theirsID: "f1-other")])
    }

    @Test("both changed the same note: both versions kept and the conflict reported")
    func noteConflict() throws {
        var start = base
        start.answers[1].notes = "CFO"
        var mine = start, theirs = start
        mine.answers[1].notes = "CFO and the COO"
        theirs.answers[1].notes = "CFO only — 确认"
        theirs.updatedAt = at
        let result = ReviewMerge.merge(base: start, mine: mine, theirs: theirs)
        #expect(result.merged.answers[1].notes == "CFO and the COO\n\n--- other version (saved by another session at 2026-11-28T10:00:00Z) ---\nCFO only — 确认")
        let conflict = try #require(result.overlaps.first)
        #expect(conflict.place == .text(.notes(questionID: "story-decision-makers")))
        #expect(conflict.mine == "CFO and the COO")
        #expect(conflict.theirs == "CFO only — 确认")
    }

    @Test("manager, rep and scheduled day changed differently in two sessions: mine kept, theirs reported", arguments: 0..<3)
    func singleValueClash(_ field: Int) throws {
        var mine = base, theirs = base
        let place: String
        switch field {
        case 0:
            (mine.manager, theirs.manager, place) = ("Kenji Sato", "Ana Lima", "manager")
        case 1:
            (mine.rep, theirs.rep, place) = ("Søren Dahl", "Lena Vogt", "rep")
        default:
            (mine.scheduledFor, theirs.scheduledFor, place) = (Day(iso: "2026-12-04"), Day(iso: "2026-12-09"), "scheduledFor")
        }
        let result = ReviewMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.merged.manager == mine.manager && result.merged.rep == mine.rep && result.merged.scheduledFor == mine.scheduledFor)
        let conflict = try #require(result.overlaps.first)
        #expect(result.overlaps.count == 1)
        #expect(conflict.place == .field(place))
        #expect(conflict.resolution == .keptMine)
        #expect(conflict.mine != conflict.theirs && !conflict.theirs.isEmpty, "the other value is reported: \(conflict)")
        // Changed on one side only: that side's value, and no conflict.
        let oneSided = ReviewMerge.merge(base: base, mine: base, theirs: theirs)
        #expect(oneSided.merged == theirs && oneSided.overlaps.isEmpty)
    }

    @Test("the same new item id added in both sessions with different content keeps both; the same content once")
    func sameNewIDBothSides() {
        var mine = base, theirs = base
        mine.actionItems = [ActionItem(id: "a1", text: "Send the ROI deck", owner: "Dana")]
        theirs.actionItems = [ActionItem(id: "a1", text: "Call the CFO's office", owner: "Lena")]
        let result = ReviewMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.merged.actionItems.map(\.text) == ["Send the ROI deck", "Call the CFO's office"])
        #expect(Set(result.merged.actionItems.map(\.id)).count == 2, "two items may not share an id")
        theirs.actionItems = mine.actionItems
        #expect(ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged.actionItems == mine.actionItems)
    }

    @Test("status is the further one; completion time kept")
    func status() {
        var mine = base, theirs = base
        mine.status = .inProgress
        mine.startedAt = SessionFixtures.t0
        theirs.status = .completed
        theirs.startedAt = SessionFixtures.t0.addingTimeInterval(60)
        theirs.completedAt = SessionFixtures.t0.addingTimeInterval(600)
        let merged = ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged
        #expect(merged.status == .completed)
        #expect(merged.startedAt == SessionFixtures.t0)
        #expect(merged.completedAt == SessionFixtures.t0.addingTimeInterval(600))
    }
}

@Suite("Review merge: saving from two sessions")
struct ReviewSaverTests {
    @Test("a stale save is merged with what is on disk and saved again")
    func staleSave() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saver = ReviewSaver(store: store)
        let first = try saver.save(SessionFixtures.review(), base: nil).saved
        #expect(first.revision == 1)
        var rep = first, manager = first
        rep.answers[0].prepAnswer = "Rep's answer ✍️"
        manager.answers[0].notes = "Manager's note"
        let repSaved = try saver.save(rep, base: first)
        #expect(repSaved.saved.revision == 2)
        #expect(!repSaved.mergedOtherSession)
        let managerSaved = try saver.save(manager, base: first)
        #expect(managerSaved.mergedOtherSession)
        #expect(managerSaved.overlaps.isEmpty)
        #expect(managerSaved.saved.revision == 3)
        let onDisk = try #require(try store.load(Review.self, id: first.id))
        #expect(onDisk.answers[0].prepAnswer == "Rep's answer ✍️")
        #expect(onDisk.answers[0].notes == "Manager's note")
    }

    @Test("a save that keeps meeting newer saves gives up with the reason, and writes nothing of its own")
    func tooManyConcurrentSaves() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let first = try ReviewSaver(store: store).save(SessionFixtures.review(), base: nil).saved
        var other = first
        other.summary = "Saved by the rep meanwhile"
        let theirs = try ReviewSaver(store: store).save(other, base: first).saved
        var mine = first
        mine.summary = "Mine"
        // One attempt: the first save meets the rep's, and there is no second try.
        do {
            _ = try ReviewSaver(store: store, maxAttempts: 1).save(mine, base: first)
            Issue.record("a save that met a newer one with no tries left was reported as saved")
        } catch {
            guard case .tooManyConcurrentSaves(attempts: 1) = error else {
                Issue.record("expected tooManyConcurrentSaves, got \(error)")
                return
            }
            #expect(error.description.contains("gave up after 1 tries"))
            #expect(error.description.contains("still on screen and in the journal"))
        }
        #expect(try store.load(Review.self, id: first.id) == theirs, "nothing of the failed save reached the file")
    }

    @Test("a review deleted underneath is written back, not dropped")
    func deletedUnderneath() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saver = ReviewSaver(store: store)
        let saved = try saver.save(SessionFixtures.review(), base: nil).saved
        try store.delete(saved)
        var mine = saved
        mine.summary = "keep me"
        let outcome = try saver.save(mine, base: saved)
        #expect(outcome.saved.summary == "keep me")
        #expect(outcome.saved.revision == 1)
    }

    @Test("a manager and a rep saving the same review concurrently from two stores lose nothing")
    func concurrent() async throws {
        let dir = TemporaryDirectory()
        let setup = try ReviewSaver(store: RecordStore(root: dir.url)).save(SessionFixtures.review(), base: nil).saved
        let rounds = 25
        let questionCount = setup.answers.count
        let root = dir.url
        // Each side types into its own field of every question, saving after every change.
        @Sendable func run(notes: Bool) -> Int {
            let saver = ReviewSaver(store: RecordStore(root: root), maxAttempts: 1000)
            var base = setup
            var mine = setup
            var failures = 0
            for round in 0..<rounds {
                let index = round % questionCount
                let word = notes ? "m\(round)é " : "r\(round)中 "
                if notes { mine.answers[index].notes += word } else { mine.answers[index].prepAnswer += word }
                mine.factors.append(SessionFixtures.factor("\(notes ? "m" : "r")-\(round)", word))
                do {
                    let outcome = try saver.save(mine, base: base)
                    base = outcome.saved
                    mine = outcome.saved
                } catch {
                    failures += 1
                }
            }
            return failures
        }
        async let managerFailures = Task.detached { run(notes: true) }.value
        async let repFailures = Task.detached { run(notes: false) }.value
        #expect(await managerFailures == 0)
        #expect(await repFailures == 0)
        let final = try #require(try RecordStore(root: dir.url).load(Review.self, id: setup.id))
        for round in 0..<rounds {
            let index = round % questionCount
            #expect(final.answers[index].notes.contains("m\(round)é "))
            #expect(final.answers[index].prepAnswer.contains("r\(round)中 "))
        }
        #expect(Set(final.factors.map(\.id)) == Set((0..<rounds).flatMap { ["m-\($0)", "r-\($0)"] }))
        #expect(!final.answers.contains { $0.notes.contains("--- other version") || $0.prepAnswer.contains("--- other version") })
    }
}
