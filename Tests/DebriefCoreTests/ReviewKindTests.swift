import DebriefCore
import Foundation
import Testing

/// No-decision deals have their own kind of review (#17 item 7): stored as `no-decision`, headed
/// "No-decision review", and never told "even though we won". Older files said `loss`.
@Suite("Review kinds: win, loss, no decision")
struct ReviewKindTests {
    @Test("a no-decision deal's new review is stored as no-decision and reads back from disk")
    func storedAsNoDecision() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        let saved = try store.save(SessionFixtures.review(outcome: .noDecision))
        let text = String(decoding: try #require(StoreFixtures.fileBytes(try store.fileURL(for: Review.self, id: saved.id))), as: UTF8.self)
        #expect(text.contains("\"kind\" : \"no-decision\""))
        #expect(try store.load(Review.self, id: saved.id)?.kind == .noDecision)
        #expect(store.loadAll(Review.self).records.map(\.kind) == [.noDecision])
    }

    @Test("an older file that filed a no-decision deal as loss still reads, and is headed for what the deal was")
    func olderFileHeadedByDeal() throws {
        let dir = TemporaryDirectory()
        let store = RecordStore(root: dir.url)
        var old = SessionFixtures.review(outcome: .noDecision)
        old.kind = .loss
        old.fineTuning = [FineTuningPoint(id: "t1", text: "Ask who owns the budget")]
        let saved = try store.save(old)
        let read = try #require(try store.load(Review.self, id: saved.id))
        #expect(read.kind == .loss)
        let deal = SessionFixtures.deal(outcome: .noDecision)
        #expect(ReviewKind.of(read, deal: deal) == .noDecision)
        // Without the deal, the no-decision questions still tell.
        #expect(ReviewKind.of(read, deal: nil) == .noDecision)
        let markdown = ReviewMarkdown.render(read, deal: deal)
        #expect(markdown.hasPrefix("# No-decision review: "))
        #expect(!markdown.contains("Loss review"))
        #expect(!markdown.contains("even though we won"))
        #expect(markdown.contains("## Fine-tuning: what we would do to get a decision next time\n\n- Ask who owns the budget"))
        #expect(ReviewExport.csv([read], deals: [deal.id: deal]).contains(",no-decision,"))
    }

    @Test("a lost deal's write-up is a loss review whose fine-tuning is not 'even though we won'")
    func lostDeal() {
        var review = SessionFixtures.review(outcome: .lost)
        review.fineTuning = [FineTuningPoint(id: "t1", text: "Bring the CFO in earlier")]
        let markdown = ReviewMarkdown.render(review, deal: SessionFixtures.deal(outcome: .lost))
        #expect(markdown.hasPrefix("# Loss review: "))
        #expect(!markdown.contains("even though we won"))
        #expect(markdown.contains("## Fine-tuning: what we would do differently next time we compete"))
    }
}

/// A note written in two paragraphs exports as two (#17 item 10): each is its own paragraph of
/// the list item, apart from the "Notes:" label, with a truly empty line between them.
@Suite("Markdown export: paragraphs of a note")
struct MarkdownParagraphTests {
    @Test func aTwoParagraphNoteIsTwoParagraphs() {
        var review = SessionFixtures.review()
        review.answers[0].notes = "Budget moved to Q3.\n\nThe CFO wants a pilot first.\r\n   \nKeep <b>it</b> short"
        let markdown = ReviewMarkdown.render(review, deal: SessionFixtures.deal())
        #expect(markdown.contains("""
          - Notes:

            Budget moved to Q3.

            The CFO wants a pilot first.

            Keep &lt;b>it&lt;/b> short
        """), "\(markdown)")
    }
}
