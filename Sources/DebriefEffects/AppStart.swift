import DebriefCore
import DebriefUI
import Foundation

/// What the app shows at start besides the data: the text a crash or a kill left in the journal
/// (offered back first, to restore or discard) and the team sync's status. The terminal app and
/// the in-process tests start the same way.
public enum AppStart {
    public static func prepare(_ state: inout AppState, dataDirectory: URL, locations: DataLocations) {
        state.dataDirectory = dataDirectory.path
        // The reviews are decoded for this only when there is something to offer.
        let pending = JournalRecovery.recover(stateDirectory: locations.stateDirectory, dataDirectory: dataDirectory)
        state.recoveryOffers = pending.isEmpty ? [] : RecoveryOffer.offers(from: pending, reviews: state.data.reviews)
        if !state.recoveryOffers.isEmpty { state.overlay = .recovery }
        // Team sync, when the data directory is a git repository with a remote. A broken config
        // is reported by the theme loader; here it only means no auto-sync.
        if let status = SyncStatus.read(root: dataDirectory) {
            let config = (try? AppConfig.load(from: AppConfig.file(in: locations.configDirectory))) ?? AppConfig()
            state.sync = SyncIndicator(status: status, autoMinutes: config.syncAutoMinutes)
        }
    }
}
