import DebriefCore
import DebriefUI
import Foundation

/// The user's settings the app starts with: the theme (`--theme`, else config.toml, else the
/// default) and the keys (the defaults with config.toml's `[keys.CONTEXT]` rebindings). A broken
/// setting never stops the app: each problem is a message (file, line, what is wrong) and the
/// default stays in force. The terminal app, `snapshot`, prep and the in-process tests share it.
public enum StartSettings {
    /// The theme, and what was wrong with the one asked for.
    public static func theme(named option: String?, depth: ColorDepth, locations: DataLocations) -> (theme: Theme, problems: [String]) {
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

    /// The keys, and each rebinding that could not be used (it keeps its default keys).
    public static func keymap(locations: DataLocations) -> (keymap: Keymap, problems: [String]) {
        let result = KeyConfig.load(from: AppConfig.file(in: locations.configDirectory), defaults: .standard)
        return (result.keymap, result.problems.map(\.description))
    }

    /// The first problem, on screen: stderr is hidden behind the alternate screen while the app runs.
    public static func show(_ problems: [String], in state: inout AppState) {
        if let problem = problems.first { state.notice = .init(.warning, problem) }
    }
}
