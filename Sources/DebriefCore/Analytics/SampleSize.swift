/// How many deals or reviews a figure must rest on before a chart of it means anything.
/// Below this the figure is still reported, with its count, but flagged as too thin to chart:
/// a win rate from three deals moves by a third with every deal.
public enum SampleSize {
    public static let minimum = 5

    public static func isTooThin(_ count: Int) -> Bool { count < minimum }

    /// `part / whole`, or nil when there is nothing to divide by.
    static func share(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? Double(part) / Double(whole) : nil
    }
}
