import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation
import Testing

/// The one effect performer on a real data directory: failures come back typed, reviews always
/// save through the merging saver, and a snapshot's performer writes nothing.
@Suite("Store performer")
struct StorePerformerTests {
    /// Performs one effect and waits for its answer.
    func settle(_ performer: StorePerformer, _ effect: Effect) -> [Msg] {
        let now = performer.perform(effect, editor: { _ in .failure(EditorFailure("no editor in this test")) })
        performer.waitUntilIdle()
        return now + performer.takeFinished()
    }

    @Test func aStaleDealSaveIsATypedConflictWithTheSameSentence() throws {
        let app = try HeadlessApp(width: 100, height: 30, deals: 6, reviews: 0)
        var loaded = try #require(app.store.loadAll(Deal.self).records.first)
        var elsewhere = loaded
        elsewhere.notes = "changed by another machine"
        try app.store.save(elsewhere)
        loaded.notes = "changed here"
        let answers = settle(app.performer, .save(.deal(loaded)))
        guard case .saveFailed(_, let failure)? = answers.first else {
            Issue.record("expected a refused save, got \(answers)")
            return
        }
        guard case .staleRevision(let path) = failure.kind else {
            Issue.record("expected a conflict, got \(failure.kind)")
            return
        }
        #expect(path.hasSuffix("deals/\(loaded.id).json"))
        #expect(failure.message.hasPrefix("could not save: ") && failure.message.contains("was changed elsewhere"))
    }

    @Test func aFolderThatCannotBeWrittenIsADiskFailureWithErrnoAndPath() throws {
        let app = try HeadlessApp(width: 100, height: 30, deals: 6, reviews: 0)
        var deal = try #require(app.store.loadAll(Deal.self).records.first)
        // A file where the deals folder should be: no save can go through it.
        let folder = app.dataDirectory.appendingPathComponent("deals")
        try FileManager.default.removeItem(at: folder)
        try Data("not a folder".utf8).write(to: folder)
        deal.revision = 0
        deal.id = "brand-new"
        let answers = settle(app.performer, .save(.deal(deal)))
        guard case .saveFailed(_, let failure)? = answers.first else {
            Issue.record("expected a refused save, got \(answers)")
            return
        }
        guard case .disk(let errno, let path) = failure.kind else {
            Issue.record("expected a disk failure, got \(failure.kind): \(failure.message)")
            return
        }
        #expect(errno != 0 && path.contains("deals"), "\(failure.message)")
    }

    @Test func tickingAnActionItemOffMergesWithAReviewChangedElsewhere() throws {
        let app = try HeadlessApp(width: 120, height: 40, deals: 40, reviews: 12, asOf: "2026-11-28")
        var screen = app.type("3")
        #expect(screen.contains("Debrief · Action items"), "\(screen)")
        let selected = try #require(app.state.archive.actions.items.first)
        // Another session saves the same review (a new summary) after this one loaded it.
        var elsewhere = try #require(try app.store.load(Review.self, id: selected.review.id))
        elsewhere.summary = "Summary written on the manager's other laptop"
        try app.store.save(elsewhere)

        screen = app.type("x")
        let onDisk = try #require(try app.store.load(Review.self, id: selected.review.id))
        #expect(onDisk.summary == "Summary written on the manager's other laptop")
        #expect(onDisk.actionItems.first { $0.id == selected.item.id }?.done == true)
        #expect(!screen.contains("was changed elsewhere"), "\(screen)")
        #expect(app.state.unsaved.isEmpty)
    }

    @Test func aSnapshotsPerformerWritesNothingAndAnswersNothing() throws {
        let app = try HeadlessApp(width: 100, height: 30, deals: 6, reviews: 0)
        var deal = try #require(app.store.loadAll(Deal.self).records.first)
        deal.notes = "must not be written"
        let readOnly = StorePerformer(store: app.store, journal: app.journal, options: .readOnly)
        #expect(settle(readOnly, .save(.deal(deal))).isEmpty)
        #expect(settle(readOnly, .exportMarkdown(reviewID: "x", path: app.scratch.appendingPathComponent("x.md").path)).isEmpty)
        #expect(try app.store.load(Deal.self, id: deal.id)?.notes != "must not be written")
        guard case .loaded(let data)? = settle(readOnly, .load).first else {
            Issue.record("a snapshot still reloads")
            return
        }
        #expect(data.deals.count == 6)
    }
}
