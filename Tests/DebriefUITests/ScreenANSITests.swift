import Testing
@testable import DebriefUI

@Suite("Screen ANSI rendering")
struct ScreenANSITests {
    @Test("plain screens render without escapes")
    func plain() {
        var screen = Screen(width: 6, height: 2)
        screen.put("hi", x: 0, y: 0, style: .plain)
        #expect(screen.ansiText == "hi\n\n")
    }

    @Test("style changes emit one SGR each and lines end with a reset")
    func styled() {
        var screen = Screen(width: 8, height: 1)
        screen.put("ab", x: 0, y: 0, style: Style(foreground: .ansi(1), attributes: [.bold]))
        screen.put("c", x: 2, y: 0, style: Style(foreground: .ansi(1), attributes: [.bold]))
        screen.put("d", x: 3, y: 0, style: .plain)
        screen.put("中", x: 4, y: 0, style: Style(background: .rgb(1, 2, 3)))
        #expect(screen.ansiText == "\u{1B}[0;1;31mabc\u{1B}[0md\u{1B}[0;48;2;1;2;3m中\u{1B}[0m\n")
    }

    @Test("trailing cells with a background are kept")
    func trailingBackground() {
        var screen = Screen(width: 3, height: 1)
        screen.fill(screen.bounds, style: Style(background: .indexed(236)))
        #expect(screen.ansiText == "\u{1B}[0;48;5;236m   \u{1B}[0m\n")
    }

    @Test("SGR codes for every colour kind and attribute", arguments: [
        (Style(foreground: .ansi(9)), "\u{1B}[0;91m"),
        (Style(background: .ansi(12)), "\u{1B}[0;104m"),
        (Style(foreground: .ansi(7), background: .ansi(0)), "\u{1B}[0;37;40m"),
        (Style(foreground: .indexed(208)), "\u{1B}[0;38;5;208m"),
        (Style(foreground: .rgb(255, 0, 10)), "\u{1B}[0;38;2;255;0;10m"),
        (Style(attributes: [.dim, .italic, .underline, .reverse]), "\u{1B}[0;2;3;4;7m"),
        (Style.plain, "\u{1B}[0m"),
    ])
    func sgr(style: Style, expected: String) {
        #expect(style.sgrSequence == expected)
    }
}
