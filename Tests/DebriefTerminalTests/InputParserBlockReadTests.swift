import DebriefUI
import Testing
@testable import DebriefTerminal

/// A bracketed paste read from the terminal in blocks once its start marker is in (#21 item 10: a
/// megabyte read a byte per `get_wch` cost about two seconds of CPU). The blocks are scripted: the
/// end marker may be split between two, keys typed after it come in the same block, and a pause
/// ends a paste whose end never comes.
@Suite struct InputParserBlockReadTests {
    /// Scripted block reads: each takes the next block; nil in the script, or past its end, is a
    /// read that found nothing in time.
    final class Blocks {
        var script: [[UInt8]?]
        private(set) var reads = 0
        init(_ script: [[UInt8]?]) { self.script = script }
        func read(_ timeout: Int32) -> [UInt8]? {
            reads += 1
            return script.isEmpty ? nil : script.removeFirst()
        }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The parser's events for characters read one at a time (the start marker), then blocks.
    static func paste(_ blocks: [[UInt8]?], parser: InputParser = InputParser()) -> (InputEvent?, InputParser, Blocks) {
        var parser = parser
        let reads = InputParserTests.Reads(InputParserTests.start)
        let blocks = Blocks(blocks)
        let event = parser.next(timeout: 200, read: reads.read, readBlock: blocks.read)
        return (event, parser, blocks)
    }

    @Test func aPasteInBlocksIsOneEventWithItsTextAsSent() {
        let text = "Pilot decided it:\r\t- price\rnot 決め手 — café \u{1B}[31mred\u{1B}[0m \u{1B}[201 not the end"
        let all = Self.bytes(text + "\u{1B}[201~")
        let (event, _, blocks) = Self.paste([Array(all.prefix(10)), Array(all.dropFirst(10).prefix(40)), Array(all.dropFirst(50))])
        #expect(event == .paste(text))
        #expect(blocks.reads == 3)
    }

    @Test(arguments: 1...5)
    func anEndMarkerSplitBetweenTwoBlocksStillEndsThePaste(split: Int) {
        let marker = Self.bytes("\u{1B}[201~")
        let (event, parser, _) = Self.paste([Self.bytes("text") + marker.prefix(split), Array(marker.dropFirst(split)) + Self.bytes("k")])
        #expect(event == .paste("text"))
        var rest = parser
        #expect(rest.takeBytesReadPastPaste() == Self.bytes("k"))
    }

    @Test func whatCameAfterTheEndMarkerIsGivenBackInOrder() {
        var (event, parser, _) = Self.paste([Self.bytes("abc\u{1B}[201~jk\u{1B}")])
        #expect(event == .paste("abc"))
        let after = parser.takeBytesReadPastPaste()
        #expect(after == Self.bytes("jk\u{1B}"))
        #expect(parser.takeBytesReadPastPaste().isEmpty, "given once")
        // A terminal that cannot take them back: the parser hands them out itself, before new input.
        parser.giveBack(after)
        let reads = InputParserTests.Reads(InputParserTests.chars("x"))
        var events: [InputEvent] = []
        for _ in 0..<4 { if let event = parser.next(timeout: 0, read: reads.read) { events.append(event) } }
        #expect(events == [.key(.char("j")), .key(.char("k")), .key(.alt("x"))])
    }

    @Test func aPasteWhoseEndNeverComesEndsAtAPauseWithAllItsText() {
        // The last block ends with what could be the start of an end marker: it is text after all.
        let (event, _, _) = Self.paste([Self.bytes("lost its end \u{1B}[20"), nil, Self.bytes("typed later")])
        #expect(event == .paste("lost its end \u{1B}[20"))
    }

    @Test func aPasteLongerThanTheLimitKeepsWholeCharactersAndSaysHowMuchWasDropped() {
        var parser = InputParser()
        parser.pasteLimit = 6
        // "cafxy" and then "é" (two bytes) would straddle the limit at byte 6: it is dropped whole.
        let (event, after, _) = Self.paste([Self.bytes("cafxyé au"), Self.bytes(" lait\u{1B}[201~")], parser: parser)
        #expect(event == .paste("cafxy"))
        var rest = after
        #expect(rest.lastPasteDroppedBytes == 10)
        let reads = InputParserTests.Reads([])
        #expect(rest.next(timeout: 0, read: reads.read) == .pasteCut(keptBytes: 5, droppedBytes: 10))
    }

    @Test func aMegabyteIsAFewDozenReads() {
        let line = Self.bytes("pilot, not price — café 決め手 q s ?\r")
        var data: [UInt8] = []
        while data.count < 1 << 20 { data += line }
        var blocks: [[UInt8]?] = stride(from: 0, to: data.count, by: 1 << 16).map { Array(data[$0..<min(data.count, $0 + (1 << 16))]) }
        blocks.append(Self.bytes("\u{1B}[201~"))
        let (event, _, reads) = Self.paste(blocks)
        #expect(event == .paste(String(decoding: data, as: UTF8.self)))
        #expect(reads.reads == blocks.count)
    }
}
