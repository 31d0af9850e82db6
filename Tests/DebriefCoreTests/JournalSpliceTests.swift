import DebriefCore
import Foundation
import Testing

/// A key typed into a long note journals what changed, not the note: the journal grows by a few
/// bytes per key whatever the note's size, and recovery replays the changes to the exact text.
@Suite("Journal: splices")
struct JournalSpliceTests {
    static let field = ReviewTextField.notes(questionID: "story-timeline")

    static func journal(_ dir: TemporaryDirectory) -> EditJournal {
        EditJournal(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"))
    }

    static func edit(_ text: String, _ step: Int, field: ReviewTextField = field) -> JournalEdit {
        JournalEdit(reviewID: "r1", dealID: "d1", field: field, text: text, baseRevision: 3, time: SessionFixtures.t0.addingTimeInterval(Double(step)))
    }

    static func recovered(_ dir: TemporaryDirectory) -> [ReviewTextField: String] {
        let pending = JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"))
        return Dictionary(uniqueKeysWithValues: (pending.first?.edits ?? []).map { ($0.field, $0.text) })
    }

    static func size(_ url: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? -1
    }

    @Test func randomEditsReplayToTheExactText() throws {
        let dir = TemporaryDirectory()
        let journal = Self.journal(dir)
        var random = SeededRandom(seed: 99)
        let pieces = ["a", "é", "東京", "🎉", " ", "\n", "ß", "\u{301}", "Zoë"]
        var text = ""
        var other = "summary"
        for step in 0..<400 {
            var characters = Array(text)
            let at = random.int(0...characters.count)
            if !characters.isEmpty, random.chance(0.3) {
                characters.removeSubrange(at..<min(characters.count, at + random.int(1...3)))
            } else {
                characters.insert(contentsOf: random.pick(pieces), at: at)
            }
            text = String(characters)
            try journal.record(Self.edit(text, step))
            if step % 50 == 0 {
                other += "!"
                try journal.record(Self.edit(other, step, field: .summary))
            }
        }
        journal.close()
        #expect(Self.recovered(dir) == [Self.field: text, .summary: other])
    }

    @Test func aKeyInALongNoteWritesAFewBytes() throws {
        let dir = TemporaryDirectory()
        let journal = Self.journal(dir)
        var note = String(repeating: "The buyer's CFO asked about payback. ", count: 28_000)  // about 1 MB
        try journal.record(Self.edit(note, 0))
        let file = journal.fileURL(reviewID: "r1")
        let before = Self.size(file)
        for step in 1...200 {
            note.insert("x", at: note.index(note.startIndex, offsetBy: 500_000 + step))
            try journal.record(Self.edit(note, step))
        }
        let grown = Self.size(file) - before
        #expect(grown < 200 * 100, "200 keys grew the journal by \(grown) bytes")
        journal.close()
        #expect(Self.recovered(dir)[Self.field] == note)
    }

    @Test func twoSessionsOnOneReviewNeverMixTheirSplices() throws {
        let dir = TemporaryDirectory()
        let first = Self.journal(dir), second = Self.journal(dir)
        try first.record(Self.edit("first session's note", 0))
        try second.record(Self.edit("second one", 1))
        // The first session's splice does not fit the second one's text: it must not be applied to it.
        try first.record(Self.edit("first session's note, longer", 2))
        first.close()
        second.close()
        let text = Self.recovered(dir)[Self.field]
        #expect(text == "second one", "got \(text ?? "nil")")
    }

    @Test func aSpliceThatDoesNotFitEndsTheJournalThereAndKeepsWhatCameBefore() throws {
        let dir = TemporaryDirectory()
        let whole = JournalRecord.edit(JournalEdit(reviewID: "r1", field: Self.field, text: "kept text", baseRevision: 3, time: SessionFixtures.t0, writer: 7))
        let fits = JournalRecord.splice(JournalSplice(reviewID: "r1", field: Self.field, offset: 4, removed: 1, inserted: Array("-".utf8),
                                                      baseRevision: 3, time: SessionFixtures.t0, writer: 7))
        let bad = JournalRecord.splice(JournalSplice(reviewID: "r1", field: Self.field, offset: 500, removed: 1, inserted: Array("x".utf8),
                                                     baseRevision: 3, time: SessionFixtures.t0, writer: 7))
        let header = JournalRecord.header(dataDirectory: JournalFileName.canonicalPath(dir.path("data")), reviewID: "r1", dealID: nil)
        let bytes = JournalRecord.magic + header.framed() + whole.framed() + fits.framed() + bad.framed() + fits.framed()
        let file = dir.path("r1.djournal")
        try Data(bytes).write(to: file)
        let pending = try #require(JournalRecovery.read(file, dataDirectory: dir.path("data")))
        #expect(pending.edits.map(\.text) == ["kept-text"], "the splice that fits, then nothing after the one that does not")
        #expect(pending.hadDamagedTail)
    }

    @Test func aJournalWrittenBeforeSplicesStillReads() {
        let old = JournalRecord.edit(JournalEdit(reviewID: "r1", field: Self.field, text: "old", baseRevision: 1, time: SessionFixtures.t0))
        let bytes = JournalRecord.magic + JournalRecord.header(dataDirectory: "/d", reviewID: "r1", dealID: nil).framed() + old.framed()
        let (records, length) = JournalRecord.readValidPrefix(bytes)
        #expect(length == bytes.count && records.count == 2)
    }
}
