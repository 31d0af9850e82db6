import DebriefCore
import Foundation
import Testing

/// The crash journal under a crash or an I/O error at every file operation: what recovery reads
/// afterwards is always text that was typed (the older or the newer version), never garbage, and
/// the journal keeps working.
@Suite struct FaultJournalTests {
    static let summaryBefore = "We won on the pilot."
    static let summaryAfter = "We won on the pilot, and on the CFO's trust."
    static let notesLater = "Ask about the renewal terms next time."
    static let review = SessionFixtures.review()

    static func edit(_ field: ReviewTextField, _ text: String) -> JournalEdit {
        JournalEdit(reviewID: review.id, field: field, text: text, baseRevision: 1, time: SessionFixtures.t0)
    }

    static func journal(_ dir: TemporaryDirectory, _ fileSystem: any FileSystem = PosixFileSystem()) -> EditJournal {
        EditJournal(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"), fileSystem: fileSystem)
    }

    static func pending(_ dir: TemporaryDirectory) -> PendingReviewEdits? {
        JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: dir.path("data")).first
    }

    /// Typing more, syncing, then a save that covers the summary (the journal is compacted to what
    /// the save did not cover): crashed at every operation.
    @Test func crashAtEveryOperationKeepsTypedText() throws {
        let notesField = ReviewTextField.notes(questionID: Self.review.answers.first?.questionId ?? "q1")
        var crashPoints = 0
        for n in 1... {
            let dir = TemporaryDirectory()
            let setup = Self.journal(dir)
            try setup.record(Self.edit(.summary, Self.summaryBefore))
            try setup.syncAll()
            setup.close()

            let faults = FaultFileSystem(.crash(at: n))
            let journal = Self.journal(dir, faults)
            var saved = Self.review
            saved.summary = Self.summaryAfter
            do {
                try journal.record(Self.edit(.summary, Self.summaryAfter))
                try journal.record(Self.edit(notesField, Self.notesLater))
                try journal.syncAll()
                try journal.saved(saved)
            } catch {}
            journal.close()

            // Restart. The summary is in the journal, or (once the save's compaction ran) in the saved review.
            let recovered = Self.pending(dir)
            let summary = recovered?.edit(for: .summary)?.text
            #expect(summary == Self.summaryBefore || summary == Self.summaryAfter || (summary == nil && recovered?.edit(for: notesField) != nil),
                    "crash at operation \(n): summary \(summary ?? "nil")")
            let notes = recovered?.edit(for: notesField)?.text
            #expect(notes == nil || notes == Self.notesLater, "crash at operation \(n)")
            if !faults.triggered {
                #expect(summary == nil && notes == Self.notesLater)
                break
            }
            // The journal keeps working after the crash: new text is read back, whatever the crash left.
            let again = Self.journal(dir)
            try again.record(Self.edit(.summary, "typed after the restart"))
            try again.syncAll()
            again.close()
            #expect(Self.pending(dir)?.edit(for: .summary)?.text == "typed after the restart", "crash at operation \(n)")
            #expect(StoreFixtures.leftovers(in: dir.path("state", "journal")).allSatisfy { $0.hasSuffix(".djournal") }, "crash at operation \(n)")
            crashPoints += 1
        }
        #expect(crashPoints >= 8)
    }

    /// A full disk in the middle of a frame: the edit is reported as not journaled, and the next edit
    /// is read back (a torn frame is repaired, not written after).
    @Test(arguments: [ENOSPC, EIO])
    func failedWritesAndSyncsAreErrorsAndTheNextEditIsKept(_ code: Int32) throws {
        for kind in [FaultFileSystem.Operation.write, .sync, .open, .rename] {
            var reached = false
            defer {
                // Every edit is written, and the first one synced: a journal that skips either is not a journal.
                if kind == .write || kind == .sync { #expect(reached, "recording an edit never performed a \(kind)") }
            }
            for n in 1... {
                let dir = TemporaryDirectory()
                let setup = Self.journal(dir)
                try setup.record(Self.edit(.summary, Self.summaryBefore))
                setup.close()

                let faults = FaultFileSystem(.fail(kind, at: n, code: code))
                let journal = Self.journal(dir, faults)
                var thrown: (any Error)?
                do { try journal.record(Self.edit(.summary, Self.summaryAfter)) } catch { thrown = error }
                if !faults.triggered {
                    #expect(thrown == nil)
                    break
                }
                reached = true
                if let thrown {
                    #expect("\(thrown)".contains(String(cString: strerror(code))))
                } else {
                    // Some failures are harmless (the probe for a stale lock file): then the edit is kept.
                    #expect(Self.pending(dir)?.edit(for: .summary)?.text == Self.summaryAfter, "a failed \(kind) #\(n) was not reported")
                    continue
                }
                // A failed sync comes after a complete write: the newer text may be read back, but is not promised.
                let allowed = kind == .sync ? [Self.summaryBefore, Self.summaryAfter] : [Self.summaryBefore]
                let after = Self.pending(dir)?.edit(for: .summary)?.text
                #expect(after.map(allowed.contains) == true, "a failed \(kind) #\(n) left \(after ?? "nothing")")
                try journal.record(Self.edit(.summary, "the next edit"))
                try journal.syncAll()
                journal.close()
                #expect(Self.pending(dir)?.edit(for: .summary)?.text == "the next edit", "after a failed \(kind) #\(n)")
            }
        }
    }
}
