import DebriefUI
import Testing
@testable import DebriefTerminal

@Suite("Key decoding")
struct KeyDecoderTests {
    let decoder = KeyDecoder(codes: .init(
        resize: 410, up: 259, down: 258, left: 260, right: 261, home: 262, end: 360, pageUp: 339, pageDown: 338,
        backspace: 263, delete: 330, insert: 331, backTab: 353, enter: 343, f0: 264
    ))

    @Test func functionKeyCodes() {
        #expect(decoder.decodeFunctionKey(259) == .key(.up))
        #expect(decoder.decodeFunctionKey(338) == .key(.pageDown))
        #expect(decoder.decodeFunctionKey(353) == .key(.backTab))
        #expect(decoder.decodeFunctionKey(265) == .key(.function(1)))
        #expect(decoder.decodeFunctionKey(276) == .key(.function(12)))
        #expect(decoder.decodeFunctionKey(410) == .resize)
        #expect(decoder.decodeFunctionKey(409) == .ignored)  // KEY_MOUSE, when the mouse code is not given
    }

    @Test func mouseEventsBecomeMessagesLikeKeys() {
        var codes = decoder.codes
        codes.mouse = 409
        #expect(KeyDecoder(codes: codes).decodeFunctionKey(409) == .mouseReport)
        #expect(KeyDecoder.mouse(kind: 1, x: 12, y: 5) == .mouse(MouseEvent(.click, x: 12, y: 5)))
        #expect(KeyDecoder.mouse(kind: 2, x: 0, y: 0) == .mouse(MouseEvent(.wheelUp, x: 0, y: 0)))
        #expect(KeyDecoder.mouse(kind: 3, x: 1, y: 2) == .mouse(MouseEvent(.wheelDown, x: 1, y: 2)))
        #expect(KeyDecoder.mouse(kind: 0, x: 1, y: 2) == .ignored, "a release or a motion does nothing")
    }

    @Test func controlCharactersAreNamedKeysOrCtrlLetters() {
        #expect(KeyDecoder.decodeCharacter(3) == .key(.ctrl("c")))
        #expect(KeyDecoder.decodeCharacter(5) == .key(.ctrl("e")))
        #expect(KeyDecoder.decodeCharacter(9) == .key(.tab))
        #expect(KeyDecoder.decodeCharacter(13) == .key(.enter))
        #expect(KeyDecoder.decodeCharacter(27) == .key(.escape))
        #expect(KeyDecoder.decodeCharacter(127) == .key(.backspace))
    }

    @Test func textArrivesAsCharacters() {
        #expect(KeyDecoder.decodeCharacter(UInt32(Character("q").asciiValue ?? 0)) == .key(.char("q")))
        #expect(KeyDecoder.decodeCharacter(0xE9) == .key(.char("é")))
        #expect(KeyDecoder.decodeCharacter(0x65E5) == .key(.char("日")))
        #expect(KeyDecoder.decodeCharacter(0x1F600) == .key(.char("😀")))
    }

    @Test func escapeThenACharacterIsAlt() {
        #expect(KeyDecoder.combineEscape(with: .key(.char("x"))) == .key(.alt("x")))
        #expect(KeyDecoder.combineEscape(with: .key(.up)) == .key(.up))
    }

    @Test func interactiveViewRefusesDumbOrMissingTerminals() {
        // Under `swift test` stdout is not a terminal, so the first reason always applies; the
        // advice must point to the commands that work without one.
        let problem = TerminalCheck.problem(environment: ["TERM": "dumb"])
        #expect(problem != nil)
        let advice = TerminalCheck.advice(for: problem ?? "")
        for command in ["debrief deals", "debrief reviews", "debrief snapshot"] { #expect(advice.contains(command)) }
    }
}
