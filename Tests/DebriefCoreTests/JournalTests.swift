import DebriefCore
import Foundation
import Testing

@Suite("Journal: checksums and records")
struct JournalRecordTests {
    @Test("CRC-32 matches the standard check values")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        // Feeding in two parts gives the same as one.
        let whole = Array("hello, wörld".utf8)
        #expect(CRC32.checksum(whole[7...], startingWith: CRC32.checksum(whole[..<7])) == CRC32.checksum(whole))
    }

    @Test("a frame is length, checksum and payload, little-endian")
    func frameBytes() {
        let frame = JournalRecord.header(dataDirectory: "/d", reviewID: "r", dealID: nil).framed()
        let payload: [UInt8] = [1, 2, 0, 0, 0, 0x2F, 0x64, 1, 0, 0, 0, 0x72]
        let crc = CRC32.checksum(payload)
        #expect(frame == [12, 0, 0, 0] + [UInt8(crc & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 24)] + payload)
    }
}

@Suite("Journal: writing and recovery")
struct JournalTests {
    static let t0 = SessionFixtures.t0

    static func edit(_ field: ReviewTextField, _ text: String, seconds: Double = 0, review: String = "acme-pos-r1") -> JournalEdit {
        JournalEdit(reviewID: review, field: field, text: text, baseRevision: 1, time: t0.addingTimeInterval(seconds))
    }

    @Test("journals live in <state>/journal, outside the data dir, 0600 files in a 0700 folder even under umask 022")
    func placesAndModes() throws {
        let dir = TemporaryDirectory()
        let locations = DataLocations(dataDirectory: dir.path("data"), stateDirectory: dir.path("state", "debrief"), configDirectory: dir.path("config"))
        WideUmask.set()
        let journal = EditJournal(locations: locations)
        try journal.record(Self.edit(.notes(questionID: "story-timeline"), "Zoë's CFO 東京 🎉"))
        let file = journal.fileURL(reviewID: "acme-pos-r1")
        #expect(file.deletingLastPathComponent().path == dir.path("state", "debrief", "journal").path)
        #expect(!file.path.hasPrefix(locations.dataDirectory.path))
        #expect(StoreFixtures.mode(file) == 0o600)
        #expect(StoreFixtures.mode(file.deletingLastPathComponent()) == 0o700)
        #expect(!FileManager.default.fileExists(atPath: locations.dataDirectory.path))
        #expect(file.lastPathComponent == JournalFileName.name(dataDirectory: locations.dataDirectory, reviewID: "acme-pos-r1"))
        #expect(file.lastPathComponent.hasSuffix(".djournal"))
        journal.close()
    }

    @Test("recovery returns the latest text per field, per review, only for this data dir")
    func recover() throws {
        let dir = TemporaryDirectory()
        let state = dir.path("state")
        let data = dir.path("data"), other = dir.path("other")
        let journal = EditJournal(stateDirectory: state, dataDirectory: data)
        try journal.record(Self.edit(.notes(questionID: "q1"), "C"))
        try journal.record(Self.edit(.notes(questionID: "q1"), "CF", seconds: 1))
        try journal.record(Self.edit(.prepAnswer(questionID: "q2"), "prep ✍️"))
        try journal.record(Self.edit(.notes(questionID: "q1"), "CFO", seconds: 2))
        try journal.record(Self.edit(.summary, "sum", review: "b-r1"))
        let elsewhere = EditJournal(stateDirectory: state, dataDirectory: other)
        try elsewhere.record(Self.edit(.summary, "other data dir"))
        journal.close()
        elsewhere.close()

        let pending = JournalRecovery.recover(stateDirectory: state, dataDirectory: data)
        #expect(pending.map(\.reviewID) == ["acme-pos-r1", "b-r1"])
        #expect(pending[0].edits == [Self.edit(.notes(questionID: "q1"), "CFO", seconds: 2), Self.edit(.prepAnswer(questionID: "q2"), "prep ✍️")])
        #expect(pending[0].hadDamagedTail == false)
        #expect(pending[1].edits.map(\.text) == ["sum"])
        #expect(JournalRecovery.recover(stateDirectory: state, dataDirectory: other).map { $0.edits.map(\.text) } == [["other data dir"]])
    }

    @Test("truncated at every byte offset, recovery returns a valid prefix and never crashes")
    func truncation() throws {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        let journal = EditJournal(stateDirectory: dir.path("state"), dataDirectory: data)
        let texts = ["A", "Ab", "Abc é", "Abc é 中文", "Abc é 中文 👍🏽"]
        for (index, text) in texts.enumerated() { try journal.record(Self.edit(.notes(questionID: "q"), text, seconds: Double(index))) }
        journal.close()
        let file = journal.fileURL(reviewID: "acme-pos-r1")
        let bytes = Array(try Data(contentsOf: file))
        var seen: [String?] = []
        for length in 0...bytes.count {
            let pending = JournalRecoveryProbe.pending(Array(bytes[..<length]), data: data)
            let text = pending?.edits.first?.text
            if let text { #expect(texts.contains(text)) }
            #expect((pending?.hadDamagedTail ?? false) == (length < bytes.count && pending != nil && !isFrameBoundary(length, bytes)))
            seen.append(text)
        }
        // Longer prefixes never recover older text, and the whole file gives the last text.
        let indices = seen.compactMap { $0.flatMap { texts.firstIndex(of: $0) } }
        #expect(indices == indices.sorted())
        #expect(seen.last == "Abc é 中文 👍🏽")
        #expect(Set(seen.compactMap { $0 }) == Set(texts))
    }

    /// Whether a file cut at `length` ends exactly after a whole frame.
    func isFrameBoundary(_ length: Int, _ bytes: [UInt8]) -> Bool {
        JournalRecord.readValidPrefix(Array(bytes[..<length])).validLength == length
    }

    @Test("a flipped byte anywhere stops recovery at the damaged record, never crashes")
    func flippedBytes() throws {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        let journal = EditJournal(stateDirectory: dir.path("state"), dataDirectory: data)
        let texts = ["one", "one two", "one two three"]
        for text in texts { try journal.record(Self.edit(.notes(questionID: "q"), text)) }
        journal.close()
        let bytes = Array(try Data(contentsOf: journal.fileURL(reviewID: "acme-pos-r1")))
        let (records, _) = JournalRecord.readValidPrefix(bytes)
        #expect(records.count == 4)
        for offset in bytes.indices {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[offset] ^= mask
                let pending = JournalRecoveryProbe.pending(damaged, data: data)
                if let text = pending?.edits.first?.text { #expect(texts.contains(text)) }
                let (valid, length) = JournalRecord.readValidPrefix(damaged)
                #expect(length <= offset || valid.count == 4 && length == bytes.count && offset < 0)
            }
        }
    }

    @Test("after a save the covered text leaves the journal; later typing stays; an empty journal is removed")
    func compactOnSave() throws {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        let journal = EditJournal(stateDirectory: dir.path("state"), dataDirectory: data)
        var review = SessionFixtures.review()
        let q0 = review.answers[0].questionId, q1 = review.answers[1].questionId
        try journal.record(JournalEdit(reviewID: review.id, field: .notes(questionID: q0), text: "saved text", baseRevision: 0, time: Self.t0))
        try journal.record(JournalEdit(reviewID: review.id, field: .notes(questionID: q1), text: "typed after", baseRevision: 0, time: Self.t0))
        review.answers[0].notes = "saved text"
        try journal.saved(review)
        let left = JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: data)
        #expect(left.map { $0.edits.map(\.text) } == [["typed after"]])
        // Appending after a compaction goes to the new file.
        try journal.record(JournalEdit(reviewID: review.id, field: .notes(questionID: q1), text: "typed after, more", baseRevision: 0, time: Self.t0))
        review.answers[1].notes = "typed after, more"
        try journal.saved(review)
        #expect(!FileManager.default.fileExists(atPath: journal.fileURL(reviewID: review.id).path))
        #expect(JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: data).isEmpty)
    }

    @Test("reopening a journal with a torn tail keeps the valid records and appends after them")
    func reopenAfterCrash() throws {
        let dir = TemporaryDirectory()
        let data = dir.path("data")
        let first = EditJournal(stateDirectory: dir.path("state"), dataDirectory: data)
        try first.record(Self.edit(.notes(questionID: "q"), "before crash"))
        first.close()
        let file = first.fileURL(reviewID: "acme-pos-r1")
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x40, 0, 0, 0, 1, 2]))  // a torn frame
        try handle.close()
        #expect(JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: data).first?.hadDamagedTail == true)
        let second = EditJournal(stateDirectory: dir.path("state"), dataDirectory: data)
        try second.record(Self.edit(.prepAnswer(questionID: "q"), "after restart"))
        second.close()
        let pending = try #require(JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: data).first)
        #expect(pending.edits.map(\.text) == ["before crash", "after restart"])
        #expect(!pending.hadDamagedTail)
    }

    @Test("the offer shows saved vs recovered text, skips what was saved, and restores without dropping newer saves")
    func offer() throws {
        var review = SessionFixtures.review()
        review.revision = 3
        review.answers[0].notes = "CFO"
        review.answers[1].notes = "same"
        let pending = PendingReviewEdits(reviewID: review.id, file: URL(fileURLWithPath: "/j"), edits: [
            JournalEdit(reviewID: review.id, field: .notes(questionID: review.answers[0].questionId), text: "CFO and COO", baseRevision: 3, time: Self.t0),
            JournalEdit(reviewID: review.id, field: .notes(questionID: review.answers[1].questionId), text: "same", baseRevision: 3, time: Self.t0),
            JournalEdit(reviewID: review.id, field: .summary, text: "Won on the reference call", baseRevision: 2, time: Self.t0),
        ], hadDamagedTail: false)
        review.summary = "Saved elsewhere"
        let offers = RecoveryOffer.offers(from: [pending], reviews: [review])
        let offer = try #require(offers.first)
        #expect(offer.fields.map(\.label) == [review.answers[0].wording, "Summary"])
        #expect(offer.fields.map(\.savedText) == ["CFO", "Saved elsewhere"])
        #expect(offer.fields.map(\.recoveredText) == ["CFO and COO", "Won on the reference call"])
        #expect(offer.canRestore)
        let restored = offer.restored(into: review, at: Self.t0)
        #expect(restored.answers[0].notes == "CFO and COO")
        #expect(restored.summary == "Won on the reference call\n\n--- other version (saved by another session) ---\nSaved elsewhere")
        #expect(restored.revision == 3)
        #expect(RecoveryOffer.offers(from: [pending], reviews: [restored]).isEmpty)
    }
}

/// Reads a journal's bytes the way recovery does, through a real file.
enum JournalRecoveryProbe {
    static func pending(_ bytes: [UInt8], data: URL) -> PendingReviewEdits? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID().uuidString).djournal")
        defer { try? FileManager.default.removeItem(at: url) }
        guard (try? Data(bytes).write(to: url)) != nil else { return nil }
        return JournalRecovery.read(url, dataDirectory: data)
    }
}

@Suite("Journal: the deal a review is about")
struct JournalDealTests {
    @Test("the header names the deal, and every recovered edit and offer carries it")
    func headerNamesTheDeal() throws {
        let dir = TemporaryDirectory()
        let journal = EditJournal(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"))
        // An id that does not follow "<deal>-r<n>": the deal must come from the journal, not the id.
        try journal.record(JournalEdit(reviewID: "imported-42", dealID: "acme-pos", field: .summary, text: "typed, never saved",
                                       baseRevision: 0, time: JournalTests.t0))
        journal.close()
        let pending = JournalRecovery.recover(stateDirectory: dir.path("state"), dataDirectory: dir.path("data"))
        #expect(pending.map(\.dealID) == ["acme-pos"])
        #expect(pending.first?.edits.map(\.dealID) == ["acme-pos"])
        #expect(RecoveryOffer.offers(from: pending, reviews: []).map(\.dealID) == ["acme-pos"])
    }

    @Test("a header written before the deal was recorded still reads, with no deal")
    func olderHeaderStillReads() {
        func journal(_ payload: [UInt8]) -> [JournalRecord] {
            var bytes = JournalRecord.magic
            let crc = CRC32.checksum(payload)
            bytes += [UInt8(payload.count), 0, 0, 0] + [UInt8(crc & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 24)]
            return JournalRecord.readValidPrefix(bytes + payload).records
        }
        let old: [UInt8] = [1] + [2, 0, 0, 0] + Array("/d".utf8) + [1, 0, 0, 0] + Array("r".utf8)
        #expect(journal(old) == [.header(dataDirectory: "/d", reviewID: "r", dealID: nil)])
        let new = old + [4, 0, 0, 0] + Array("deal".utf8)
        #expect(journal(new) == [.header(dataDirectory: "/d", reviewID: "r", dealID: "deal")])
        #expect(JournalRecord.header(dataDirectory: "/d", reviewID: "r", dealID: "deal").framed() == Array(journal(new).first?.framed() ?? []))
        // Anything after the deal id is damage, not a header.
        #expect(journal(new + [0]).isEmpty)
    }
}
