import DebriefCore
import Foundation

/// The themes Debrief knows: the built-in ones embedded in the binary, then the user's
/// `$XDG_CONFIG_HOME/debrief/themes/*.toml` (a user theme with a built-in name replaces it).
public struct ThemeCatalog: Sendable {
    public static let defaultThemeName = "debrief-dark"

    public struct Entry: Sendable, Hashable {
        public var name: String
        public var isBuiltIn: Bool
        /// The file for user themes; nil for built-in ones.
        public var path: String?
        /// The text of the file; nil when it could not be read.
        var text: String?
    }

    public private(set) var entries: [String: Entry]
    /// Problems met while listing (unreadable files), reported alongside the themes.
    public private(set) var problems: [ThemeError] = []

    public init(entries: [Entry]) {
        var byName: [String: Entry] = [:]
        for entry in entries { byName[entry.name] = entry }
        self.entries = byName
    }

    /// Only the themes shipped in the binary.
    public static var builtIn: ThemeCatalog {
        ThemeCatalog(entries: BundledThemes.all.map { Entry(name: $0.name, isBuiltIn: true, path: nil, text: $0.toml) })
    }

    /// Built-in themes plus the user's theme folder.
    public static func load(userThemesDirectory: URL?) -> ThemeCatalog {
        var catalog = builtIn
        guard let directory = userThemesDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return catalog }
        for file in names.sorted() where file.hasSuffix(".toml") && !file.hasPrefix(".") {
            let path = directory.appendingPathComponent(file).path
            let name = String(file.dropLast(".toml".count))
            let text = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
            if text == nil { catalog.problems.append(ThemeError(source: path, problem: "cannot be read as UTF-8 text")) }
            catalog.entries[name] = Entry(name: name, isBuiltIn: false, path: path, text: text)
        }
        return catalog
    }

    /// Where user themes live, from the same XDG resolution as the rest of Debrief.
    public static func userThemesDirectory(_ locations: DataLocations) -> URL {
        locations.configDirectory.appendingPathComponent("themes", isDirectory: true)
    }

    public var names: [String] { entries.keys.sorted() }

    /// Resolves a theme by name, following `inherits` (which may cross from user to built-in themes).
    public func theme(named name: String) throws(ThemeError) -> Theme {
        var chain: [ThemeDefinition] = []
        var next: String? = name
        var requestedBy = ""
        while let current = next {
            if chain.contains(where: { $0.name == current }) {
                throw ThemeError(source: chain.last?.source ?? current, problem: "inherits form a loop through '\(current)'")
            }
            let definition = try definition(named: current, requestedBy: requestedBy)
            chain.append(definition)
            requestedBy = definition.source
            next = definition.inherits
        }
        return try ThemeResolver.resolve(chain.reversed())
    }

    /// Loads `name`, or the default theme plus the error when that fails: the app must still start.
    public func themeOrDefault(named name: String?) -> (theme: Theme, error: ThemeError?) {
        let wanted = name ?? Self.defaultThemeName
        do {
            return (try theme(named: wanted), nil)
        } catch {
            return (Theme.fallback, error)
        }
    }

    private func definition(named name: String, requestedBy: String) throws(ThemeError) -> ThemeDefinition {
        guard let entry = entries[name] else {
            let known = names.joined(separator: ", ")
            throw ThemeError(source: requestedBy, problem: "no theme named '\(name)' (known: \(known))")
        }
        let source = entry.path ?? "built-in theme \(name)"
        guard let text = entry.text else { throw ThemeError(source: source, problem: "cannot be read as UTF-8 text") }
        return try ThemeDefinition.parse(text, name: name, source: source)
    }
}
