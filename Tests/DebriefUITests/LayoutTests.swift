import Testing
@testable import DebriefUI

@Suite("Layout")
struct LayoutTests {
    @Test("sizes by constraint", arguments: [
        ([LayoutConstraint.fixed(3), .fill(1)], 10, [3, 7]),
        ([.percent(50), .percent(50)], 11, [5, 5]),
        ([.percent(30), .fill(1)], 80, [24, 56]),
        ([.fill(1), .fill(1), .fill(1)], 10, [4, 3, 3]),
        ([.fill(1), .fill(2)], 10, [3, 7]),
        ([.fill(2), .fill(1)], 10, [7, 3]),
        ([.min(5), .fill(1)], 8, [5, 3]),  // the fair share (4) is below the minimum
        ([.min(2), .fill(1)], 10, [5, 5]),
        ([.min(3), .min(3), .fill(2)], 8, [3, 3, 2]),
        ([.min(5), .fixed(4)], 8, [5, 3]),  // not enough room: the later part shrinks
        ([.fixed(1), .fill(1), .fixed(1)], 24, [1, 22, 1]),
        ([.fixed(1), .fill(1), .fixed(1)], 1, [1, 0, 0]),
        ([.fixed(5)], 10, [5]),  // nothing grows: the rest stays empty
        ([.fill(0), .fill(1)], 6, [0, 6]),
        ([.fixed(-4), .percent(250), .min(-1)], 10, [0, 10, 0]),
        ([.fill(1)], -5, [0]),
    ])
    func sizes(constraints: [LayoutConstraint], total: Int, expected: [Int]) {
        #expect(LayoutConstraint.sizes(for: constraints, total: total) == expected)
    }

    @Test("sizes never go negative and never overflow")
    func sizeInvariants() {
        let pool: [LayoutConstraint] = [.fixed(7), .percent(33), .fill(1), .fill(3), .min(4), .percent(100), .fixed(0)]
        for total in 0...50 {
            for first in pool {
                for second in pool {
                    for third in pool {
                        let sizes = LayoutConstraint.sizes(for: [first, second, third], total: total)
                        #expect(sizes.count == 3)
                        #expect(sizes.allSatisfy { $0 >= 0 })
                        #expect(sizes.reduce(0, +) <= total)
                    }
                }
            }
        }
    }

    @Test("horizontal split places parts side by side")
    func horizontal() {
        let area = Rect(x: 2, y: 1, width: 20, height: 5)
        let parts = area.columns([.percent(25), .fill(1)])
        #expect(parts == [Rect(x: 2, y: 1, width: 5, height: 5), Rect(x: 7, y: 1, width: 15, height: 5)])
    }

    @Test("vertical split stacks parts")
    func vertical() {
        let area = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = area.rows([.fixed(1), .fill(1), .fixed(1)])
        #expect(parts == [
            Rect(x: 0, y: 0, width: 80, height: 1),
            Rect(x: 0, y: 1, width: 80, height: 22),
            Rect(x: 0, y: 23, width: 80, height: 1),
        ])
    }

    @Test("spacing leaves gaps between parts only")
    func spacing() {
        let parts = Rect(x: 0, y: 0, width: 11, height: 1).columns([.fill(1), .fill(1)], spacing: 1)
        #expect(parts == [Rect(x: 0, y: 0, width: 5, height: 1), Rect(x: 6, y: 0, width: 5, height: 1)])
        let cramped = Rect(x: 0, y: 0, width: 1, height: 1).columns([.fill(1), .fill(1), .fill(1)], spacing: 2)
        #expect(cramped.allSatisfy { Rect(x: 0, y: 0, width: 1, height: 1).intersection($0) == $0 })
    }

    @Test("every part stays inside the split rectangle")
    func containment() {
        for width in 0...30 {
            let area = Rect(x: 3, y: 4, width: width, height: 2)
            let parts = area.columns([.fixed(10), .percent(40), .min(3), .fill(2)], spacing: 1)
            for part in parts {
                #expect(part.x >= area.x && part.maxX <= area.maxX)
            }
            for (left, right) in zip(parts, parts.dropFirst()) {
                #expect(left.maxX <= right.x)
            }
        }
    }

    @Test("no constraints, no parts")
    func empty() {
        #expect(Rect(x: 0, y: 0, width: 5, height: 5).rows([]).isEmpty)
    }
}
