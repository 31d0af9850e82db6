import Testing
@testable import DebriefUI

@Suite("Text editor: editing")
struct TextEditorEditingTests {
    @Test("an empty editor has one empty line and the cursor at 0,0")
    func empty() {
        let editor = TextEditor()
        #expect(editor.text == "")
        #expect(editor.cursor == 0)
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 0))
        #expect(editor.visualLines == [EditorVisualLine(start: 0, end: 0, endsLogicalLine: true)])
    }

    @Test("typing moves the cursor by graphemes and columns")
    func typing() {
        var editor = TextEditor()
        editor.insert("hello")
        #expect(editor.text == "hello")
        #expect(editor.cursor == 5)
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 5))
        editor.insert(" 中文")
        #expect(editor.cursor == 8)
        #expect(editor.cursorLocation.column == 10)
        editor.insert("👨‍👩‍👧")
        #expect(editor.cursor == 9)
        #expect(editor.cursorLocation.column == 12)
        editor.deleteBackward()
        #expect(editor.text == "hello 中文")
        editor.deleteBackward()
        #expect(editor.text == "hello 中")
        #expect(editor.cursorLocation.column == 8)
    }

    @Test("a combining mark typed after a letter joins it")
    func combiningMark() {
        var editor = TextEditor(text: "cafe")
        editor.insert("\u{301}")
        #expect(editor.text == "cafe\u{301}")
        #expect(editor.characterCount == 4)
        #expect(editor.cursor == 4)
        #expect(editor.cursorLocation.column == 4)
        editor.deleteBackward()
        #expect(editor.text == "caf")
    }

    @Test("newline, Backspace at a line start and Delete")
    func newlineAndDeletes() {
        var editor = TextEditor(text: "ab")
        editor.insertNewline()
        editor.insert("cd")
        #expect(editor.text == "ab\ncd")
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 2))
        editor.apply(.lineStart)
        #expect(editor.cursor == 3)
        editor.deleteBackward()
        #expect(editor.text == "abcd")
        #expect(editor.cursor == 2)
        editor.deleteForward()
        #expect(editor.text == "abd")
        editor.apply(.documentEnd)
        editor.deleteForward()
        #expect(editor.text == "abd")
        editor.apply(.documentStart)
        editor.deleteBackward()
        #expect(editor.text == "abd")
        #expect(editor.cursor == 0)
    }

    @Test("Ctrl-W deletes the word before the cursor, and joins lines at a line start")
    func deleteWord() {
        var editor = TextEditor(text: "price was too high  ")
        editor.deleteWordBackward()
        #expect(editor.text == "price was too ")
        editor.deleteWordBackward()
        #expect(editor.text == "price was ")
        editor.setText("first\nsecond")
        editor.apply(.lineStart)
        editor.deleteWordBackward()
        #expect(editor.text == "firstsecond")
        #expect(editor.cursor == 5)
        editor.deleteWordBackward()
        #expect(editor.text == "second")
        editor.setText("one,two")
        editor.deleteWordBackward()
        #expect(editor.text == "")
    }

    @Test("pasted line breaks become \\n; tabs, escapes and bidi controls are kept, drawn safely")
    func paste() {
        var editor = TextEditor()
        editor.insert("line1\r\nline2\tx\r\u{1B}[2J\u{202E}end")
        #expect(editor.text == "line1\nline2\tx\n\u{1B}[2J\u{202E}end")
        #expect(editor.cursorLocation == EditorLocation(row: 2, column: 7))
        var screen = Screen(width: 20, height: 3)
        TextEditorView(editor: editor).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "line1\nline2    x\n␛[2Jend\n")
    }

    @Test("a note from elsewhere keeps its tabs, CR LF, bidi marks and controls when one character is typed")
    func storedTextIsKept() {
        let stored = "שלום\u{200F} (1)\tcol\r\nnext\u{7}line\u{200E}"
        var editor = TextEditor(text: stored)
        #expect(editor.text == stored)
        editor.insert("!")
        #expect(editor.text == stored + "!")
        editor.deleteBackward()
        #expect(editor.text == stored)
        editor.setText(stored)
        #expect(editor.text == stored)
        // Drawn: the tab as spaces, CR LF as a line break, the bell as its picture, the marks as nothing.
        var screen = Screen(width: 30, height: 2)
        TextEditorView(editor: editor).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText.contains("    col\nnext␇line"))
        #expect(editor.visualLines.count == 2)
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 9))
    }

    @Test("a long paste wraps and scrolls to keep the cursor visible")
    func longPaste() {
        var editor = TextEditor(wrapWidth: 20, visibleRows: 4)
        let sentence = "Reps can seldom say why they won, so we ask. "
        editor.insert(String(repeating: sentence, count: 20))
        #expect(editor.characterCount == sentence.count * 20)
        let lines = editor.visualLines
        #expect(lines.count > 4)
        #expect(editor.cursorLocation.row == lines.count - 1)
        #expect(editor.scrollOffset == lines.count - 4)
        editor.apply(.documentStart)
        #expect(editor.scrollOffset == 0)
    }
}

@Suite("Text editor: movement")
struct TextEditorMovementTests {
    @Test("left and right move by grapheme across lines")
    func characters() {
        var editor = TextEditor(text: "é中\n👍🏽")
        #expect(editor.cursor == 4)
        editor.moveLeft()
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 0))
        editor.moveLeft()
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 3))
        editor.moveLeft()
        editor.moveLeft()
        editor.moveLeft()
        #expect(editor.cursor == 0)
        editor.moveRight()
        #expect(editor.cursorLocation.column == 1)
    }

    @Test("word movement skips punctuation and spaces")
    func words() {
        var editor = TextEditor(text: "one two, three")
        editor.moveWordLeft()
        #expect(editor.cursor == 9)
        editor.moveWordLeft()
        #expect(editor.cursor == 4)
        editor.moveWordLeft()
        #expect(editor.cursor == 0)
        editor.moveWordLeft()
        #expect(editor.cursor == 0)
        editor.moveWordRight()
        #expect(editor.cursor == 3)
        editor.moveWordRight()
        #expect(editor.cursor == 7)
        editor.moveWordRight()
        #expect(editor.cursor == 14)
    }

    @Test("Up and Down across wrapped lines keep the column")
    func wrappedUpDown() {
        var editor = TextEditor(text: "the quick brown fox", wrapWidth: 10)
        #expect(editor.visualLines.map { $0.start..<$0.end } == [0..<10, 10..<19])
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 9))
        editor.moveUp()
        #expect(editor.cursor == 9)
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 9))
        editor.moveDown()
        #expect(editor.cursor == 19)
        editor.moveDown()
        #expect(editor.cursor == 19)
        editor.moveUp()
        editor.moveUp()
        #expect(editor.cursor == 0)
    }

    @Test("the column is remembered across short and empty lines")
    func rememberedColumn() {
        var editor = TextEditor(text: "a long first line\nab\n\nanother long line")
        editor.apply(.documentStart)
        for _ in 0..<10 { editor.moveRight() }
        editor.moveDown()
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 2))
        editor.moveDown()
        #expect(editor.cursorLocation == EditorLocation(row: 2, column: 0))
        editor.moveDown()
        #expect(editor.cursorLocation == EditorLocation(row: 3, column: 10))
        editor.moveLeft()
        editor.moveUp()
        #expect(editor.cursorLocation == EditorLocation(row: 2, column: 0))
        editor.moveUp()
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 2))
    }

    @Test("Up and Down align by display column through wide characters")
    func wideColumns() {
        var editor = TextEditor(text: "中文字\nabcdef")
        editor.apply(.lineStart)
        for _ in 0..<3 { editor.moveRight() }
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 3))
        editor.moveUp()
        #expect(editor.cursor == 1)
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 2))
        editor.moveDown()
        #expect(editor.cursorLocation == EditorLocation(row: 1, column: 3))
    }

    @Test("Home and End work on the visual line")
    func homeEnd() {
        var editor = TextEditor(text: "the quick brown fox", wrapWidth: 10)
        editor.moveToLineStart()
        #expect(editor.cursor == 10)
        editor.moveUp()
        editor.moveToLineEnd()
        #expect(editor.cursor == 9)
        #expect(editor.cursorLocation == EditorLocation(row: 0, column: 9))
        editor.moveToLineStart()
        #expect(editor.cursor == 0)
    }

    @Test("long words are broken and the cursor moves through them")
    func longWord() {
        var editor = TextEditor(text: "abcdefghij", wrapWidth: 4)
        #expect(editor.visualLines.map { $0.start..<$0.end } == [0..<4, 4..<8, 8..<10])
        #expect(editor.cursorLocation == EditorLocation(row: 2, column: 2))
        editor.moveUp()
        #expect(editor.cursor == 6)
        editor.moveToLineEnd()
        #expect(editor.cursor == 7)
        editor.moveRight()
        #expect(editor.cursorLocation == EditorLocation(row: 2, column: 0))
    }

    @Test("page up and down move by the visible rows less one")
    func paging() {
        var editor = TextEditor(text: (1...20).map { "line \($0)" }.joined(separator: "\n"), visibleRows: 5)
        #expect(editor.scrollOffset == 15)
        editor.apply(.pageUp)
        #expect(editor.cursorLocation.row == 15)
        #expect(editor.scrollOffset == 15)
        editor.apply(.pageUp)
        #expect(editor.cursorLocation.row == 11)
        #expect(editor.scrollOffset == 11)
        editor.apply(.pageDown)
        #expect(editor.cursorLocation.row == 15)
        #expect(editor.scrollOffset == 11)
    }
}

@Suite("Text editor view")
struct TextEditorViewTests {
    @Test("the hardware cursor goes where the text cursor is")
    func cursor() {
        var editor = TextEditor(text: "Why did we win?\n中文 notes")
        let area = Rect(x: 3, y: 2, width: 12, height: 3)
        editor.setViewport(for: area)
        var screen = Screen(width: 20, height: 6)
        TextEditorView(editor: editor).render(into: &screen, area: area)
        #expect(screen.plainText == "\n\n   Why did we\n   win?\n   中文 notes\n\n")
        #expect(screen.cursor == Point(x: 13, y: 4))
        #expect(editor.cursorPosition(in: area) == Point(x: 13, y: 4))
    }

    @Test("an unfocused editor leaves the cursor hidden; an empty one shows its placeholder")
    func placeholder() {
        var screen = Screen(width: 20, height: 2)
        TextEditorView(editor: TextEditor(), focused: false, placeholder: "Type notes…").render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "Type notes…\n\n")
        #expect(screen.cursor == nil)
        #expect(screen[0, 0].style == WidgetStyles.monochrome.muted)
    }

    @Test("the view scrolls to the cursor even when the editor's viewport is stale")
    func staleViewport() {
        let editor = TextEditor(text: "1\n2\n3\n4\n5\n6", wrapWidth: 80, visibleRows: 50)
        var screen = Screen(width: 10, height: 2)
        TextEditorView(editor: editor).render(into: &screen, area: screen.bounds)
        #expect(screen.plainText == "5\n6\n")
        #expect(screen.cursor == Point(x: 1, y: 1))
    }

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let panes = screen.bounds.columns([.percent(40), .fill(1)])
        let question = Block(title: "Question 3 of 12").render(into: &screen, area: panes[0])
        Paragraph("What did the buyer say made the difference?").render(into: &screen, area: question)
        let notesArea = Block(title: "Notes", focused: true).render(into: &screen, area: panes[1])
        var editor = TextEditor(text: """
        Buyer (Dana, VP Ops) said our onboarding plan was the deciding factor — 2 weeks vs 6.
        価格は二番目の理由。
        Rep action 👍🏽: ran a pilot with their real data.
        """)
        editor.setViewport(for: notesArea)
        TextEditorView(editor: editor).render(into: &screen, area: notesArea)
        assertGolden(screen, named: "text-editor-\(width)x\(height)")
        #expect(screen.cursor == editor.cursorPosition(in: notesArea))
    }
}
