import DebriefCore
import DebriefEffects
import DebriefTerminal
import DebriefUI
import Foundation

extension AppLaunch {
    /// Runs the app in the terminal: the program loop over curses, its effects performed against
    /// `store` with a crash journal in the state directory.
    static func runInTerminal(_ state: AppState, store: RecordStore, locations: DataLocations) throws -> Program.Outcome {
        var journalLocations = locations
        journalLocations.dataDirectory = store.root
        let journal = EditJournal(locations: journalLocations)
        defer { journal.close() }
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
        if let status = SyncStatus.read(root: store.root) {
            let config = (try? AppConfig.load(from: AppConfig.file(in: locations.configDirectory))) ?? AppConfig()
            state.sync = SyncIndicator(status: status, autoMinutes: config.syncAutoMinutes)
        }
        let backend = CursesBackend()
        try backend.start()
        defer { backend.stop() }
        return Program(state: state, backend: backend, performer: StorePerformer(store: store, journal: journal)).run()
    }
}
