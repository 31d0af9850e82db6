import DebriefCore
import Foundation
import Testing

/// The whole start-up path over a damaged journal — recover, offer, restore, keep typing — at every
/// truncation offset and with a flipped byte at every offset: the valid part comes back, the saved
/// review on disk is never touched by recovery, and new typing after the damage is read back.
@Suite("Journal: damaged journals at start-up")
struct JournalTruncationTests {
    static let texts = ["Buyer", "Buyer said", "Buyer said the pilot", "Buyer said the pilot 決め手 👍🏽"]

    /// A saved review, and the journal bytes of typing into its first note after that save.
    struct Scene {
        let dir = TemporaryDirectory()
        var data: URL { dir.path("data") }
        var state: URL { dir.path("state") }
        let saved: Review
        let reviewFile: URL
        let savedBytes: Data
        let journalFile: URL
        let journalBytes: [UInt8]
        /// Where each text's record ends in the journal: a cut or a damaged byte at or after
        /// `textEnds[i]` leaves `texts[i]` whole, so it must come back.
        let textEnds: [Int]

        init() throws {
            let store = RecordStore(root: dir.path("data"))
            _ = try store.save(SessionFixtures.deal())
            var review = SessionFixtures.review()
            review.answers[0].notes = "saved before the crash"
            saved = try store.save(review)
            reviewFile = dir.path("data", "reviews", saved.id + ".json")
            savedBytes = try Data(contentsOf: reviewFile)
            let journal = EditJournal(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"))
            journalFile = journal.fileURL(reviewID: saved.id)
            var ends: [Int] = []
            for (index, text) in JournalTruncationTests.texts.enumerated() {
                try journal.record(JournalEdit(reviewID: saved.id, field: .notes(questionID: saved.answers[0].questionId), text: text,
                                               baseRevision: saved.revision, time: SessionFixtures.t0.addingTimeInterval(Double(index))))
                ends.append(try Data(contentsOf: journalFile).count)
            }
            journal.close()
            textEnds = ends
            journalBytes = Array(try Data(contentsOf: journalFile))
            #expect(textEnds.last == journalBytes.count && textEnds == textEnds.sorted())
        }

        /// The text that must come back when the journal is whole up to `intactLength` bytes.
        func expectedNote(intactLength: Int) -> String? {
            textEnds.lastIndex { $0 <= intactLength }.map { JournalTruncationTests.texts[$0] }
        }

        /// Puts `damaged` in place of the journal and runs start-up recovery and a restore on it.
        /// `expected` is the note that must be offered back (nil: nothing may be offered).
        func check(_ damaged: [UInt8], _ what: String, expected: String?) throws {
            try Data(damaged).write(to: journalFile)
            let pending = JournalRecovery.recover(stateDirectory: state, dataDirectory: data)
            let offers = RecoveryOffer.offers(from: pending, reviews: [saved])
            #expect(try Data(contentsOf: reviewFile) == savedBytes, "\(what): recovery changed the saved review")
            if let expected {
                #expect(offers.count == 1, "\(what): \"\(expected)\" was typed and is whole in the journal, but \(offers.count) offers")
                #expect(offers.first?.restored(into: saved, at: SessionFixtures.t0).answers[0].notes == expected,
                        "\(what): the last whole text typed is not what comes back")
            } else {
                #expect(offers.isEmpty, "\(what): an offer from a journal with no whole text in it")
            }
            for offer in offers {
                let restored = offer.restored(into: saved, at: SessionFixtures.t0)
                let note = restored.answers[0].notes
                #expect(JournalTruncationTests.texts.contains(note) || note == saved.answers[0].notes,
                        "\(what): restoring gives text that was never typed: \(note)")
                #expect(restored.answers.dropFirst() == saved.answers.dropFirst(), "\(what): restoring changed other answers")
            }
            // Typing goes on after the crash: the new text must be readable, not buried behind the damage.
            let reopened = EditJournal(stateDirectory: state, dataDirectory: data)
            try reopened.record(JournalEdit(reviewID: saved.id, field: .summary, text: "typed after restart",
                                            baseRevision: saved.revision, time: SessionFixtures.t0.addingTimeInterval(60)))
            reopened.close()
            let after = JournalRecovery.recover(stateDirectory: state, dataDirectory: data).first { $0.reviewID == saved.id }
            #expect(after?.edit(for: .summary)?.text == "typed after restart", "\(what): text typed after restart is lost")
            if let note = after?.edit(for: .notes(questionID: saved.answers[0].questionId))?.text {
                #expect(JournalTruncationTests.texts.contains(note), "\(what): after reopening, the journal holds text never typed: \(note)")
            }
            #expect(try Data(contentsOf: reviewFile) == savedBytes, "\(what): reopening the journal changed the saved review")
        }
    }

    @Test("cut at every byte offset")
    func everyTruncation() throws {
        let scene = try Scene()
        for length in 0...scene.journalBytes.count {
            try scene.check(Array(scene.journalBytes[..<length]), "cut at \(length) of \(scene.journalBytes.count)",
                            expected: scene.expectedNote(intactLength: length))
        }
    }

    @Test("one byte flipped at every offset")
    func everyFlippedByte() throws {
        let scene = try Scene()
        for offset in scene.journalBytes.indices {
            var damaged = scene.journalBytes
            damaged[offset] ^= 0xFF
            try scene.check(damaged, "byte \(offset) flipped", expected: scene.expectedNote(intactLength: offset))
        }
    }

    @Test("the whole journal truncated to zero, or replaced by another file's bytes")
    func replacedByGarbage() throws {
        let scene = try Scene()
        try scene.check([], "an empty file", expected: nil)
        try scene.check(Array(scene.savedBytes), "the review's JSON in place of the journal", expected: nil)
        try scene.check(JournalRecord.magic + [UInt8](repeating: 0xFF, count: 64), "the magic and then 0xFF bytes", expected: nil)
    }
}
