import DebriefCore

/// Horizontal bars, one per row: label, bar, value. Bar ends are drawn in eighths of a cell
/// (▏▎▍▌▋▊▉█), so small differences still show.
public struct BarChart: Sendable, Hashable {
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// Shown after the bar; defaults to the value, without decimals when it has none.
        public var valueText: String

        public init(_ label: String, value: Double, valueText: String? = nil) {
            self.label = label
            self.value = value
            self.valueText = valueText ?? BarChart.defaultText(for: value)
        }
    }

    public var bars: [Bar]
    /// The value of a full-width bar; defaults to the largest value.
    public var maxValue: Double?
    public var styles: WidgetStyles

    public init(bars: [Bar], maxValue: Double? = nil, styles: WidgetStyles = .monochrome) {
        self.bars = bars
        self.maxValue = maxValue
        self.styles = styles
    }

    static let partialBlocks: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar for `value` out of `maximum` in `width` cells, to the nearest eighth of a cell.
    public static func barText(value: Double, maximum: Double, width: Int) -> String {
        guard width > 0, maximum > 0, value.isFinite, value > 0 else { return "" }
        let eighths = Int((min(value, maximum) / maximum * Double(width) * 8).rounded())
        var text = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { text.append(partialBlocks[eighths % 8 - 1]) }
        return text
    }

    public func render(into screen: inout Screen, area: Rect) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let maximum = maxValue ?? bars.map(\.value).filter(\.isFinite).max() ?? 0
        let labelWidth = min(bars.map { DisplayWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let valueWidth = min(bars.map { DisplayWidth.of($0.valueText) }.max() ?? 0, area.width / 4)
        let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
        for (row, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + row
            screen.putFitted(bar.label, x: area.x, y: y, width: labelWidth, style: styles.text)
            let barX = area.x + labelWidth + 1
            screen.put(Self.barText(value: bar.value, maximum: maximum, width: barWidth), x: barX, y: y, style: styles.chartBar, maxWidth: barWidth)
            screen.putFitted(bar.valueText, x: area.maxX - valueWidth, y: y, width: valueWidth, alignment: .right, style: styles.text)
        }
    }

    static func defaultText(for value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
