import DebriefCore

/// The placeholder home view: what is loaded and how the team is doing. The deal board replaces it.
enum HomeView {
    static func render(_ state: AppState, into screen: inout Screen) {
        let theme = state.theme
        TitleBar.render(state, into: &screen)

        let boxWidth = min(screen.width - 4, 76)
        let x = (screen.width - boxWidth) / 2
        let lines = summaryLines(state)
        let boxHeight = min(lines.count + 2, max(3, screen.height - 5))
        screen.appBox(
            x: x, y: 2, width: boxWidth, height: boxHeight, title: "Team overview",
            border: theme.style(.borderFocused), titleStyle: theme.style(.title), fill: theme.style(.background)
        )
        for (offset, line) in lines.prefix(boxHeight - 2).enumerated() {
            var column = x + 2
            for span in line {
                column = screen.appText(span.text, x: column, y: 3 + offset, maxWidth: x + boxWidth - 2 - column, style: theme.style(span.role))
            }
        }
    }

    struct Span {
        var text: String
        var role: ThemeRole
        init(_ text: String, _ role: ThemeRole = .text) {
            self.text = text
            self.role = role
        }
    }

    static func summaryLines(_ state: AppState) -> [[Span]] {
        let data = state.data
        if state.isLoading && data.deals.isEmpty { return [[Span("Loading…", .textMuted)]] }
        guard !data.deals.isEmpty else {
            return [
                [Span("No deals yet.", .title)],
                [],
                [Span("This data directory has no deals. To look around with a demo team:")],
                [Span("  debrief --demo", .statusOK)],
                [],
                [Span("Press ? for keys, q to quit.", .textMuted)],
            ]
        }
        let won = data.count(.won), lost = data.count(.lost), noDecision = data.count(.noDecision)
        let decided = won + lost
        let winRate = decided == 0 ? "–" : "\(Int((Double(won) * 100 / Double(decided)).rounded()))%"
        var lines: [[Span]] = [
            [Span("Closed deals  ", .textMuted), Span("\(data.deals.count)")],
            [],
            [Span("  ✓ won          ", .dealWon), Span(pad(won))],
            [Span("  ✗ lost         ", .dealLost), Span(pad(lost))],
            [Span("  ○ no decision  ", .dealNoDecision), Span(pad(noDecision))],
            [Span("  win rate       ", .textMuted), Span(winRate), Span("  (won of won + lost)", .textMuted)],
            [],
            [Span("Reviews       ", .textMuted), Span("\(data.reviews.count)")],
        ]
        let byStatus = ReviewStatus.allCases.map { "\(data.count($0)) \($0.label)" }.joined(separator: " · ")
        lines.append([Span("  " + byStatus)])
        lines.append([])
        lines.append([Span("The deal board opens here in a later version. Press ? for keys.", .textMuted)])
        return lines
    }

    private static func pad(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, 5 - text.count)) + text
    }
}
