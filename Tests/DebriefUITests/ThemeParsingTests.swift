import Foundation
import Testing
@testable import DebriefUI

@Suite("Theme parsing")
struct ThemeParsingTests {
    func catalog(_ themes: [String: String]) -> ThemeCatalog {
        var entries = ThemeCatalog.builtIn.entries.values.map { $0 }
        for (name, text) in themes {
            entries.append(ThemeCatalog.Entry(name: name, isBuiltIn: false, path: "/themes/\(name).toml", text: text))
        }
        return ThemeCatalog(entries: entries)
    }

    @Test func colourStringsAndTables() throws {
        let theme = try catalog(["t": """
        "ui.text" = "#102030"
        "ui.title" = { fg = "light-blue", bg = 236, modifiers = ["bold", "underlined"] }
        "deal.won" = { fg = "green" }
        """]).theme(named: "t")
        #expect(theme.style(.text).foreground == .rgb(0x10, 0x20, 0x30))
        #expect(theme.style(.title) == Style(foreground: .ansi(12), background: .indexed(236), attributes: [.bold, .underline]))
        #expect(theme.style(.dealWon).foreground == .ansi(2))
    }

    @Test func paletteNamesResolve() throws {
        let theme = try catalog(["t": """
        "ui.background" = { bg = "paper" }
        "ui.text" = { fg = "ink" }
        [palette]
        paper = "#fafafa"
        ink = "black"
        """]).theme(named: "t")
        #expect(theme.style(.background).background == .rgb(250, 250, 250))
        #expect(theme.style(.text).foreground == .ansi(0))
    }

    @Test func missingRolesFallBackToTheirParentThenToText() throws {
        let theme = try catalog(["t": """
        "ui.text" = { fg = "white" }
        "ui.border" = { fg = "blue" }
        """]).theme(named: "t")
        #expect(theme.style(.borderFocused).foreground == .ansi(4))
        #expect(theme.style(.dealLost).foreground == .ansi(15))
        #expect(theme.style(forKey: "board.column.header").foreground == .ansi(15))
    }

    @Test func unsetBackgroundsShowTheThemeBackground() throws {
        let theme = try catalog(["t": """
        "ui.background" = { bg = "#000000" }
        "deal.won" = { fg = "green" }
        "ui.statusbar" = { bg = "default" }
        """]).theme(named: "t")
        #expect(theme.style(.dealWon).background == .rgb(0, 0, 0))
        #expect(theme.style(.statusBar).background == .default)
    }

    @Test func inheritsTakesTheParentAndOverridesPalette() throws {
        let catalog = catalog(["child": """
        inherits = "debrief-dark"
        "deal.won" = { fg = "#00ff00" }
        [palette]
        red = "#ff0000"
        """])
        let parent = try catalog.theme(named: "debrief-dark")
        let child = try catalog.theme(named: "child")
        #expect(child.name == "child")
        #expect(child.style(.dealWon).foreground == .rgb(0, 255, 0))
        #expect(child.style(.dealLost).foreground == .rgb(255, 0, 0))
        #expect(child.style(.border) == parent.style(.border))
    }

    /// A child's bad palette colour used by its parent's styles is the child file's fault, not the built-in's.
    @Test func aBadPaletteColourIsBlamedOnTheFileThatSetIt() {
        let catalog = catalog(["child": """
        inherits = "debrief-dark"
        [palette]
        bg = "#face = "
        """])
        do {
            _ = try catalog.theme(named: "child")
            Issue.record("expected an error")
        } catch {
            #expect(error.source == "/themes/child.toml")
            #expect(error.problem.contains("palette entry 'bg'"))
        }
    }

    @Test func inheritanceLoopsAreErrors() {
        let catalog = catalog(["a": #"inherits = "b""#, "b": #"inherits = "a""#])
        #expect(throws: ThemeError.self) { try catalog.theme(named: "a") }
    }

    @Test func brokenTomlNamesTheFileAndLine() {
        let catalog = catalog(["broken": """
        "ui.text" = { fg = "red"
        """])
        do {
            _ = try catalog.theme(named: "broken")
            Issue.record("expected an error")
        } catch {
            #expect(error.source == "/themes/broken.toml")
            #expect(error.description.contains("/themes/broken.toml"))
            #expect(error.problem.contains("line 1"))
        }
    }

    @Test(arguments: [
        (#""ui.text" = { fg = "chartreuse-ish" }"#, "unknown colour"),
        (#""ui.text" = { fg = "red", modifiers = ["blinking"] }"#, "unknown modifier"),
        (#""ui.text" = { colour = "red" }"#, "unknown field"),
        (#""ui.text" = 42.5"#, "must be a colour"),
        ("inherits = \"nowhere\"", "no theme named 'nowhere'"),
    ])
    func semanticErrorsSayWhatIsWrong(text: String, expected: String) {
        do {
            _ = try catalog(["bad": text]).theme(named: "bad")
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
            #expect(error.description.contains("bad.toml"))
        }
    }

    @Test func brokenThemeFallsBackToTheDefault() {
        let (theme, error) = catalog(["broken": "this is not toml ["]).themeOrDefault(named: "broken")
        #expect(theme.name == ThemeCatalog.defaultThemeName)
        #expect(error?.source == "/themes/broken.toml")
    }

    @Test func unknownThemeNameFallsBackToTheDefault() {
        let (theme, error) = ThemeCatalog.builtIn.themeOrDefault(named: "no-such-theme")
        #expect(theme.name == ThemeCatalog.defaultThemeName)
        #expect(error?.problem.contains("no theme named 'no-such-theme'") == true)
    }

    @Test func userThemesLoadFromTheirFolderAndCanReplaceBuiltIns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"inherits = "debrief-light""#.write(to: folder.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        try #""ui.text" = "red""#.write(to: folder.appendingPathComponent("sixteen.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog.load(userThemesDirectory: folder)
        #expect(catalog.entries["mine"]?.isBuiltIn == false)
        #expect(try catalog.theme(named: "mine").style(.text) == ThemeCatalog.builtIn.theme(named: "debrief-light").style(.text))
        #expect(try catalog.theme(named: "sixteen").style(.text).foreground == .ansi(1))
    }

    @Test func configFileChoosesTheTheme() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-config-\(UUID().uuidString).toml")
        defer { try? FileManager.default.removeItem(at: file) }
        try #"theme = "high-contrast""#.write(to: file, atomically: true, encoding: .utf8)
        #expect(try AppConfig.load(from: file).theme == "high-contrast")
        try "theme = 3".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) { try AppConfig.load(from: file) }
        #expect(try AppConfig.load(from: file.appendingPathExtension("missing")) == AppConfig())
    }
}
