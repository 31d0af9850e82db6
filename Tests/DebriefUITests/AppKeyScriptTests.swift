import Testing
@testable import DebriefUI

@Suite("Key scripts")
struct AppKeyScriptTests {
    @Test(arguments: [
        ("Enter", Key.enter), ("Escape", .escape), ("Tab", .tab), ("BTab", .backTab),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("Home", .home), ("End", .end),
        ("PageUp", .pageUp), ("PPage", .pageUp), ("PageDown", .pageDown), ("NPage", .pageDown),
        ("BSpace", .backspace), ("DC", .delete), ("IC", .insert), ("Space", .char(" ")),
        ("C-e", .ctrl("e")), ("C-C", .ctrl("c")), ("M-x", .alt("x")), ("F5", .function(5)), ("enter", .enter),
    ])
    func namedKeys(token: String, key: Key) {
        #expect(KeyScript.parse(token) == [key])
    }

    @Test func otherTokensAreLiteralText() {
        #expect(KeyScript.parse("j") == [.char("j")])
        #expect(KeyScript.parse("hello") == "hello".map { Key.char($0) })
        #expect(KeyScript.parse("Fx C- M-") == [.char("F"), .char("x"), .char("C"), .char("-"), .char("M"), .char("-")])
        #expect(KeyScript.parse("é日本") == [.char("é"), .char("日"), .char("本")])
    }

    @Test func tokensAreSeparatedBySpaces() {
        #expect(KeyScript.parse("  j  k Enter C-e hi Space there Escape ") == [
            .char("j"), .char("k"), .enter, .ctrl("e"), .char("h"), .char("i"), .char(" "),
            .char("t"), .char("h"), .char("e"), .char("r"), .char("e"), .escape,
        ])
        #expect(KeyScript.parse("").isEmpty)
    }

    @Test func tmuxNamesRoundTrip() {
        let keys: [Key] = [.enter, .escape, .tab, .backTab, .up, .pageDown, .backspace, .delete, .char(" "), .ctrl("e"), .alt("x"), .function(12), .char("q")]
        for key in keys { #expect(KeyScript.parse(key.tmuxName) == [key], "\(key.tmuxName)") }
    }
}
