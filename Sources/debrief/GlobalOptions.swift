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
}
