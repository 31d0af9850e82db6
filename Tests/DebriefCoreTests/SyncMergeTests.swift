import Foundation
import Testing
@testable import DebriefCore

/// Record-level merging of files both machines changed, sync-tool leftovers, and the words sync
/// uses for records.
@Suite struct SyncMergeTests {
    static let day = Day(iso: "2026-10-01")!
    static let savedAt = Date(timeIntervalSince1970: 1_790_000_000)

    func review() -> Review {
        Review(id: "acme-r1", dealId: "acme", kind: .win, manager: "Mia", rep: "Jo", questionSetId: "win",
               createdAt: Self.savedAt, answers: [
                   Answer(question: Question(id: "q1", theme: .story, wording: "Why did they buy?", inPrep: true)),
                   Answer(question: Question(id: "q2", theme: .factVsFiction, wording: "Who else was there?", inPrep: true)),
               ], updatedAt: Self.savedAt, revision: 3)
    }

    func deal() -> Deal {
        Deal(id: "acme", account: "Acme", name: "Pilot", amount: Money(1000, "EUR"), outcome: .won,
             closeDate: Self.day, owner: "Jo", segment: "SMB", notes: "Met the CFO.", updatedAt: Self.savedAt, revision: 2)
    }

    func bytes<R: StoredRecord>(_ record: R) throws -> Data { try RecordCoding.encode(record) }

    func merged<R: StoredRecord>(_ type: R.Type, _ outcome: RecordFileMerge.Outcome) throws -> (R, [MergeOverlap]) {
        guard case .write(let data, let conflicts) = outcome else {
            Issue.record("expected a merged file, got \(outcome)")
            throw CancellationError()
        }
        return (try RecordDecoding.decode(R.self, from: data, path: "merged").get(), conflicts)
    }

    @Test func prepAnswersAndNotesFromTwoMachinesBothLandAboveBothRevisions() throws {
        let base = review()
        var rep = base
        rep.answers[0].prepAnswer = "The pilot convinced them."
        rep.revision = 4
        var manager = base
        manager.answers[0].notes = "Probe the pilot metric."
        manager.answers[1].insight = true
        manager.revision = 5
        let (result, conflicts) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: try bytes(base), mine: try bytes(manager), theirs: try bytes(rep)))
        #expect(result.answers[0].prepAnswer == "The pilot convinced them.")
        #expect(result.answers[0].notes == "Probe the pilot metric.")
        #expect(result.answers[1].insight)
        #expect(conflicts.isEmpty)
        // Above both sides, so an app holding either revision merges instead of overwriting.
        #expect(result.revision == 6)
    }

    @Test func theSameTextChangedBothWaysKeepsBothAndReportsIt() throws {
        let base = review()
        var mine = base
        mine.summary = "Won on price."
        var theirs = base
        theirs.summary = "Won on the integration."
        let (result, conflicts) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: try bytes(base), mine: try bytes(mine), theirs: try bytes(theirs)))
        #expect(result.summary.contains("Won on price."))
        #expect(result.summary.contains("Won on the integration."))
        #expect(conflicts.map(\.resolution) == [.keptBothInText])
    }

    /// One question's notes typed on two machines in different places: both edits land in one text.
    @Test func oneNoteEditedInTwoPlacesOnTwoMachinesGetsBothEdits() throws {
        var base = review()
        base.answers[0].notes = "Met the CFO."
        var mine = base
        mine.answers[0].notes = "Met the CFO. Budget approved in March."
        mine.revision = 4
        var theirs = base
        theirs.answers[0].notes = "Met the CFO and the CTO."
        theirs.answers[1].notes = "Only one rival."
        theirs.revision = 4
        let (result, conflicts) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: try bytes(base), mine: try bytes(mine), theirs: try bytes(theirs)))
        #expect(result.answers[0].notes == "Met the CFO and the CTO. Budget approved in March.")
        #expect(result.answers[1].notes == "Only one rival.")
        #expect(conflicts.isEmpty)
        #expect(result.revision == 5)
    }

    /// The same words of one note rewritten on two machines: both texts stay, mine first, and the
    /// overlap names that question, so nothing either side typed is lost to the sync.
    @Test func oneNoteRewrittenOnBothMachinesKeepsBothAndNamesTheQuestion() throws {
        var base = review()
        base.answers[0].notes = "Met the CFO."
        var mine = base
        mine.answers[0].notes = "Met the head of finance twice."
        var theirs = base
        theirs.answers[0].notes = "Met their CFO, who signed."
        let (result, conflicts) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: try bytes(base), mine: try bytes(mine), theirs: try bytes(theirs)))
        let note = result.answers[0].notes
        #expect(note.hasPrefix("Met the head of finance twice."), "\(note)")
        #expect(note.contains("Met their CFO, who signed."), "\(note)")
        #expect(conflicts.map(\.place) == [.text(.notes(questionID: "q1"))])
        #expect(conflicts.map(\.resolution) == [.keptBothInText])
        #expect(conflicts.first?.label == "notes on “Why did they buy?”")
    }

    /// Merging the same two sides the other way round loses nothing either.
    @Test func theSameNoteMergedFromTheOtherSideKeepsBothToo() throws {
        var base = review()
        base.answers[1].notes = "Two rivals."
        var mine = base
        mine.answers[1].notes = "Two rivals; Globex dropped out."
        var theirs = base
        theirs.answers[1].notes = ""
        let (result, conflicts) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: try bytes(base), mine: try bytes(theirs), theirs: try bytes(mine)))
        #expect(result.answers[1].notes.contains("Two rivals; Globex dropped out."))
        #expect(conflicts.map(\.place) == [.text(.notes(questionID: "q2"))])
    }

    @Test func aReviewAddedOnBothMachinesWithoutABaseKeepsBothSidesText() throws {
        var mine = review()
        mine.answers[0].notes = "Manager's note"
        var theirs = review()
        theirs.answers[0].prepAnswer = "Rep's answer"
        let (result, _) = try merged(Review.self, RecordFileMerge.merge(
            path: "reviews/acme-r1.json", base: nil, mine: try bytes(mine), theirs: try bytes(theirs)))
        #expect(result.answers[0].notes == "Manager's note")
        #expect(result.answers[0].prepAnswer == "Rep's answer")
    }

    @Test func dealsMergeFieldByFieldAndAClashKeepsMineWithTheirsReported() throws {
        let base = deal()
        var mine = base
        mine.segment = "Mid-market"
        mine.amount = Money(1200, "EUR")
        mine.notes = "Met the CFO. Legal was slow."
        var theirs = base
        theirs.competitors = ["Globex"]
        theirs.amount = Money(1500, "EUR")
        theirs.notes = "Pilot first. Met the CFO."
        let (result, conflicts) = try merged(Deal.self, RecordFileMerge.merge(
            path: "deals/acme.json", base: try bytes(base), mine: try bytes(mine), theirs: try bytes(theirs)))
        #expect(result.segment == "Mid-market")
        #expect(result.competitors == ["Globex"])
        #expect(result.notes == "Pilot first. Met the CFO. Legal was slow.")
        #expect(result.amount == Money(1200, "EUR"))
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.label == "amount")
        #expect(conflicts.first?.theirs.contains("1,500") == true || conflicts.first?.theirs.contains("1500") == true)
        #expect(result.revision == 3)
    }

    @Test func removedOnOneSideAndChangedOnTheOtherKeepsTheChange() throws {
        var theirs = review()
        theirs.summary = "Still needed."
        let outcome = RecordFileMerge.merge(path: "reviews/acme-r1.json", base: try bytes(review()), mine: nil, theirs: try bytes(theirs))
        let (result, conflicts) = try merged(Review.self, outcome)
        #expect(result.summary == "Still needed.")
        #expect(conflicts.map(\.resolution) == [.keptChangedOverRemoved])
        #expect(RecordFileMerge.merge(path: "reviews/acme-r1.json", base: try bytes(review()), mine: nil, theirs: nil) == .delete)
    }

    @Test func aFileThatIsNotARecordOnOneSideIsKeptBothWays() throws {
        let outcome = RecordFileMerge.merge(path: "reviews/acme-r1.json", base: nil, mine: try bytes(review()), theirs: Data("{ broken".utf8))
        guard case .keepBoth = outcome else {
            Issue.record("expected keepBoth, got \(outcome)")
            return
        }
    }

    @Test(arguments: [
        ("acme (Jo's conflicted copy 2026-11-28).json", true),
        ("acme.sync-conflict-20261128-101010-ABCDEFG.json", true),
        ("acme (1).json", true),
        ("acme(2).json", true),
        ("acme.json.orig", true),
        ("acme_LOCAL_1234.json", true),
        ("acme.json", false),
        ("acme-1.json", false),
        ("q3-2026.json", false),
        ("ACME (JO'S CONFLICTED COPY).json", true),
        ("deal-7 (12).json", true),
        ("(3).json", true),
        ("acme().json", false),
        ("acme (a).json", false),
        ("acme (1).json.bak", false),
        ("acme.REJ", true),
        ("acme_BASE_.json", true),
        ("acme_base_.json", false),
        (".gitignore", false),
        ("deals", false),
    ])
    func copiesLeftBySyncToolsAreRecognisedByName(name: String, isCopy: Bool) {
        #expect(SyncLeftover.isConflictedCopyName(name) == isCopy)
    }

    @Test func conflictMarkersAreFoundAtTheStartOfALineOnly() {
        #expect(SyncLeftover.hasConflictMarkers(Data("{\n<<<<<<< HEAD\n\"a\": 1\n=======\n\"a\": 2\n>>>>>>> origin/main\n}\n".utf8)))
        #expect(SyncLeftover.hasConflictMarkers(Data("<<<<<<< HEAD\n".utf8)))
        #expect(!SyncLeftover.hasConflictMarkers(Data("{\"notes\": \"a <<<<<<< b\"}\n".utf8)))
    }

    @Test func leftoversReplaceTheParseErrorsOfTheSameFiles() {
        let copy = SyncLeftover(path: "/d/deals/a (1).json", kind: .conflictedCopy)
        let problems = [LoadProblem(path: "/d/deals/a (1).json", reason: "holds id 'a', which does not match its file name"),
                        LoadProblem(path: "/d/deals/b.json", reason: "not valid JSON")]
        let relabelled = SyncLeftover.relabel(problems, leftovers: [copy])
        #expect(relabelled.map(\.path) == ["/d/deals/b.json", "/d/deals/a (1).json"])
        #expect(relabelled[1].reason.contains("a copy left by a sync tool"))
    }

    @Test func commitMessagesNameTheRecordsAndWhatChanged() throws {
        var old = review()
        old.answers[0].prepAnswer = ""
        var new = old
        new.answers[0].prepAnswer = "Because of the pilot \u{1B}[31m."
        let files: [String: Data] = ["reviews/acme-r1.json": try bytes(new), "deals/acme.json": try bytes(deal())]
        let before: [String: Data] = ["reviews/acme-r1.json": try bytes(old)]
        let describer = SyncChangeDescriber(current: { files[$0] }, previous: { before[$0] })
        let message = describer.commitMessage(author: "Jo", changes: [
            SyncChange(kind: .changed, path: "reviews/acme-r1.json"), SyncChange(kind: .added, path: "deals/acme.json"),
        ])
        #expect(message.hasPrefix("Jo: updated review of “Acme — Pilot” (rep Jo): prep answers (+1 more)\n"))
        #expect(message.contains("- added deal “Acme — Pilot”"))
        #expect(!message.contains("\u{1B}"))
    }
}
