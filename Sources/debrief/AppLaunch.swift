import DebriefCore
import DebriefUI
import Foundation

/// What the interactive app and `snapshot` share: picking the theme and loading the data.
struct AppLaunch {
    var locations: DataLocations
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The keys: the defaults with config.toml's `[keys.CONTEXT]` rebindings, and each rebinding
    /// that could not be used (file, line, what is wrong), which keeps its default keys.
    func keymap() -> (keymap: Keymap, problems: [String]) {
        let result = KeyConfig.load(from: AppConfig.file(in: locations.configDirectory), defaults: .standard)
        return (result.keymap, result.problems.map(\.description))
    }

    /// The theme from `--theme`, else config.toml, else the default — with any problem as a
    /// message, because a broken theme must never stop the app.
    func theme(named option: String?, depth: ColorDepth) -> (theme: Theme, problems: [String]) {
        var problems: [String] = []
        var name = option
        if name == nil {
            do {
                name = try AppConfig.load(from: AppConfig.file(in: locations.configDirectory)).theme
            } catch {
                problems.append(error.description)
            }
        }
        let catalog = ThemeCatalog.load(userThemesDirectory: ThemeCatalog.userThemesDirectory(locations))
        let (theme, error) = catalog.themeOrDefault(named: name)
        // What is used instead comes first: at 80 columns the list of known themes is what gets cut.
        if let error { problems.append("Using \(ThemeCatalog.defaultThemeName): \(error.description)") }
        return (theme.degraded(to: depth), problems)
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
