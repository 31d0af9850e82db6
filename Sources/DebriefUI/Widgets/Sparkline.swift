/// A one-row trend: one block character (▁▂▃▄▅▆▇█) per value, scaled to the largest. When there
/// are more values than columns, the most recent ones are shown. A NaN is a value too thin to
/// draw, shown as `·` so it never reads as the lowest level.
public struct Sparkline: Sendable, Hashable {
    public var values: [Double]
    /// The value drawn as a full block; defaults to the largest value.
    public var maxValue: Double?
    public var style: Style

    public init(values: [Double], maxValue: Double? = nil, style: Style = .plain) {
        self.values = values
        self.maxValue = maxValue
        self.style = style
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let gap: Character = "·"

    /// The sparkline for the last `width` values.
    public func text(width: Int) -> String {
        let shown = values.suffix(max(0, width))
        let maximum = maxValue ?? shown.filter(\.isFinite).max() ?? 0
        return String(shown.map { value -> Character in
            if value.isNaN { return Self.gap }
            guard maximum > 0, value.isFinite, value > 0 else { return Self.levels[0] }
            let level = Int((min(value, maximum) / maximum * 7).rounded())
            return Self.levels[min(7, max(0, level))]
        })
    }

    /// Draws in the bottom row of `area`.
    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty else { return }
        screen.put(text(width: area.width), x: area.x, y: area.maxY - 1, style: style, maxWidth: area.width)
    }
}
