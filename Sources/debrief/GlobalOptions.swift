import ArgumentParser
import DebriefCore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp("Data directory (default: $DEBRIEF_DATA_DIR, else $XDG_DATA_HOME/debrief).", valueName: "DIR"))
    var dataDir: String?

    var locations: DataLocations { DataLocations.resolve(dataDirOption: dataDir) }
    var store: RecordStore {
        let locations = locations
        DataDirectoryWarning.warnOnce(locations)
        return RecordStore(root: locations.dataDirectory)
    }

    /// The store for a command that only reads: a data directory named on purpose (`--data-dir` or
    /// `DEBRIEF_DATA_DIR`) must exist, or a mistyped path would read as an empty team. The default
    /// folder may be missing on first use; the command then says how to start.
    func existingStore(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> RecordStore {
        let path = locations.dataDirectory.path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw UserFacingError("\(path) is a file, not a data directory: pass the folder that holds deals/ and reviews/")
            }
            return store
        }
        let named = (dataDir.map { !$0.isEmpty } ?? false) || !(environment["DEBRIEF_DATA_DIR"] ?? "").isEmpty
        guard named else { return store }
        throw UserFacingError("there is no data directory at \(path). Check the path (from --data-dir or DEBRIEF_DATA_DIR); "
            + "`debrief init --dir \(path)` creates an empty one, `debrief import FILE --data-dir \(path)` fills one from a CRM export")
    }
}
