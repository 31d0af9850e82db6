import Testing
@testable import DebriefUI

@Suite("Screen diff")
struct ScreenDiffTests {
    let red = Style(foreground: .ansi(1))

    @Test func nothingBeforeMeansEveryRowWhole() {
        let screen = Screen(width: 4, height: 2)
        let diff = Screen.diff(from: nil, to: screen)
        #expect(diff.isFull && !diff.isEmpty)
        #expect(diff.runs == [.init(y: 0, x: 0, width: 4), .init(y: 1, x: 0, width: 4)])
    }

    @Test func aNewSizeIsDrawnWhole() {
        let diff = Screen.diff(from: Screen(width: 4, height: 2), to: Screen(width: 5, height: 2))
        #expect(diff.isFull && diff.runs.count == 2 && diff.runs.allSatisfy { $0.width == 5 })
    }

    @Test func theSameFrameIsEmpty() {
        var screen = Screen(width: 8, height: 3)
        screen.put("hello", x: 1, y: 1, style: red)
        #expect(Screen.diff(from: screen, to: screen).isEmpty)
    }

    @Test func changedCellsComeAsRunsPerRow() {
        let old = Screen(width: 10, height: 3)
        var new = old
        new.put("ab", x: 2, y: 0, style: .plain)
        new.put("x", x: 6, y: 0, style: .plain)
        new.put("zz", x: 8, y: 2, style: .plain)
        let diff = Screen.diff(from: old, to: new)
        #expect(!diff.isFull && !diff.cursorChanged)
        #expect(diff.runs == [.init(y: 0, x: 2, width: 2), .init(y: 0, x: 6, width: 1), .init(y: 2, x: 8, width: 2)])
    }

    @Test func aStyleChangeAloneIsAChange() {
        var old = Screen(width: 5, height: 1)
        old.put("abc", x: 0, y: 0, style: .plain)
        var new = Screen(width: 5, height: 1)
        new.put("abc", x: 0, y: 0, style: red)
        #expect(Screen.diff(from: old, to: new).runs == [.init(y: 0, x: 0, width: 3)])
    }

    @Test func aRunStartsOnTheLeftHalfOfAWideCharacter() {
        // Only the right half differs (a wide character's continuation replaced a narrow one):
        // the run must start on the left half, so a backend draws the character whole.
        var old = Screen(width: 6, height: 1)
        old.put("中", x: 2, y: 0, style: .plain)
        var new = old
        new[3, 0] = Cell(text: "", style: red, width: 0)
        #expect(Screen.diff(from: old, to: new).runs == [.init(y: 0, x: 2, width: 2)])
    }

    @Test func aWideCharacterReplacingNarrowOnesCoversBothCells() {
        var old = Screen(width: 6, height: 1)
        old.put("abcd", x: 0, y: 0, style: .plain)
        var new = old
        new.put("日", x: 1, y: 0, style: .plain)
        #expect(Screen.diff(from: old, to: new).runs == [.init(y: 0, x: 1, width: 2)])
    }

    @Test func aMovedCursorIsAChange() {
        let old = Screen(width: 4, height: 1)
        var new = old
        new.cursor = Point(x: 1, y: 0)
        let diff = Screen.diff(from: old, to: new)
        #expect(diff.cursorChanged && diff.runs.isEmpty && !diff.isEmpty)
    }
}
