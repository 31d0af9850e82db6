/// How many colours the terminal can show. Themes are written in any colours and degraded to this.
public enum ColorDepth: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// No colour at all (NO_COLOR, or a monochrome terminal): attributes only.
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256
    case truecolor = 16_777_216

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .none: "no colour"
        case .ansi8: "8 colours"
        case .ansi16: "16 colours"
        case .indexed256: "256 colours"
        case .truecolor: "truecolor"
        }
    }

    /// The depth the environment asks for. `terminalColors` is what terminfo reports when known
    /// (ncurses' `COLORS`); it caps what the environment variables claim.
    public static func detect(environment: [String: String], terminalColors: Int? = nil) -> ColorDepth {
        // no-color.org: present and non-empty means no colour, whatever else is set.
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { return .none }
        let colorterm = (environment["COLORTERM"] ?? "").lowercased()
        var depth: ColorDepth
        if colorterm == "truecolor" || colorterm == "24bit" {
            depth = .truecolor
        } else if term.contains("256color") {
            depth = .indexed256
        } else {
            depth = .ansi16
        }
        if let colors = terminalColors {
            depth = min(depth, ColorDepth.fitting(colors: colors))
        }
        return depth
    }

    /// The richest depth a terminal with `colors` colours can show.
    public static func fitting(colors: Int) -> ColorDepth {
        switch colors {
        case ..<8: .none
        case 8..<16: .ansi8
        case 16..<256: .ansi16
        case 256..<16_777_216: .indexed256
        default: .truecolor
        }
    }
}
