import DebriefCore
import Foundation
import TOMLKit

/// `$XDG_CONFIG_HOME/debrief/config.toml`: the user's settings for the app.
public struct AppConfig: Sendable, Equatable {
    /// The theme to use when `--theme` is not given.
    public var theme: String?
    /// `[sync] auto_minutes`: sync with the team this often while the app runs; nil syncs on the key only.
    public var syncAutoMinutes: Int?
    /// `mouse = false` turns clicks and the wheel off (on by default).
    public var mouse = true

    public init(theme: String? = nil, syncAutoMinutes: Int? = nil, mouse: Bool = true) {
        self.theme = theme
        self.syncAutoMinutes = syncAutoMinutes
        self.mouse = mouse
    }

    /// Reads the file; a missing file is an empty config, a broken one an error naming it.
    public static func load(from url: URL) throws(ConfigError) -> AppConfig {
        guard let data = FileManager.default.contents(atPath: url.path) else { return AppConfig() }
        let text = String(decoding: data, as: UTF8.self)
        if let problem = TOMLPreflight.problem(in: text) { throw ConfigError(path: url.path, problem: problem) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(path: url.path, problem: "not valid TOML at line \(error.source.begin.line): \(error.description)")
        } catch {
            throw ConfigError(path: url.path, problem: "not valid TOML: \(error)")
        }
        var config = AppConfig()
        if let value = table["theme"] {
            guard let name = value.string, !name.isEmpty else {
                throw ConfigError(path: url.path, problem: "'theme' must be a theme name in quotes, e.g. theme = \"debrief-light\"")
            }
            config.theme = name
        }
        if let value = table["mouse"] {
            guard let on = value.bool else { throw ConfigError(path: url.path, problem: "'mouse' takes true or false, e.g. mouse = false") }
            config.mouse = on
        }
        if let value = table["sync"] {
            let problem = "'[sync]' takes auto_minutes, a whole number of minutes from 1 to 1440, e.g. [sync] auto_minutes = 10"
            guard let sync = value.table else { throw ConfigError(path: url.path, problem: problem) }
            if let minutes = sync["auto_minutes"] {
                guard let number = minutes.int, (1...1440).contains(number) else { throw ConfigError(path: url.path, problem: problem) }
                config.syncAutoMinutes = number
            }
        }
        return config
    }

    public static func file(in configDirectory: URL) -> URL {
        configDirectory.appendingPathComponent("config.toml", isDirectory: false)
    }
}

/// A config file that cannot be used, named with its problem.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "config \(path): \(problem)" }
}
