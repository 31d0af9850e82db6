import Testing
@testable import DebriefUI

@Suite("Paragraph widget")
struct ParagraphTests {
    static let article = """
    Managers review losses but rarely analyse wins. Reps can seldom say why they won.
    Reviewing wins separates fact from fiction, surfaces best practices, and sharpens questioning skills.

    Pasted from CRM:\u{1B}[2J \u{1B}]0;owned\u{07}総合的な評価 👍🏽 done.
    """

    @Test("wraps by word and keeps line breaks")
    func wraps() {
        var screen = Screen(width: 12, height: 4)
        Paragraph("Reviewing wins pays off.\nTwice.").render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "Reviewing\nwins pays\noff.\nTwice.\n")
    }

    @Test("scrolls by wrapped lines and never past the end")
    func scrolls() {
        var screen = Screen(width: 12, height: 2)
        Paragraph("one two three four five six", scrollOffset: 1).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "three four\nfive six\n")
        screen.clear()
        Paragraph("one two three four five six", scrollOffset: 99).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "three four\nfive six\n")
    }

    @Test("sanitises control characters but keeps newlines")
    func sanitises() {
        var screen = Screen(width: 20, height: 2)
        Paragraph("a\u{1B}[2Jb\r\nc\u{7}").render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "a␛[2Jb\nc␇\n")
        #expect(Paragraph("x\ny z").lineCount(width: 1) == 3)  // "x", "y " (the space hangs), "z"
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let inner = Block(title: "Why we win").render(into: &screen, area: screen.bounds)
        Paragraph(Self.article).render(into: &screen, area: inner.inner(horizontal: 1, vertical: 0))
        assertGolden(screen, named: "paragraph-\(width)x\(height)")
    }
}
