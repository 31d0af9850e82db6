/// What the slashed dates of a file (or of one of its columns) say about their order, kept as the
/// file streams by: the first date only one order can read each way, and the first three distinct
/// dates either could, each with where it was, so columns gathered apart can be merged in file order.
struct DateOrderEvidence: Sendable {
    /// Where a date was: its row, then its place among the cells `DateOrder.settle` reads in a row.
    struct Place: Comparable, Sendable {
        var row: Int
        var column = 0
        static func < (a: Place, b: Place) -> Bool { (a.row, a.column) < (b.row, b.column) }
    }

    struct Example: Sendable {
        var text: String
        var place: Place
    }

    /// A first number above 12 cannot be a month in the US order, and so on.
    private(set) var us: Example?
    private(set) var dayFirst: Example?
    private(set) var ambiguous: [Example] = []

    /// Adds a date cell; `shape` is its `DateText.shape`.
    mutating func add(_ text: @autoclosure () -> String, shape: DateText.Shape, at row: Int) {
        guard case .slashed(let first, let second, _) = shape else { return }
        if first > 12 && second <= 12 {
            if dayFirst == nil { dayFirst = Example(text: text(), place: Place(row: row)) }
        } else if second > 12 && first <= 12 {
            if us == nil { us = Example(text: text(), place: Place(row: row)) }
        } else if first <= 12 && second <= 12 && ambiguous.count < 3 {
            let cell = text()
            if !ambiguous.contains(where: { $0.text == cell }) { ambiguous.append(Example(text: cell, place: Place(row: row))) }
        }
    }

    /// The evidence of several columns as if their cells had been read row by row, in the order given.
    /// Each column's first three distinct ambiguous dates are enough: any of the file's first three
    /// distinct ones is among the first three distinct of its own column.
    static func merged(_ columns: [DateOrderEvidence]) -> DateOrderEvidence {
        var result = DateOrderEvidence()
        func placed(_ example: Example?, _ column: Int) -> Example? {
            example.map { Example(text: $0.text, place: Place(row: $0.place.row, column: column)) }
        }
        let all = columns.enumerated()
        result.us = all.compactMap { placed($0.element.us, $0.offset) }.min { $0.place < $1.place }
        result.dayFirst = all.compactMap { placed($0.element.dayFirst, $0.offset) }.min { $0.place < $1.place }
        let ambiguous = all.flatMap { column in column.element.ambiguous.compactMap { placed($0, column.offset) } }
            .sorted { $0.place < $1.place }
        for example in ambiguous where result.ambiguous.count < 3 && !result.ambiguous.contains(where: { $0.text == example.text }) {
            result.ambiguous.append(example)
        }
        return result
    }
}
