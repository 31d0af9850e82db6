import Foundation
import Testing
@testable import DebriefUI

@Suite("Shipped themes")
struct ThemeBundleTests {
    static let themesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Themes")

    @Test func embeddedThemesMatchThemesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
            .filter { $0.hasSuffix(".toml") }.sorted()
        let embedded = Dictionary(uniqueKeysWithValues: BundledThemes.all.map { ($0.name, $0.toml) })
        #expect(files.map { String($0.dropLast(5)) } == embedded.keys.sorted(), "run scripts/embed-themes.sh")
        for file in files {
            let text = try String(contentsOf: Self.themesFolder.appendingPathComponent(file), encoding: .utf8)
            #expect(embedded[String(file.dropLast(5))].map { $0 + "\n" } == text, "\(file) differs from BundledThemes.swift; run scripts/embed-themes.sh")
        }
    }

    @Test func requiredThemesShip() {
        let names = ThemeCatalog.builtIn.names
        for name in ["debrief-dark", "debrief-light", "high-contrast", "sixteen"] { #expect(names.contains(name)) }
        #expect(Theme.fallback.name == ThemeCatalog.defaultThemeName)
    }

    @Test(arguments: ["debrief-dark", "debrief-light", "high-contrast", "sixteen"])
    func everyShippedThemeStylesEveryRole(name: String) throws {
        let theme = try ThemeCatalog.builtIn.theme(named: name)
        for role in ThemeRole.allCases {
            #expect(theme.defines(role.rawValue), "\(name) leaves \(role.rawValue) to a fallback")
        }
    }

    @Test func wonAndLostLookDifferentInEveryColourTheme() throws {
        for name in ["debrief-dark", "debrief-light", "high-contrast", "sixteen"] {
            let theme = try ThemeCatalog.builtIn.theme(named: name)
            #expect(theme.style(.dealWon) != theme.style(.dealLost), "\(name)")
            #expect(theme.style(.selection) != theme.style(.text), "\(name)")
        }
    }
}
