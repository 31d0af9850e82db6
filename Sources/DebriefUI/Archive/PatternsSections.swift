import DebriefCore

/// Turns a `PatternsReport` into the sections the Patterns view draws: a chart only where the
/// figure rests on enough data, else the counts and a warning, and always the numbers behind it.
enum PatternsSections {
    static func build(_ report: PatternsReport) -> [PatternsSection] {
        guard report.scope.deals > 0 else {
            return [PatternsSection(title: "No closed deals", blocks: [
                .text("Nothing to count for \(report.scope.period)."),
                .note(report.scope.from == nil ? "Import closed deals with: debrief import FILE" : "Press p for a longer period, or x to clear filters."),
            ])]
        }
        var sections = [trend(report)]
        sections.append(rates("Win rate by rep", report.byRep, noun: "rep"))
        sections.append(rates("Win rate by segment", report.bySegment, noun: "segment"))
        sections.append(rates("Win rate by competitor", report.byCompetitor, noun: "competitor"))
        let titles: [Outcome: String] = [.won: "Why we win", .lost: "Why we lose", .noDecision: "Why buyers decided nothing"]
        for breakdown in report.reasons where breakdown.deals > 0 {
            sections.append(reasons(titles[breakdown.outcome] ?? breakdown.outcome.label, breakdown))
        }
        if report.reasonsByQuarter.contains(where: { !$0.quarters.isEmpty }) { sections.append(reasonTrend(report.reasonsByQuarter)) }
        var facts = factVsFiction(report.factVsFiction)
        facts.startsReviewFigures = true
        sections.append(facts)
        sections.append(signals(report.signals, reviews: report.scope.completedReviews))
        sections.append(questions(report.questions, reviews: report.scope.completedReviews))
        return sections
    }

    static func percentBar(_ label: String, _ share: Double?, _ count: Int) -> BarChart.Bar {
        BarChart.Bar(label, value: (share ?? 0) * 100, valueText: "\(PercentText.of(share)) of \(count)")
    }

    static func countBar(_ label: String, _ share: Double?, _ count: Int) -> BarChart.Bar {
        BarChart.Bar(label, value: (share ?? 0) * 100, valueText: "\(count) (\(PercentText.of(share)))")
    }

    static func trend(_ report: PatternsReport) -> PatternsSection {
        let overall = report.overall
        var blocks: [PatternsBlock] = [
            .text("\(PercentText.of(overall.rate)) of \(overall.deals) closed deals won, no decisions included"),
            .note("\(overall.wins) won · \(overall.losses) lost · \(overall.noDecisions) no decision"),
            .note("Without no decisions: \(PercentText.of(overall.rateWithoutNoDecisions)) of \(overall.wins + overall.losses) won or lost"),
        ]
        let months = report.byMonth
        let charted = months.filter { !$0.isTooThin }
        // A trend needs several months that each rest on enough deals, and most months to be such.
        if charted.count >= 3, charted.count * 2 >= months.count, let first = months.first, let last = months.last {
            // A thin month is drawn as a gap (·), never as the ▁ of a low win rate.
            blocks.append(.sparkline(months.map { $0.isTooThin ? .nan : ($0.rate ?? 0) * 100 }, first: first.label, last: last.label))
            if let low = charted.min(by: { ($0.rate ?? 0) < ($1.rate ?? 0) }), let high = charted.max(by: { ($0.rate ?? 0) < ($1.rate ?? 0) }) {
                blocks.append(.note("Low:    \(PercentText.of(low.rate)) in \(low.label) (\(low.deals) deals)"))
                blocks.append(.note("High:   \(PercentText.of(high.rate)) in \(high.label) (\(high.deals) deals)"))
                blocks.append(.note("Latest: \(PercentText.of(last.rate)) in \(last.label) (\(last.deals) deals)"))
            }
            let thin = months.count - charted.count
            if thin > 0 { blocks.append(.note("\(thin) month\(thin == 1 ? "" : "s") with fewer than \(SampleSize.minimum) deals drawn as ·, apart from low rates")) }
        } else {
            blocks.append(.warning("Too few deals per month for a trend: \(charted.count) of \(months.count) months have \(SampleSize.minimum)+ deals."))
            let recent = months.suffix(4).map { "\($0.label) \($0.wins)/\($0.deals)" }.joined(separator: ", ")
            blocks.append(.note("Won/closed, latest months: \(recent)"))
        }
        return PatternsSection(title: "Win rate by month", blocks: blocks)
    }

    static func rates(_ title: String, _ rates: [WinRate], noun: String) -> PatternsSection {
        let charted = rates.filter { !$0.isTooThin }
        var blocks: [PatternsBlock] = []
        if charted.isEmpty {
            blocks.append(.warning("No \(noun) has \(SampleSize.minimum)+ closed deals yet: no chart."))
        } else {
            blocks.append(.bars(charted.map { percentBar($0.label, $0.rate, $0.deals) }, maxValue: 100))
        }
        let thin = rates.filter(\.isTooThin)
        if !thin.isEmpty {
            let list = thin.map { "\($0.label) \($0.wins)/\($0.deals)" }.joined(separator: ", ")
            blocks.append(.note("Too few to chart: \(list)"))
        }
        return PatternsSection(title: title, blocks: blocks)
    }

    static func reasons(_ title: String, _ breakdown: ReasonBreakdown) -> PatternsSection {
        let basis = "\(breakdown.dealsWithReasons) of \(breakdown.deals) \(breakdown.outcome.label) deals gave a reason"
        if breakdown.isTooThin {
            let list = breakdown.categories.map { "\($0.category.label(amongReasonsFor: breakdown.outcome)) \($0.deals)" }.joined(separator: ", ")
            return PatternsSection(title: title, blocks: [
                .warning("Too few deals with reasons to chart."), .note(list.isEmpty ? basis : "\(list) · \(basis)"),
            ])
        }
        let bars = breakdown.categories.map {
            countBar($0.category.label(amongReasonsFor: breakdown.outcome), $0.share, $0.deals)
        }
        return PatternsSection(title: title, blocks: [.bars(bars, maxValue: 100), .note(basis)])
    }

    /// Quarters shown in the view (the JSON of `debrief stats` has up to `ReasonTrend.maximumQuarters`).
    static let trendQuarters = 4

    /// Why we win and why we lose by quarter, as a table: a category's share of the quarter's deals
    /// with a reason, or its bare count in parentheses where the quarter is too thin for a share.
    static func reasonTrend(_ trends: [ReasonTrend]) -> PatternsSection {
        var blocks: [PatternsBlock] = []
        var anyThin = false
        for trend in trends where !trend.quarters.isEmpty {
            let quarters = Array(trend.quarters.suffix(trendQuarters))
            let label = trend.outcome == .won ? "Why we win" : "Why we lose"
            let basis = "  deals with a reason"
            let labelWidth = ([label, basis] + trend.categories.map { "  " + $0.label }).map(DisplayWidth.of).max() ?? 0
            func row(_ name: String, _ cells: [String]) -> String {
                DisplayWidth.pad(name, toWidth: labelWidth) + cells.map { $0.leftPadded(8) }.joined()
            }
            blocks.append(.text(row(label, quarters.map(\.label))))
            for (position, category) in trend.categories.enumerated() {
                let cells = quarters.map { quarter in
                    quarter.isTooThin ? "(\(quarter.counts[position]))" : PercentText.of(quarter.share(position))
                }
                blocks.append(.text(row("  " + category.label, cells)))
            }
            blocks.append(.note(row(basis, quarters.map { "\($0.dealsWithReasons)" })))
            anyThin = anyThin || quarters.contains(where: \.isTooThin)
        }
        if anyThin { blocks.append(.note("(n): a count, where a quarter has fewer than \(SampleSize.minimum) deals with a reason")) }
        return PatternsSection(title: "Reasons over time, by quarter", blocks: blocks)
    }

    static func factVsFiction(_ facts: FactVsFiction) -> PatternsSection {
        let team = facts.team
        let title = "Fact vs fiction: what explains the wins"
        guard team.factors > 0 else {
            return PatternsSection(title: title, blocks: [.warning("No success factors tagged in win reviews yet.")])
        }
        var blocks: [PatternsBlock] = [
            .text("Rep's own actions: \(PercentText.of(team.repActionShare)) of success factors"),
            .text("Confirmed by buyer or CRM: \(PercentText.of(team.confirmedShare)) (own actions: \(PercentText.of(team.repActionConfirmedShare)))"),
        ]
        if team.isTooThin {
            blocks.append(.warning("Too few win reviews to chart (\(team.reviews) of \(SampleSize.minimum) needed)."))
        } else {
            blocks.append(.bars(team.causes.map { countBar($0.cause.label, $0.share, $0.factors) }, maxValue: 100))
        }
        blocks.append(.note("Based on \(team.factors) success factors in \(team.reviews) win reviews. Per rep:"))
        let nameWidth = facts.byRep.map { DisplayWidth.of($0.label) }.max() ?? 0
        for rep in facts.byRep {
            let name = DisplayWidth.pad(rep.label, toWidth: nameWidth)
            let line = "\(name)  own \(PercentText.of(rep.repActionShare).leftPadded(3))  confirmed \(PercentText.of(rep.confirmedShare).leftPadded(3))"
                + "  \(rep.reviews) review\(rep.reviews == 1 ? "" : "s")\(rep.isTooThin ? ", thin" : "")"
            blocks.append(rep.isTooThin ? .note(line) : .text(line))
        }
        return PatternsSection(title: title, blocks: blocks)
    }

    static func signals(_ signals: [SignalLift], reviews: Int) -> PatternsSection {
        let title = "Good vs bad business: win rate with and without each sign"
        guard !signals.isEmpty else {
            return PatternsSection(title: title, blocks: [.warning("No qualification signals recorded in completed reviews yet.")])
        }
        var blocks: [PatternsBlock] = []
        for signal in signals {
            let mark = signal.sign == .good ? "+" : "−"
            blocks.append(.text("\(mark) \(signal.text): \(PercentText.points(signal.lift))\(signal.isTooThin ? " (thin)" : "")"))
            if signal.isTooThin {
                blocks.append(.note("  present \(signal.present.wins)/\(signal.present.deals) won · absent \(signal.absent.wins)/\(signal.absent.deals) won"))
            } else {
                blocks.append(.bars([percentBar("  present", signal.present.rate, signal.present.deals),
                                     percentBar("  absent", signal.absent.rate, signal.absent.deals)], maxValue: 100))
            }
        }
        blocks.append(.note("Based on \(reviews) completed reviews (signs not assessed are left out)."))
        return PatternsSection(title: title, blocks: blocks)
    }

    static let questionsShown = 8

    static func questions(_ questions: [QuestionInsight], reviews: Int) -> PatternsSection {
        let title = "Questioning skills: questions that surfaced an insight"
        guard !questions.isEmpty else {
            return PatternsSection(title: title, blocks: [.warning("No answer has been flagged as an insight yet.")])
        }
        var blocks: [PatternsBlock] = questions.prefix(questionsShown).map { question in
            let count = "\(question.flagged)/\(question.asked)"
            let line = "\(count.rightPadded(6)) "
                + "\(PercentText.of(question.rate).leftPadded(4))  \(question.wording)"
            return question.isTooThin ? .note(line) : .text(line)
        }
        blocks.append(.note("Flagged/answered in \(reviews) completed reviews; \(questions.count) questions flagged at least once."))
        return PatternsSection(title: title, blocks: blocks)
    }
}

extension String {
    func rightPadded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
