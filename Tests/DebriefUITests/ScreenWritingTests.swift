import DebriefCore
import Testing
@testable import DebriefUI

@Suite("Screen writing")
struct ScreenWritingTests {
    let red = Style(foreground: .ansi(1))

    @Test("ASCII text is one cell per character")
    func ascii() {
        var screen = Screen(width: 10, height: 2)
        #expect(screen.put("hello", x: 2, y: 1, style: .plain) == 5)
        #expect(screen.plainText == "\n  hello\n")
    }

    @Test("a wide character takes a cell and a continuation")
    func wideCharacter() {
        var screen = Screen(width: 6, height: 1)
        #expect(screen.put("中文", x: 0, y: 0, style: red) == 4)
        #expect(screen[0, 0] == Cell(text: "中", style: red, width: 2))
        #expect(screen[1, 0].isContinuation)
        #expect(screen[2, 0].text == "文")
        #expect(screen[3, 0].isContinuation)
        #expect(screen[4, 0] == .blank)
        #expect(screen.text(ofRow: 0) == "中文")
    }

    @Test("a wide character that does not fit becomes a space", arguments: [
        (5, nil as Int?, "abcd中", "abcd", 5),  // screen edge
        (10, 3, "ab中", "ab", 3),  // maxWidth
        (10, 4, "ab中c", "ab中", 4),
        (10, 0, "abc", "", 0),
    ])
    func wideAtEdge(screenWidth: Int, maxWidth: Int?, text: String, row: String, used: Int) {
        var screen = Screen(width: screenWidth, height: 1)
        screen.fill(screen.bounds, style: .plain, with: ".")
        #expect(screen.put(text, x: 0, y: 0, style: .plain, maxWidth: maxWidth) == used)
        let dots = String(repeating: ".", count: screenWidth - used)
        var expected = row + String(repeating: " ", count: used - row.displayWidth) + dots
        while expected.hasSuffix(" ") { expected.removeLast() }
        #expect(screen.text(ofRow: 0) == expected)
        if used > 0 { #expect(screen[used - 1, 0].text != ".") }
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var screen = Screen(width: 6, height: 1)
        screen.put("中文", x: 0, y: 0, style: .plain)
        screen.put("x", x: 1, y: 0, style: .plain)
        #expect(screen.text(ofRow: 0) == " x文")
        #expect(!screen[1, 0].isContinuation)

        screen.put("中文", x: 0, y: 0, style: .plain)
        screen.put("y", x: 0, y: 0, style: .plain)
        #expect(screen.text(ofRow: 0) == "y 文")

        screen.put("中文", x: 0, y: 0, style: .plain)
        screen.put("日", x: 1, y: 0, style: .plain)
        #expect(screen.text(ofRow: 0) == " 日")
        #expect(screen[1, 0].width == 2)
        #expect(screen[2, 0].isContinuation)
        #expect(screen[3, 0] == .blank)
    }

    @Test("wide-character invariant holds after random overwrites")
    func invariant() {
        var screen = Screen(width: 9, height: 1)
        let pieces = ["中", "ab", "😀", "x", "日本", "👍🏽", "é"]
        for step in 0..<200 {
            screen.put(pieces[step % pieces.count], x: (step * 7) % 10 - 1, y: 0, style: .plain)
            for x in 0..<9 {
                if screen[x, 0].width == 2 { #expect(x + 1 < 9 && screen[x + 1, 0].isContinuation) }
                if screen[x, 0].isContinuation { #expect(x > 0 && screen[x - 1, 0].width == 2) }
            }
        }
    }

    @Test("text is sanitised: escape sequences are drawn, never sent",
          arguments: TextCorpus.entries.map { $0.input })
    func sanitises(input: String) {
        var screen = Screen(width: 60, height: 1)
        let used = screen.put(input, x: 0, y: 0, style: .plain)
        let expected = DisplaySanitizer.singleLine.sanitize(input)
        #expect(used == DisplayWidth.of(expected))
        #expect(screen.text(ofRow: 0) == expected)
        #expect(!screen.plainText.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("line breaks are drawn as ⏎ on one row")
    func lineBreaks() {
        var screen = Screen(width: 10, height: 2)
        #expect(screen.put("one\ntwo", x: 0, y: 0, style: .plain) == 7)
        #expect(screen.plainText == "one⏎two\n\n")
    }

    @Test("combining marks and emoji sequences stay in one cell")
    func clusters() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("e\u{301}x👍🏽!", x: 0, y: 0, style: .plain) == 5)
        #expect(screen[0, 0].text == "e\u{301}")
        #expect(screen[2, 0].text == "👍🏽")
        #expect(screen[4, 0].text == "!")
    }

    @Test("a lone combining mark joins the previous cell or is dropped")
    func loneMark() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("\u{301}a", x: 0, y: 0, style: .plain) == 1)
        #expect(screen.text(ofRow: 0) == "a")
    }

    @Test("text starting left of the screen is clipped")
    func negativeX() {
        var screen = Screen(width: 4, height: 1)
        #expect(screen.put("中ab", x: -1, y: 0, style: .plain) == 4)
        #expect(screen.text(ofRow: 0) == " ab")
        #expect(screen.put("zz", x: 0, y: 5, style: .plain) == 0)
        #expect(screen.put("zz", x: 9, y: 0, style: .plain) == 0)
    }

    @Test("putTruncated ends in an ellipsis")
    func truncated() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.putTruncated("Enterprise", x: 0, y: 0, style: .plain, maxWidth: 6) == 6)
        #expect(screen.text(ofRow: 0) == "Enter…")
        screen.clear()
        #expect(screen.putTruncated("中文字", x: 0, y: 0, style: .plain, maxWidth: 4) == 4)
        #expect(screen.text(ofRow: 0) == "中…")
    }

    @Test("fill and setStyle")
    func fillAndStyle() {
        var screen = Screen(width: 5, height: 3)
        screen.fill(Rect(x: 1, y: 1, width: 10, height: 1), style: red, with: "─")
        #expect(screen.plainText == "\n ────\n\n")
        #expect(screen[1, 1].style == red)
        screen.put("中文", x: 0, y: 0, style: .plain)
        screen.setStyle(red, in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(screen[0, 0].style == red)
        #expect(screen[1, 0].style == red)
        #expect(screen[2, 0].style == .plain)
        screen.fill(Rect(x: 0, y: 2, width: 3, height: 1), style: .plain, with: "中")
        #expect(screen.text(ofRow: 2) == "中")
        #expect(screen[2, 2] == .blank)
    }

    @Test("reading and writing outside the screen is harmless")
    func outOfBounds() {
        var screen = Screen(width: 2, height: 2)
        screen[5, 5] = Cell(text: "x")
        #expect(screen[5, 5] == .blank)
        #expect(screen[-1, 0] == .blank)
        screen.fill(Rect(x: -3, y: -3, width: 2, height: 2), style: red)
        #expect(screen.plainText == "\n\n")
    }
}
