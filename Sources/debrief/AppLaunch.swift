import DebriefCore
import DebriefUI
import Foundation

/// What the interactive app and `snapshot` share: picking the theme and loading the data.
struct AppLaunch {
    var locations: DataLocations
    var environment: [String: String] = ProcessInfo.processInfo.environment

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
        if let error { problems.append("\(error.description); using \(ThemeCatalog.defaultThemeName)") }
        return (theme.degraded(to: depth), problems)
    }

    /// Deals and reviews from the store; unreadable files come back as problems, never as a crash.
    static func load(from store: RecordStore) -> AppData {
        // The record index (a cache under $XDG_CACHE_HOME) makes start-up fast on large teams;
        // it is checked file by file, so it never serves a record that changed on disk.
        let workspace = Workspace.load(from: store, locations: DataLocations.resolve(dataDirOption: store.root.path))
        var problems = workspace.problems
        var curation = PlaybookCuration()
        do {
            curation = try PlaybookCurationStore(root: store.root).load()
        } catch {
            problems.append(LoadProblem(path: PlaybookCurationStore(root: store.root).fileURL.path, reason: "\(error)"))
        }
        // Conflicts a sync left for a person to choose; a broken file is a problem like any other.
        let pending = PendingConflictStore(root: store.root).loadAll()
        var data = AppData(deals: workspace.deals, problems: problems + pending.problems, questions: workspace.questions, curation: curation)
        // Handed on undecoded: the board's first frame needs only each review's deal and status.
        data.loadedReviews = workspace.loadedReviews
        data.conflicts = pending.conflicts
        return data
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
