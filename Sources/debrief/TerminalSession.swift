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
        AppStart.prepare(&state, dataDirectory: store.root, locations: journalLocations)
        // The board is drawn from review summaries; decode the whole reviews once it is on screen, so
        // that opening a deal or the archive does not wait for them.
        let reviews = state.data.loadedReviews
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.5) { reviews.decodeInBackground() }
        // A broken config is reported by the theme loader; here it only means the mouse stays on.
        let config = (try? AppConfig.load(from: AppConfig.file(in: locations.configDirectory))) ?? AppConfig()
        let backend = CursesBackend(mouse: config.mouse)
        try backend.start()
        defer { backend.stop() }
        let program = Program(state: state, backend: backend, performer: StorePerformer(store: store, journal: journal))
        // Twice a second: an open review's file is looked at on each tick, so a change made
        // elsewhere (the rep's prep, a sync) shows within about a second.
        program.tickInterval = 0.5
        return program.run()
    }
}
