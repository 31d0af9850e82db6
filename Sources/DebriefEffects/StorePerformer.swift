import DebriefCore
import DebriefUI
import Foundation

/// The one effect performer: carries out the app's effects against the data directory, for the
/// terminal app, `debrief snapshot` and the tests alike.
///
/// - The crash journal is appended on the UI thread, before the next key is read: a `write` of one
///   small frame, which is what makes `kill -9` lose nothing typed (it syncs at most every 250 ms).
/// - Writes (saves, the playbook, exports, conflict choices, journal removal) and reloads run in
///   order on one serial queue off the UI thread and answer with a message; a reload queued after
///   a save sees it, an export after a save finds the review.
/// - A team sync and the search-text fold run on threads of their own, so they never hold up a save.
/// - Before `$EDITOR` opens and before the program ends the journal is synced; the program ends
///   only once every write started has finished.
public final class StorePerformer: EffectPerformer, @unchecked Sendable {
    public struct Options: Sendable {
        /// False for `debrief snapshot`: nothing is written (saves, journal, exports, choices are
        /// dropped unanswered) and no sync or fold starts.
        public var writes: Bool
        /// Whether the team sync and the search fold run (off for snapshots: their searches fold as they go).
        public var backgroundWork: Bool
        /// Extra environment for git during a team sync (tests give identities and HOME here).
        public var syncEnvironment: [String: String]

        public init(writes: Bool = true, backgroundWork: Bool = true, syncEnvironment: [String: String] = [:]) {
            self.writes = writes
            self.backgroundWork = backgroundWork
            self.syncEnvironment = syncEnvironment
        }

        /// Loads but never writes: what `debrief snapshot` uses.
        public static let readOnly = Options(writes: false, backgroundWork: false)
    }

    private let store: RecordStore?
    private let journal: EditJournal?
    private let load: @Sendable () -> AppData
    private let options: Options
    private let writes = DispatchQueue(label: "debrief-effects")
    private let inbox = EffectInbox()

    /// `load` gives the data a reload shows (`AppDataLoader.load(from: store)`, or the demo team).
    /// Without a store nothing can be written, whatever `options` say.
    public init(store: RecordStore?, journal: EditJournal?, options: Options = Options(), load: @escaping @Sendable () -> AppData) {
        self.store = store
        self.journal = journal
        self.options = options
        self.load = load
    }

    /// The performer for the app on `store`, reloading from it.
    public convenience init(store: RecordStore, journal: EditJournal?, options: Options = Options()) {
        self.init(store: store, journal: journal, options: options) { AppDataLoader.load(from: store) }
    }

    public func perform(_ effect: Effect, editor: (String) -> Result<String, EditorFailure>) -> [Msg] {
        switch effect {
        case .load:
            let load = self.load
            onWriteQueue { [.loaded(load())] }
        case .openEditor(let text):
            // The journal holds everything typed before the editor takes the terminal.
            try? journal?.syncAll()
            switch editor(text) {
            case .success(let edited): return [.editorFinished(edited)]
            case .failure(let failure): return [.editorFinished(nil), .effectFailed(EffectFailure(.other, failure.message.prefix(1).uppercased() + failure.message.dropFirst()))]
            }
        case .journal(let edit):
            guard options.writes, let journal else { return [] }
            do {
                try journal.record(edit)
                try journal.syncIfDue()
            } catch {
                return [.effectFailed(EffectFailure(error, prefix: "could not journal typed text: "))]
            }
        case .save(let request):
            guard options.writes, let store else { return [] }
            switch request {
            case .deal(let deal, let base):
                onWriteQueue {
                    do {
                        return [.saved(.deal(try store.save(deal, base: base)))]
                    } catch let conflict as StaleRevision<Deal> {
                        // The answer carries what is on disk now as the new base, so the form can
                        // show it and a deliberate second save goes over that version, not blindly.
                        return [.saveFailed(.deal(deal, base: conflict.theirs), EffectFailure(conflict, prefix: "could not save: "))]
                    } catch {
                        return [.saveFailed(request, EffectFailure(error, prefix: "could not save: "))]
                    }
                }
            case .review(let review):
                saveReview(review, base: nil, store: store)
            }
        case .saveReview(let review, let base):
            guard options.writes, let store else { return [] }
            saveReview(review, base: base, store: store)
        case .savePlaybook(let curation):
            guard options.writes, let store else { return [] }
            onWriteQueue {
                do {
                    return [.playbookSaved(try PlaybookCurationStore(root: store.root).save(curation))]
                } catch {
                    return [.playbookSaveFailed(EffectFailure(error))]
                }
            }
        case .discardJournal(let reviewID):
            guard options.writes, let journal else { return [] }
            onWriteQueue {
                do {
                    try journal.discard(reviewID: reviewID)
                    return []
                } catch {
                    return [.effectFailed(EffectFailure(error, prefix: "could not remove the journal of \(reviewID): "))]
                }
            }
        case .exportMarkdown(let reviewID, let path):
            guard options.writes, let store else { return [] }
            onWriteQueue { [MarkdownExportFile.write(reviewID: reviewID, to: path, store: store)] }
        case .resolveConflict(let request):
            guard options.writes, let store else { return [] }
            onWriteQueue { [ConflictChoiceRunner.perform(request, store: store)] }
        case .sync:
            guard options.writes, options.backgroundWork, let root = store?.root else { return [] }
            let environment = options.syncEnvironment
            onThread(named: "debrief-sync") { [.syncFinished(TeamSyncWorker.sync(root: root, environment: environment))] }
        case .foldSearchText(let deals):
            guard options.backgroundWork else { return [] }
            onThread(named: "debrief-search-fold") { [.searchTextFolded(DealSearchText(deals: deals))] }
        case .lookAtReviewFile(let reviewID, let since):
            // On the write queue: after every save sent before it, before any sent after it.
            guard let store else { return [] }
            onWriteQueue { [.reviewFileLooked(reviewID: reviewID, store.look(at: Review.self, id: reviewID, since: since))] }
        case .quit:
            finish()
        }
        return []
    }

    /// One road for every review save: the merging saver, then the journal forgets what it holds.
    private func saveReview(_ review: Review, base: Review?, store: RecordStore) {
        let journal = self.journal
        onWriteQueue {
            do {
                let outcome = try ReviewSaver(store: store).save(review, base: base)
                try? journal?.saved(outcome.saved)
                return [.reviewSaved(outcome)]
            } catch {
                return [.reviewSaveFailed(reviewID: review.id, EffectFailure(error))]
            }
        }
    }

    public func takeFinished() -> [Msg] { inbox.take() }

    public func waitUntilIdle() { inbox.waitUntilIdle() }

    public func finish() {
        writes.sync {}
        try? journal?.syncAll()
    }

    private func onWriteQueue(_ work: @escaping @Sendable () -> [Msg]) {
        let inbox = self.inbox
        inbox.begin()
        writes.async { inbox.deliver(work()) }
    }

    private func onThread(named name: String, _ work: @escaping @Sendable () -> [Msg]) {
        let inbox = self.inbox
        inbox.begin()
        let thread = Thread { inbox.deliver(work()) }
        thread.name = name
        thread.start()
    }
}
