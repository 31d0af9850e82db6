/// A resolved theme: every role → Style, already degraded to the terminal's colour depth.
public struct Theme: Sendable, Hashable {
    public let name: String
    public private(set) var depth: ColorDepth
    /// Colours as the theme gives them (nil = not set, the base shows through), before degrading.
    let specs: [String: ResolvedSpec]
    private var cache: [ThemeRole: Style] = [:]

    struct ResolvedSpec: Sendable, Hashable {
        var foreground: Color?
        var background: Color?
        var attributes: TextAttributes
    }

    init(name: String, specs: [String: ResolvedSpec], depth: ColorDepth = .truecolor) {
        self.name = name
        self.specs = specs
        self.depth = depth
        rebuildCache()
    }

    /// The same theme shown on a terminal with `depth` colours.
    public func degraded(to depth: ColorDepth) -> Theme {
        var copy = self
        copy.depth = depth
        copy.rebuildCache()
        return copy
    }

    public func style(_ role: ThemeRole) -> Style {
        cache[role] ?? computeStyle(forKey: role.rawValue)
    }

    /// The style for any role key, including keys a view introduces before the enum knows them.
    public func style(forKey key: String) -> Style {
        if let role = ThemeRole(rawValue: key) { return style(role) }
        return computeStyle(forKey: key)
    }

    /// Whether the theme (or a parent) sets this key itself rather than by fallback.
    public func defines(_ key: String) -> Bool { specs[key] != nil }

    private mutating func rebuildCache() {
        var built: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases { built[role] = computeStyle(forKey: role.rawValue) }
        cache = built
    }

    private func computeStyle(forKey key: String) -> Style {
        let spec = ThemeRole.fallbackChain(for: key).lazy.compactMap { specs[$0] }.first
        let base = specs[ThemeRole.text.rawValue]
        let backdrop = specs[ThemeRole.background.rawValue]
        let foreground = spec?.foreground ?? base?.foreground ?? backdrop?.foreground ?? .default
        let background = spec?.background ?? backdrop?.background ?? .default
        var attributes = spec?.attributes ?? []
        if depth == .none, let role = ThemeRole(rawValue: key) {
            attributes.formUnion(role.monochromeAttributes)
        }
        // With 8 or 16 colours a selection's background often lands on the terminal's own (TERM=linux
        // showed only the › mark): the selected row is drawn in reverse video instead, which every
        // terminal shows.
        if depth > .none, depth <= .ansi16, key == ThemeRole.selection.rawValue || key == ThemeRole.cursor.rawValue {
            return Style(foreground: .default, background: .default, attributes: attributes.union(.reverse))
        }
        let shownBackground = ColorDegrader.degrade(background, to: depth)
        var shownForeground = ColorDegrader.degrade(foreground, to: depth)
        // A dim colour can land on its own background (an unfocused column's border was black on
        // black under TERM=linux and TERM=xterm): it takes black or white, whichever stands out.
        if shownForeground != .default, shownForeground == shownBackground {
            shownForeground = ColorDegrader.contrasting(with: shownBackground)
        }
        return Style(foreground: shownForeground, background: shownBackground, attributes: attributes)
    }

    public static func == (a: Theme, b: Theme) -> Bool {
        a.name == b.name && a.depth == b.depth && a.specs == b.specs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(depth)
    }
}

extension Theme {
    /// The default theme as shipped; the last resort when no theme file can be used.
    public static var fallback: Theme {
        (try? ThemeCatalog.builtIn.theme(named: ThemeCatalog.defaultThemeName)) ?? Theme(name: "plain", specs: [:])
    }
}
