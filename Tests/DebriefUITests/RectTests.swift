import Testing
@testable import DebriefUI

@Suite("Rect")
struct RectTests {
    @Test("sizes are never negative")
    func clamps() {
        let rect = Rect(x: 1, y: 2, width: -3, height: -1)
        #expect(rect.width == 0)
        #expect(rect.height == 0)
        #expect(rect.isEmpty)
    }

    @Test("inner shrinks on every side and stops at zero")
    func inner() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 5)
        #expect(rect.inner(1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(rect.inner(horizontal: 2, vertical: 0) == Rect(x: 2, y: 0, width: 6, height: 5))
        #expect(rect.inner(3) == Rect(x: 3, y: 2, width: 4, height: 1))
        #expect(rect.inner(9).isEmpty)
        #expect(rect.inner(-2) == rect)
    }

    @Test("intersection")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
        #expect(a.intersection(Rect(x: -5, y: 2, width: 7, height: 3)) == Rect(x: 0, y: 2, width: 2, height: 3))
    }

    @Test("centered and row")
    func centeredAndRow() {
        let rect = Rect(x: 2, y: 1, width: 20, height: 10)
        #expect(rect.centered(width: 10, height: 4) == Rect(x: 7, y: 4, width: 10, height: 4))
        #expect(rect.centered(width: 50, height: 50) == rect)
        #expect(rect.row(3) == Rect(x: 2, y: 4, width: 20, height: 1))
        #expect(rect.row(10).isEmpty)
        #expect(rect.contains(x: 2, y: 1))
        #expect(!rect.contains(x: 22, y: 1))
    }
}
