import ArgumentParser
import DebriefCore
import DebriefUI
import Foundation

/// `debrief themes`: the built-in and user themes, marking the active one.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List colour themes (built-in and your own), marking the active one.",
        discussion: """
        Your own themes go in $XDG_CONFIG_HOME/debrief/themes/NAME.toml (~/.config/debrief/themes); \
        pick one with --theme NAME or a line theme = "NAME" in $XDG_CONFIG_HOME/debrief/config.toml. \
        A theme can start from another with inherits = "debrief-dark" and change only its [palette].
        """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    struct Listing: Encodable {
        var name: String
        var source: String
        var path: String?
        var active: Bool
        /// Why the theme cannot be used, when it cannot.
        var problem: String?
    }

    func run() throws {
        try reportingErrors {
            let locations = global.locations
            let directory = ThemeCatalog.userThemesDirectory(locations)
            let catalog = ThemeCatalog.load(userThemesDirectory: directory)
            var active = ThemeCatalog.defaultThemeName
            var configProblem: String?
            do throws(ConfigError) {
                if let configured = try AppConfig.load(from: AppConfig.file(in: locations.configDirectory)).theme { active = configured }
            } catch {
                configProblem = error.description
            }
            let listings = catalog.names.map { name -> Listing in
                let entry = catalog.entries[name]
                var problem: String?
                do throws(ThemeError) { _ = try catalog.theme(named: name) } catch { problem = error.problem }
                return Listing(name: name, source: entry?.isBuiltIn == true ? "built-in" : "user", path: entry?.path, active: name == active, problem: problem)
            }
            if json {
                try Output.json(listings)
                return
            }
            let nameWidth = listings.map(\.name.count).max() ?? 0
            for listing in listings {
                let marker = listing.active ? "*" : " "
                let padded = listing.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                var line = "\(marker) \(padded)  \(listing.source)"
                if let path = listing.path { line += "  \(DisplaySanitizer.singleLine.sanitize(path))" }
                if let problem = listing.problem { line += "  (broken: \(DisplaySanitizer.singleLine.sanitize(problem)))" }
                print(line)
            }
            if !listings.contains(where: \.active) {
                Output.warning("the configured theme '\(DisplaySanitizer.singleLine.sanitize(active))' does not exist; \(ThemeCatalog.defaultThemeName) is used")
            }
            if let configProblem { Output.warning(configProblem) }
            print("\nUser themes: \(directory.path)")
        }
    }
}
