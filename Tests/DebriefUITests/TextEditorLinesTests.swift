import DebriefCore
import Testing
@testable import DebriefUI

/// The editor keeps its text as lines with their wrapped rows and re-splits only the lines an edit
/// touches: after any sequence of edits it must be exactly the editor a fresh start on its text
/// would be (same text, rows, cursor place), or drawing and the cursor go wrong in long notes.
@Suite("Text editor: lines kept in step")
struct TextEditorLinesTests {
    /// The editor as a fresh start on the same text would be, the cursor moved to the same place.
    static func fresh(like editor: TextEditor) -> TextEditor {
        var fresh = TextEditor(text: editor.text, wrapWidth: editor.wrapWidth, visibleRows: editor.visibleRows)
        fresh.moveCursor(to: editor.cursor)
        return fresh
    }

    static func expectInStep(_ editor: TextEditor, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let fresh = fresh(like: editor)
        #expect(editor.characterCount == editor.text.count, "\(what): count", sourceLocation: sourceLocation)
        #expect(editor.visualLines == fresh.visualLines, "\(what): rows", sourceLocation: sourceLocation)
        #expect(editor.cursorLocation == fresh.cursorLocation, "\(what): cursor", sourceLocation: sourceLocation)
        #expect(editor.visualRowCount == fresh.visualLines.count, "\(what): row count", sourceLocation: sourceLocation)
        for position in [0, editor.cursor, editor.characterCount - 1] where position >= 0 && position < editor.characterCount {
            #expect(editor.character(at: position) == Array(editor.text)[position], "\(what): character \(position)", sourceLocation: sourceLocation)
        }
    }

    @Test func randomEditsLeaveTheEditorAsAFreshStartWouldBe() {
        var random = SeededRandom(seed: 21)
        let pieces = ["a", "word ", "é", "東京", "🎉", " ", "\n", "\r", "\r\n", "\t", "\u{301}", "Zoë ", "long-unbroken-word-here", "\n\n", "x\ny\nz"]
        var editor = TextEditor(text: "start\r\nof a note\n", wrapWidth: 9, visibleRows: 4)
        for step in 0..<600 {
            switch random.int(0...9) {
            case 0...3: editor.insert(random.pick(pieces))
            case 4: editor.deleteBackward()
            case 5: editor.deleteForward()
            case 6: editor.deleteWordBackward()
            case 7: editor.moveCursor(to: random.int(0...editor.characterCount))
            case 8: editor.apply(random.pick([.up, .down, .lineStart, .lineEnd, .wordLeft, .wordRight, .left, .right, .pageUp, .pageDown]))
            default: editor.setViewport(for: Rect(x: 0, y: 0, width: random.int(2...14), height: random.int(1...5)))
            }
            Self.expectInStep(editor, "step \(step)")
            if editor.visualLines != Self.fresh(like: editor).visualLines { return }  // one failure says enough
        }
    }

    @Test func aJoiningEditAcrossALineBreakKeepsTheLinesRight() {
        // "\r" then "\n" is one line break; a mark typed at a line's start joins nothing before the break.
        var editor = TextEditor(text: "one\rtwo", wrapWidth: 20)
        editor.moveCursor(to: 4)
        editor.insert("\n")  // after a lone CR it makes one CR LF break with it
        Self.expectInStep(editor, "after the break")
        editor.moveCursor(to: 0)
        editor.insert("\u{301}")
        Self.expectInStep(editor, "a mark at the start")
    }

    @Test func drawingLooksOnlyAtTheRowsOnScreen() {
        // A long note draws its last rows, the cursor on the last one, as a whole wrap would.
        let line = "The buyer said the pilot decided it, not the price.\n"
        var editor = TextEditor(text: String(repeating: line, count: 5_000), wrapWidth: 29, visibleRows: 6)
        editor.insert("end")
        var screen = Screen(width: 30, height: 6)
        TextEditorView(editor: editor).render(into: &screen, area: screen.bounds)
        #expect(screen.text(ofRow: 5).hasPrefix("end"))
        #expect(screen.cursor == Point(x: 3, y: 5))
        #expect(editor.cursorLocation.row == editor.visualLines.count - 1)
    }
}
