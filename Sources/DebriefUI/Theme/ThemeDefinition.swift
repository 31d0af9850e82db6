import DebriefCore
import TOMLKit

/// One theme file as written: palette and styles still as text, `inherits` not yet followed.
public struct ThemeDefinition: Sendable, Hashable {
    public var name: String
    /// Where it came from, for error messages: a path or "built-in theme NAME".
    public var source: String
    public var inherits: String?
    /// Palette entry → colour as written ("#282828", "red", "208").
    public var palette: [String: String]
    public var styles: [String: StyleSpec]

    /// A style as a theme file gives it; nil means "not set here" so the base colours show through.
    public struct StyleSpec: Sendable, Hashable {
        public var foreground: String?
        public var background: String?
        public var attributes: TextAttributes

        public init(foreground: String? = nil, background: String? = nil, attributes: TextAttributes = []) {
            self.foreground = foreground
            self.background = background
            self.attributes = attributes
        }
    }

    public init(name: String, source: String, inherits: String? = nil, palette: [String: String] = [:], styles: [String: StyleSpec] = [:]) {
        self.name = name
        self.source = source
        self.inherits = inherits
        self.palette = palette
        self.styles = styles
    }

    /// Parses TOML text in the Helix shape: `inherits`, a `[palette]` table, and role keys whose
    /// value is a colour string or a `{ fg, bg, modifiers }` table.
    public static func parse(_ text: String, name: String, source: String) throws(ThemeError) -> ThemeDefinition {
        if let problem = TOMLPreflight.problem(in: text) { throw ThemeError(source: source, problem: problem) }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(source: source, problem: "not valid TOML at line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        } catch {
            throw ThemeError(source: source, problem: "not valid TOML: \(error)")
        }
        var definition = ThemeDefinition(name: name, source: source)
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            switch key {
            case "inherits":
                guard let parent = value.string, !parent.isEmpty else {
                    throw ThemeError(source: source, problem: "'inherits' must be a theme name in quotes")
                }
                definition.inherits = parent
            case "palette":
                guard let palette = value.table else {
                    throw ThemeError(source: source, problem: "'palette' must be a table of name = \"colour\"")
                }
                for entry in palette.keys {
                    guard let colour = palette[entry].flatMap(colourText) else {
                        throw ThemeError(source: source, problem: "palette entry '\(entry)' must be a colour string such as \"#1e1e2e\" or a number 0–255")
                    }
                    definition.palette[entry] = colour
                }
            default:
                definition.styles[key] = try styleSpec(value, key: key, source: source)
            }
        }
        return definition
    }

    private static func colourText(_ value: TOMLValueConvertible) -> String? {
        if let text = value.string { return text }
        if let number = value.int { return String(number) }
        return nil
    }

    private static func styleSpec(_ value: TOMLValueConvertible, key: String, source: String) throws(ThemeError) -> StyleSpec {
        if let colour = colourText(value) { return StyleSpec(foreground: colour) }
        guard let table = value.table else {
            throw ThemeError(source: source, problem: "'\(key)' must be a colour string or a table like { fg = \"…\", bg = \"…\", modifiers = [\"bold\"] }")
        }
        var spec = StyleSpec()
        for field in table.keys {
            guard let fieldValue = table[field] else { continue }
            switch field {
            case "fg", "bg":
                guard let colour = colourText(fieldValue) else {
                    throw ThemeError(source: source, problem: "'\(key)'.\(field) must be a colour string or a number 0–255")
                }
                if field == "fg" { spec.foreground = colour } else { spec.background = colour }
            case "modifiers":
                guard let list = fieldValue.array else {
                    throw ThemeError(source: source, problem: "'\(key)'.modifiers must be a list such as [\"bold\", \"underlined\"]")
                }
                for item in list {
                    guard let word = item.string, let attribute = modifier(named: word) else {
                        throw ThemeError(source: source, problem: "'\(key)' has unknown modifier \(item.string.map { "'\($0)'" } ?? "\(item)"); use bold, dim, italic, underlined or reversed")
                    }
                    spec.attributes.insert(attribute)
                }
            default:
                throw ThemeError(source: source, problem: "'\(key)' has unknown field '\(field)'; use fg, bg and modifiers")
            }
        }
        return spec
    }

    static func modifier(named word: String) -> TextAttributes? {
        switch word.lowercased() {
        case "bold": .bold
        case "dim": .dim
        case "italic": .italic
        case "underline", "underlined": .underline
        case "reverse", "reversed": .reverse
        default: nil
        }
    }
}
