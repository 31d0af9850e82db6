import DebriefUI
import Testing
@testable import DebriefTerminal

/// Bracketed paste and Alt-keys from raw reads, with the reads scripted: `nil` in a script is a
/// read that found nothing in time (the rest of the input has not arrived yet).
@Suite("Input parsing: bracketed paste and Alt-keys")
struct InputParserTests {
    /// A scripted terminal: each read takes the next entry; past the end, nothing comes.
    final class Reads {
        var script: [RawInput?]
        private(set) var waits: [Int32] = []
        init(_ script: [RawInput?]) { self.script = script }
        func read(_ timeout: Int32) -> RawInput? {
            waits.append(timeout)
            return script.isEmpty ? nil : script.removeFirst()
        }
    }

    static func chars(_ text: String) -> [RawInput?] { text.unicodeScalars.map { .character($0.value) } }
    static let start = chars("\u{1B}[200~")
    static let end = chars("\u{1B}[201~")

    /// Every event until the script runs out.
    static func events(_ script: [RawInput?], parser: InputParser = InputParser()) -> [InputEvent] {
        var parser = parser
        let reads = Reads(script)
        var events: [InputEvent] = []
        while true {
            if let event = parser.next(timeout: 200, read: reads.read) {
                events.append(event)
            } else if reads.script.isEmpty {
                return events
            }
        }
    }

    @Test func aPasteIsOneEventWithItsLineBreaksTabsAndAccentsAsTyped() {
        let text = "Pilot decided it:\r\n\t- price\rnot 決め手 — café\n"
        let events = Self.events(Self.chars("a") + Self.start + Self.chars(text) + Self.end + Self.chars("b"))
        #expect(events == [.key(.char("a")), .paste(text), .key(.char("b"))])
    }

    @Test func keysThatWouldBeCommandsArePastedAsText() {
        // q, Tab, Esc on its own, Ctrl-C and Enter are text inside a paste.
        let text = "q\t\u{1B}x\u{03}\r"
        #expect(Self.events(Self.start + Self.chars(text) + Self.end) == [.paste(text)])
    }

    /// A terminal whose bytes take time to arrive: each byte comes `delay` milliseconds after the
    /// one before; a read that may not wait that long finds nothing (and the time still passes).
    final class Wire {
        var bytes: [(input: RawInput, delay: Int32)]
        init(_ bytes: [(RawInput, Int32)]) { self.bytes = bytes.map { (input: $0.0, delay: $0.1) } }
        func read(_ timeout: Int32) -> RawInput? {
            guard let first = bytes.first else { return nil }
            guard first.delay <= timeout else {
                bytes[0].delay -= timeout
                return nil
            }
            bytes.removeFirst()
            return first.input
        }
        static func send(_ text: String, after delay: Int32 = 0) -> [(RawInput, Int32)] {
            text.unicodeScalars.enumerated().map { (.character($0.element.value), $0.offset == 0 ? delay : 0) }
        }
    }

    @Test func aPasteSplitAcrossReadsIsStillOnePaste() {
        // Split inside the start marker, in the text, and inside the end marker, each part late but
        // within the wait the parser gives it.
        let wire = Wire(Wire.send("\u{1B}[2") + Wire.send("00~one ", after: 30) + Wire.send("two", after: 600)
            + Wire.send("\u{1B}[20") + Wire.send("1~", after: 40) + Wire.send("z"))
        var parser = InputParser()
        var events: [InputEvent] = []
        for _ in 0..<6 {
            if let event = parser.next(timeout: 200, read: wire.read) { events.append(event) }
        }
        #expect(events == [.paste("one two"), .key(.char("z"))])
    }

    @Test func anUnterminatedPasteEndsWhenTheInputPausesAndKeepsItsText() {
        // The end marker never comes (the link dropped it); a key typed two seconds later is a key.
        let wire = Wire(Wire.send("\u{1B}[200~lost its end") + Wire.send("x", after: 2_000))
        var parser = InputParser()
        var events: [InputEvent] = []
        for _ in 0..<20 {
            if let event = parser.next(timeout: 200, read: wire.read) { events.append(event) }
        }
        #expect(events == [.paste("lost its end"), .key(.char("x"))])
    }

    @Test func anEscapeInsideThePasteThatIsNotTheEndStaysInTheText() {
        let text = "colour \u{1B}[31mred\u{1B}[0m and \u{1B}[201 not the end \u{1B}[20"
        #expect(Self.events(Self.start + Self.chars(text) + Self.end) == [.paste(text)])
    }

    @Test func aPasteLongerThanTheLimitIsCutAndSaysSo() {
        #expect(InputParser().pasteLimit == 16 << 20, "no record may be larger")
        var parser = InputParser()
        parser.pasteLimit = 6
        let reads = Reads(Self.start + Self.chars("café au lait") + Self.end + Self.chars("k"))
        // Bytes count: "café" is five, so " " makes six and "a" would be seven.
        #expect(parser.next(timeout: 200, read: reads.read) == .paste("café "))
        #expect(parser.lastPasteWasCut)
        // Said right after the paste: six bytes kept, "au lait" (seven) dropped.
        #expect(parser.next(timeout: 200, read: reads.read) == .pasteCut(keptBytes: 6, droppedBytes: 7))
        #expect(parser.next(timeout: 200, read: reads.read) == .key(.char("k")), "the rest of the paste was read, not typed")
    }

    @Test func escapeThenACharacterIsStillAltAndEscapeAloneIsEscape() {
        #expect(Self.events(Self.chars("\u{1B}f")) == [.key(.alt("f"))])
        #expect(Self.events(Self.chars("\u{1B}") + [nil]) == [.key(.escape)])
        // Alt-[ followed by other text is not a paste: the keys come out as typed.
        #expect(Self.events(Self.chars("\u{1B}[2x")) == [.key(.alt("[")), .key(.char("2")), .key(.char("x"))])
    }

    @Test func aResizeDuringAPasteComesAfterItAndFunctionKeysInsideAreDropped() {
        let script: [RawInput?] = Self.start + Self.chars("ab") + [.event(.resize), .event(.key(.up))] + Self.chars("c") + Self.end
        #expect(Self.events(script) == [.paste("abc"), .resize])
    }
}
