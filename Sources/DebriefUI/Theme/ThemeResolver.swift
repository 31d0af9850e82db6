/// Merges an inheritance chain (root first) and turns colour names into colours.
enum ThemeResolver {
    static func resolve(_ chain: [ThemeDefinition]) throws(ThemeError) -> Theme {
        guard let leaf = chain.last else { throw ThemeError(source: "theme", problem: "nothing to resolve") }
        // Each palette entry remembers the file that set it, so a bad colour is blamed on that file
        // (a user theme's bad `bg` is not the built-in parent's fault).
        var palette: [String: (colour: String, source: String)] = [:]
        var styles: [String: (spec: ThemeDefinition.StyleSpec, source: String)] = [:]
        for definition in chain {
            for (name, colour) in definition.palette { palette[name] = (colour, definition.source) }
            for (key, spec) in definition.styles { styles[key] = (spec, definition.source) }
        }
        var specs: [String: Theme.ResolvedSpec] = [:]
        for (key, entry) in styles {
            specs[key] = Theme.ResolvedSpec(
                foreground: try entry.spec.foreground.map { c throws(ThemeError) in try colour(c, key: key, palette: palette, source: entry.source) },
                background: try entry.spec.background.map { c throws(ThemeError) in try colour(c, key: key, palette: palette, source: entry.source) },
                attributes: entry.spec.attributes
            )
        }
        return Theme(name: leaf.name, specs: specs)
    }

    private static func colour(_ text: String, key: String, palette: [String: (colour: String, source: String)],
                               source: String) throws(ThemeError) -> Color {
        if let (named, paletteSource) = palette[text] {
            guard let colour = ColorName.parse(named) else {
                throw ThemeError(source: paletteSource, problem: "palette entry '\(text)' = \"\(named)\" is not a colour; use \"#rrggbb\", 0–255, an ANSI name or \"default\"")
            }
            return colour
        }
        guard let colour = ColorName.parse(text) else {
            throw ThemeError(source: source, problem: "'\(key)' uses unknown colour \"\(text)\"; use \"#rrggbb\", 0–255, an ANSI name, \"default\" or a [palette] name")
        }
        return colour
    }
}
