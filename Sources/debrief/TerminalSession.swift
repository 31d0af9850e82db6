import DebriefCore
import DebriefTerminal
import DebriefUI
import Foundation

extension AppLaunch {
    /// Runs the app in the terminal, performing its effects against `store`: saves (reviews through
    /// the merging saver), the crash journal, exports, reloads.
    static func runInTerminal(_ state: AppState, store: RecordStore, locations: DataLocations) throws -> TerminalRunner.Outcome {
        var journalLocations = locations
        journalLocations.dataDirectory = store.root
        let journal = EditJournal(locations: journalLocations)
        defer { journal.close() }
        let saver = ReviewSaver(store: store)
        var state = state
        // Text typed before a crash or a kill comes back first, for the user to restore or discard.
        // The reviews are decoded for this only when there is something to offer.
        let pending = JournalRecovery.recover(stateDirectory: journalLocations.stateDirectory, dataDirectory: store.root)
        state.recoveryOffers = pending.isEmpty ? [] : RecoveryOffer.offers(from: pending, reviews: state.data.reviews)
        if !state.recoveryOffers.isEmpty { state.overlay = .recovery }
        // The board is drawn from review summaries; decode the whole reviews once it is on screen, so
        // that opening a deal or the archive does not wait for them.
        let reviews = state.data.loadedReviews
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) { reviews.decodeInBackground() }
        // Team sync, when the data directory is a git repository with a remote. A broken config
        // is reported by the theme loader; here it only means no auto-sync.
        let background = BackgroundInbox()
        if let status = SyncStatus.read(root: store.root) {
            let config = (try? AppConfig.load(from: AppConfig.file(in: locations.configDirectory))) ?? AppConfig()
            state.sync = SyncIndicator(status: status, autoMinutes: config.syncAutoMinutes)
        }
        return try TerminalRunner().run(state, incoming: { background.take() }) { effect in
            switch effect {
            case .load:
                return [.loaded(AppLaunch.load(from: store))]
            case .save(let request):
                do {
                    switch request {
                    case .deal(let deal): return [.saved(.deal(try store.save(deal)))]
                    case .review(let review): return [.saved(.review(try store.save(review)))]
                    }
                } catch {
                    return [.saveFailed(request, "could not save: \(error)")]
                }
            case .saveReview(let review, let base):
                do {
                    let outcome = try saver.save(review, base: base)
                    try? journal.saved(outcome.saved)
                    return [.reviewSaved(outcome)]
                } catch {
                    return [.reviewSaveFailed("\(error)")]
                }
            case .journal(let edit):
                do {
                    try journal.record(edit)
                    try journal.syncIfDue()
                    return []
                } catch {
                    return [.effectFailed("could not journal typed text: \(error)")]
                }
            case .savePlaybook(let curation):
                do {
                    return [.playbookSaved(try PlaybookCurationStore(root: store.root).save(curation))]
                } catch {
                    return [.playbookSaveFailed("\(error)")]
                }
            case .discardJournal(let reviewID):
                do {
                    try journal.discard(reviewID: reviewID)
                    return []
                } catch {
                    return [.effectFailed("could not remove the journal of \(reviewID): \(error)")]
                }
            case .exportMarkdown(let reviewID, let path):
                return [MarkdownExportFile.write(reviewID: reviewID, to: path, store: store)]
            case .sync:
                let root = store.root
                background.run(named: "debrief-sync") { .syncFinished(TeamSyncWorker.sync(root: root)) }
                return []
            case .foldSearchText(let deals):
                background.run(named: "debrief-search-fold") { .searchTextFolded(DealSearchText(deals: deals)) }
                return []
            case .resolveConflict(let request):
                return [ConflictChoiceRunner.perform(request, store: store)]
            case .openEditor, .quit:
                try? journal.syncAll()
                return []
            }
        }
    }
}
