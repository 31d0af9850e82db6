import DebriefCore
import Foundation
import Synchronization

/// Says once per run, on standard error, that the data directory can be read by other users.
/// Reviews are private conversations; `debrief check` lists the same as a problem.
enum DataDirectoryWarning {
    private static let warned = Atomic<Bool>(false)

    static func warnOnce(_ locations: DataLocations) {
        guard let line = locations.permissionWarning, !warned.exchange(true, ordering: .relaxed) else { return }
        FileHandle.standardError.write(Data((terminalSafe(line) + "\n").utf8))
    }
}
