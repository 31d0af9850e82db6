import DebriefCore

/// One piece of a Patterns section, with a known height, so sections can be stacked and scrolled.
enum PatternsBlock: Sendable, Hashable {
    case heading(String)
    case text(String)
    /// The numbers a figure rests on ("based on 31 win reviews").
    case note(String)
    /// Shown instead of a chart when the data is too thin to chart.
    case warning(String)
    case bars([BarChart.Bar], maxValue: Double?)
    /// A trend line with its first and last labels under it.
    case sparkline([Double], first: String, last: String)
    case blank

    var height: Int {
        switch self {
        case .bars(let bars, _): bars.count
        case .sparkline: 2
        default: 1
        }
    }
}

/// A titled group of blocks: one figure of the Patterns view.
struct PatternsSection: Sendable, Hashable {
    var title: String
    var blocks: [PatternsBlock]
    /// The first figure counted from reviews rather than deals: on a wide screen it heads the right column.
    var startsReviewFigures = false

    /// Heading, blocks and one blank row after.
    var height: Int { 1 + blocks.reduce(0) { $0 + $1.height } + 1 }
}
