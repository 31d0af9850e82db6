import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation

/// What the interactive app and `snapshot` share: picking the theme and loading the data.
struct AppLaunch {
    var locations: DataLocations
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The keys with config.toml's rebindings, and each that could not be used (`StartSettings`).
    func keymap() -> (keymap: Keymap, problems: [String]) {
        StartSettings.keymap(locations: locations)
    }

    /// The theme from `--theme`, else config.toml, else the default, with any problem as a message.
    func theme(named option: String?, depth: ColorDepth) -> (theme: Theme, problems: [String]) {
        StartSettings.theme(named: option, depth: depth, locations: locations)
    }

    /// The demo team in memory, for snapshots (nothing written).
    static func demoData(seed: UInt64 = 1) -> AppData {
        let team = DemoTeam(.init(seed: seed, asOf: Today.day()))
        return AppData(deals: team.deals, reviews: team.reviews)
    }

    /// Writes a fresh demo team into a new temporary directory, so the app can save into it without
    /// ever touching the user's real data.
    static func writeDemoTeam(seed: UInt64 = 1) throws -> URL {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("debrief-demo-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))", isDirectory: true)
        try DemoTeam(.init(seed: seed, asOf: Today.day())).write(to: directory)
        return directory
    }
}
