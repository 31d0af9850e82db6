import DebriefCore
import Foundation
import Testing

/// `spentSeconds`: the time spent in a review's session, an integer in the file (#17 item 4).
@Suite("Review time spent")
struct ReviewSpentTimeTests {
    @Test("stored as an integer, read back by every road; an older file without it reads as nil and keeps its bytes")
    func storedAndRead() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        var review = SessionFixtures.review()
        review.spentSeconds = 2_533
        let saved = try store.save(review)
        let url = try store.fileURL(for: Review.self, id: saved.id)
        let text = String(decoding: try #require(StoreFixtures.fileBytes(url)), as: UTF8.self)
        #expect(text.contains("\"spentSeconds\" : 2533,"))
        #expect(try store.load(Review.self, id: saved.id)?.spentSeconds == 2_533)
        #expect(store.loadAll(Review.self).records.first?.spentSeconds == 2_533)

        var old = SessionFixtures.review()
        old.id = "acme-pos-r9"
        let oldSaved = try store.save(old)
        let oldURL = try store.fileURL(for: Review.self, id: oldSaved.id)
        let oldBytes = try #require(StoreFixtures.fileBytes(oldURL))
        #expect(!String(decoding: oldBytes, as: UTF8.self).contains("spentSeconds"))
        let read = try #require(try store.load(Review.self, id: oldSaved.id))
        #expect(read.spentSeconds == nil)
        #expect(try RecordCoding.encode(read) == oldBytes)
    }

    @Test("a file whose time spent is negative or past a year is refused by path, like any damaged number")
    func outOfRangeRefused() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        var review = SessionFixtures.review()
        review.spentSeconds = 5
        let saved = try store.save(review)
        let url = try store.fileURL(for: Review.self, id: saved.id)
        for bad in ["-1", "31536001", "9223372036854775807"] {
            let text = String(decoding: try #require(StoreFixtures.fileBytes(url)), as: UTF8.self)
                .replacingOccurrences(of: #""spentSeconds" : [-0-9]+"#, with: "\"spentSeconds\" : \(bad)", options: .regularExpression)
            try Data(text.utf8).write(to: url)
            let loaded = store.loadAll(Review.self)
            #expect(loaded.records.isEmpty, "\(bad)")
            #expect(loaded.problems.first?.reason.contains("spentSeconds") == true, "\(bad): \(loaded.problems)")
        }
    }

    @Test("two sittings saved at once both count; the sum is checked and stays in range")
    func mergeAddsUp() {
        var base = SessionFixtures.review()
        base.spentSeconds = 600
        var mine = base, theirs = base
        mine.spentSeconds = 900     // +300 here
        theirs.spentSeconds = 720   // +120 in another session
        #expect(ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged.spentSeconds == 1_020)
        base.spentSeconds = nil
        mine.spentSeconds = 30
        theirs.spentSeconds = nil
        #expect(ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged.spentSeconds == 30)
        mine.spentSeconds = RecordNumberRange.spentSeconds.upperBound
        theirs.spentSeconds = RecordNumberRange.spentSeconds.upperBound
        #expect(ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged.spentSeconds == RecordNumberRange.spentSeconds.upperBound)
        #expect(RecordNumberRange.adding(Int.max, toSpent: 10) == RecordNumberRange.spentSeconds.upperBound)
    }

    @Test("exports carry it: Markdown as a clock, CSV as seconds")
    func exports() {
        var review = SessionFixtures.review()
        review.spentSeconds = 2_533
        #expect(ReviewMarkdown.render(review, deal: SessionFixtures.deal()).contains("- **Time spent:** 42:13 (planned 30:00)"))
        let csv = ReviewExport.csv([review], deals: [:]).components(separatedBy: "\r\n")
        let header = csv[0].components(separatedBy: ",")
        let row = csv[1].components(separatedBy: ",")
        let column = header.firstIndex(of: "Seconds Spent")
        #expect(column.map { row[$0] } == "2533")
    }
}

/// The rep may take "prep ready" back until the session starts (#17 item 10); a merge keeps that step back.
@Suite("Prep ready taken back")
struct PrepReadyTakenBackTests {
    @Test func takingBackSurvivesAMergeAndStopsAtTheSession() throws {
        var base = SessionFixtures.review()
        try base.markPrepReady()
        var mine = base
        try mine.unmarkPrepReady()
        #expect(mine.status == .scheduled)
        var theirs = base
        theirs.answers[0].notes = "the manager's note, saved meanwhile"
        let merged = ReviewMerge.merge(base: base, mine: mine, theirs: theirs).merged
        #expect(merged.status == .scheduled)
        #expect(merged.answers[0].notes == "the manager's note, saved meanwhile")
        // Changed on both sides: the further one, as before.
        var started = base
        try started.start(at: Date(timeIntervalSince1970: 0))
        #expect(ReviewMerge.merge(base: base, mine: mine, theirs: started).merged.status == .inProgress)
        #expect(throws: ReviewLifecycleError.alreadyStarted) { try started.unmarkPrepReady() }
    }
}
