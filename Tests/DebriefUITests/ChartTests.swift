import Testing
@testable import DebriefUI

@Suite("Bar chart and sparkline widgets")
struct ChartTests {
    @Test("bars end in eighths of a cell", arguments: [
        (10.0, 10.0, 4, "████"),
        (5.0, 10.0, 4, "██"),
        (1.0, 8.0, 1, "▏"),
        (7.0, 8.0, 1, "▉"),
        (1.0, 10.0, 4, "▍"),  // 3.2 eighths rounds to 3
        (0.0, 10.0, 4, ""),
        (-3.0, 10.0, 4, ""),
        (20.0, 10.0, 4, "████"),  // clamped to the maximum
        (Double.nan, 10.0, 4, ""),
    ])
    func bars(value: Double, maximum: Double, width: Int, expected: String) {
        #expect(BarChart.barText(value: value, maximum: maximum, width: width) == expected)
    }

    @Test("sparkline levels scale to the largest value and show the latest values", arguments: [
        ([0.0, 1, 2, 3, 4, 5, 6, 7], 8, "▁▂▃▄▅▆▇█"),
        ([1.0, 1, 1], 3, "███"),
        ([0.0, 0], 2, "▁▁"),
        ([5.0, 0, 10], 2, "▁█"),
        ([], 4, ""),
        ([0.5, .nan, 1.0, 0], 4, "▅·█▁"),
    ])
    func sparkline(values: [Double], width: Int, expected: String) {
        #expect(Sparkline(values: values).text(width: width) == expected)
    }

    static let reasons = [
        BarChart.Bar("Onboarding plan", value: 14),
        BarChart.Bar("Price", value: 9),
        BarChart.Bar("Relationship", value: 6.5, valueText: "6.5"),
        BarChart.Bar("Competitor 比較", value: 3),
        BarChart.Bar("Luck", value: 1),
    ]

    @Test("golden: 40x10 and 80x24", arguments: [(40, 10), (80, 24)])
    func golden(width: Int, height: Int) {
        var screen = Screen(width: width, height: height)
        let parts = screen.bounds.rows([.fill(1), .fixed(3)])
        let chart = Block(title: "Why we win").render(into: &screen, area: parts[0])
        BarChart(bars: Self.reasons).render(into: &screen, area: chart.inner(horizontal: 1, vertical: 0))
        let trend = Block(title: "Win rate by month").render(into: &screen, area: parts[1])
        Sparkline(values: [0.2, 0.35, 0.3, 0.5, 0.45, 0.6, 0.55, 0.7, 0.65, 0.8, 0.1, 0.9, 0.4, 0.6, 0.75, 0.3, 0.5, 0.85, 0.95, 0.6,
                           0.7, 0.2, 0.4, 0.9, 0.5, 0.3, 0.6, 0.8, 0.7, 0.45, 0.55, 0.65, 0.35, 0.25, 0.15, 0.05, 0.5, 0.6, 0.7, 0.8],
                  maxValue: 1).render(into: &screen, area: trend)
        assertGolden(screen, named: "charts-\(width)x\(height)")
    }
}
