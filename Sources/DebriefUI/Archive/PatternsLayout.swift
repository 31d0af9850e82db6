/// Where the Patterns view's sections go: one scrolling column, or two side by side on a wide
/// terminal (split where the two heights come closest), scrolled together.
struct PatternsLayout {
    /// From this width the sections flow into two columns.
    static let twoColumnWidth = 110

    let header: Rect
    let body: Rect
    let footer: Rect
    /// Column rectangles inside the body (width and x only; their content is taller than the body).
    let columns: [Rect]
    /// The sections in each column.
    let columnSections: [[PatternsSection]]
    let contentHeight: Int
    /// Rows where a section starts, in any column, ascending.
    let sectionStarts: [Int]

    init(sections: [PatternsSection], area: Rect) {
        header = area.row(0)
        footer = area.row(area.height - 1)
        body = Rect(x: area.x + 1, y: area.y + 1, width: max(0, area.width - 2), height: max(0, area.height - 2))
        if area.width >= Self.twoColumnWidth && sections.count > 1 {
            let heights = sections.map(\.height)
            let total = heights.reduce(0, +)
            var best = 1, bestTallest = Int.max, running = 0
            for split in 1..<sections.count {
                running += heights[split - 1]
                let tallest = max(running, total - running)
                if tallest < bestTallest { bestTallest = tallest; best = split }
            }
            // Deal figures on the left, review figures on the right, when that split is not lopsided.
            if let split = sections.firstIndex(where: \.startsReviewFigures), split > 0 {
                let left = heights[..<split].reduce(0, +)
                if max(left, total - left) <= bestTallest * 5 / 4 { best = split }
            }
            columns = body.columns([.fill(1), .fill(1)], spacing: 2)
            columnSections = [Array(sections[..<best]), Array(sections[best...])]
        } else {
            columns = [body]
            columnSections = [sections]
        }
        var starts = Set<Int>()
        var tallest = 0
        for column in columnSections {
            var y = 0
            for section in column {
                starts.insert(y)
                y += section.height
            }
            tallest = max(tallest, y)
        }
        contentHeight = tallest
        sectionStarts = starts.sorted()
    }

    var maxScroll: Int { max(0, contentHeight - body.height) }
}
