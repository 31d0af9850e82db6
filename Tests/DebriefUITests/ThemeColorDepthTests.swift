import Testing
@testable import DebriefUI

@Suite("Theme colour depth")
struct ThemeColorDepthTests {
    @Test(arguments: [
        (["TERM": "xterm-256color", "COLORTERM": "truecolor"], ColorDepth.truecolor),
        (["TERM": "xterm-256color", "COLORTERM": "24bit"], .truecolor),
        (["TERM": "tmux-256color"], .indexed256),
        (["TERM": "xterm"], .ansi16),
        (["TERM": "dumb"], ColorDepth.none),
        ([:], ColorDepth.none),
        (["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"], ColorDepth.none),
        (["TERM": "xterm-256color", "NO_COLOR": ""], .indexed256),
    ])
    func detectsFromTheEnvironment(environment: [String: String], expected: ColorDepth) {
        #expect(ColorDepth.detect(environment: environment) == expected)
    }

    @Test func terminfoCapsWhatTheEnvironmentClaims() {
        let environment = ["TERM": "xterm-256color", "COLORTERM": "truecolor"]
        #expect(ColorDepth.detect(environment: environment, terminalColors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: environment, terminalColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: environment, terminalColors: 0) == ColorDepth.none)
    }

    @Test func rgbDegradesToTheNearestCubeOrGrey() {
        #expect(ColorDegrader.degrade(.rgb(255, 0, 0), to: .indexed256) == .indexed(196))
        #expect(ColorDegrader.degrade(.rgb(0, 0, 0), to: .indexed256) == .indexed(16))
        #expect(ColorDegrader.degrade(.rgb(128, 128, 128), to: .indexed256) == .indexed(244))
        #expect(ColorDegrader.degrade(.rgb(0x1b, 0x1e, 0x24), to: .indexed256) == .indexed(234))
    }

    @Test func everythingDegradesToSixteenByNearestColour() {
        #expect(ColorDegrader.degrade(.rgb(250, 20, 20), to: .ansi16) == .ansi(9))
        #expect(ColorDegrader.degrade(.rgb(0, 150, 0), to: .ansi16) == .ansi(2))
        #expect(ColorDegrader.degrade(.rgb(10, 10, 10), to: .ansi16) == .ansi(0))
        #expect(ColorDegrader.degrade(.indexed(231), to: .ansi16) == .ansi(15))
        #expect(ColorDegrader.degrade(.indexed(12), to: .ansi16) == .ansi(12))
        #expect(ColorDegrader.degrade(.ansi(12), to: .ansi8) == .ansi(4))
        #expect(ColorDegrader.degrade(.default, to: .ansi16) == .default)
    }

    @Test(arguments: ["debrief-dark", "debrief-light", "high-contrast", "sixteen"])
    func shippedThemesOnSixteenColoursUseOnlyANSI(name: String) throws {
        let theme = try ThemeCatalog.builtIn.theme(named: name).degraded(to: .ansi16)
        for role in ThemeRole.allCases {
            let style = theme.style(role)
            for color in [style.foreground, style.background] {
                switch color {
                case .default: break
                case .ansi(let index): #expect(index < 16)
                case .indexed, .rgb: Issue.record("\(name) \(role.rawValue) kept \(color) on 16 colours")
                }
            }
        }
    }

    @Test func sixteenThemeIsSixteenColoursAsWritten() throws {
        let theme = try ThemeCatalog.builtIn.theme(named: "sixteen")
        #expect(theme.degraded(to: .ansi16) == theme.degraded(to: .ansi16))
        for role in ThemeRole.allCases {
            #expect(theme.style(role) == theme.degraded(to: .ansi16).style(role), "\(role.rawValue)")
        }
    }

    @Test(arguments: ["debrief-dark", "debrief-light", "high-contrast", "sixteen"])
    func noColourKeepsEveryStateVisibleWithAttributes(name: String) throws {
        let theme = try ThemeCatalog.builtIn.theme(named: name).degraded(to: .none)
        for role in ThemeRole.allCases {
            #expect(theme.style(role).foreground == .default, "\(role.rawValue)")
            #expect(theme.style(role).background == .default, "\(role.rawValue)")
        }
        #expect(theme.style(.selection).attributes.contains(.reverse))
        #expect(theme.style(.cursor).attributes.contains(.reverse))
        #expect(theme.style(.statusBar).attributes.contains(.reverse))
        #expect(theme.style(.borderFocused).attributes.contains(.bold))
        #expect(theme.style(.borderFocused) != theme.style(.border))
        #expect(theme.style(.textMuted).attributes.contains(.dim))
    }

    @Test func noColorEnvironmentGivesTheAttributesOnlyLook() throws {
        let depth = ColorDepth.detect(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "yes"])
        let theme = try ThemeCatalog.builtIn.theme(named: "debrief-dark").degraded(to: depth)
        #expect(theme.depth == ColorDepth.none)
        #expect(theme.style(.dealWon).foreground == .default)
        #expect(theme.style(.selection).attributes.contains(.reverse))
    }
}

/// 8 and 16 colours (TERM=linux, TERM=xterm, #19 item 7): no role of a built-in theme draws its
/// text in its own background colour (an unfocused column's border was black on black).
@Suite struct ThemeFewColoursContrastTests {
    @Test(arguments: [ColorDepth.ansi8, .ansi16])
    func noRoleIsDrawnInItsOwnBackground(depth: ColorDepth) throws {
        for name in ThemeCatalog.builtIn.names {
            let theme = try ThemeCatalog.builtIn.theme(named: name).degraded(to: depth)
            for role in ThemeRole.allCases {
                let style = theme.style(role)
                #expect(style.foreground == .default || style.foreground != style.background,
                        "\(name) at \(depth): \(role.rawValue) is \(style.foreground) on \(style.background)")
            }
        }
    }

    @Test func blackOrWhiteWhicheverStandsOut() {
        #expect(ColorDegrader.contrasting(with: .ansi(0)) == .ansi(7))
        #expect(ColorDegrader.contrasting(with: .ansi(7)) == .ansi(0))
        #expect(ColorDegrader.contrasting(with: .ansi(4)) == .ansi(7))
        #expect(ColorDegrader.contrasting(with: .ansi(3)) == .ansi(0))
    }
}
