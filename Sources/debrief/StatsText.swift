import DebriefCore

/// `debrief stats` as plain text: one titled table per figure, each saying what it rests on.
enum StatsText {
    static func render(_ report: PatternsReport) -> String {
        var out: [String] = []
        let scope = report.scope
        var heading = "Patterns · \(scope.period)"
        if let from = scope.from, let through = scope.through { heading += " (\(from) to \(through))" }
        if let rep = scope.rep { heading += " · rep \(rep)" }
        if let segment = scope.segment { heading += " · segment \(segment)" }
        if let competitor = scope.competitor { heading += " · competitor \(competitor)" }
        out.append(heading)
        out.append("\(scope.deals) closed deals, \(scope.completedReviews) completed reviews. "
                   + "\"thin\" marks a figure on fewer than \(scope.minimumSample) deals or reviews.")
        guard scope.deals > 0 else {
            out.append("")
            out.append("No closed deals match. Import deals with `debrief import FILE`, or widen --period.")
            return out.joined(separator: "\n") + "\n"
        }
        out.append("")
        out.append("Win rate: \(PercentText.of(report.overall.rate)) of \(report.overall.deals) closed, no decisions counted as not won "
                   + "(\(report.overall.wins) won, \(report.overall.losses) lost, \(report.overall.noDecisions) no decision); "
                   + "\(PercentText.of(report.overall.rateWithoutNoDecisions)) of won and lost")

        section(&out, "WIN RATE BY MONTH", rates(report.byMonth, first: "MONTH"))
        section(&out, "WIN RATE BY REP", rates(report.byRep, first: "REP"))
        section(&out, "WIN RATE BY SEGMENT", rates(report.bySegment, first: "SEGMENT"))
        section(&out, "WIN RATE BY COMPETITOR", rates(report.byCompetitor, first: "COMPETITOR"))

        let titles: [Outcome: String] = [.won: "WHY WE WIN", .lost: "WHY WE LOSE", .noDecision: "WHY BUYERS DECIDED NOTHING"]
        for breakdown in report.reasons where breakdown.deals > 0 {
            var table = TextTable(columns: ["CATEGORY", "DEALS", "SHARE"])
            for share in breakdown.categories {
                table.add([share.category.label(amongReasonsFor: breakdown.outcome), String(share.deals), PercentText.of(share.share)])
            }
            let basis = "\(breakdown.dealsWithReasons) of \(breakdown.deals) \(breakdown.outcome.label) deals gave a reason\(breakdown.isTooThin ? ", thin" : "")"
            section(&out, "\(titles[breakdown.outcome] ?? breakdown.outcome.label) (\(basis))", breakdown.categories.isEmpty ? nil : table)
        }

        let facts = report.factVsFiction
        var factTable = TextTable(columns: ["WHO", "REVIEWS", "FACTORS", "REP ACTION"] + FactorCause.allCases.dropFirst().map { $0.label.uppercased() }
                                  + ["CONFIRMED", "OWN ACTIONS CONFIRMED", "NOTE"])
        for row in [facts.team] + facts.byRep {
            factTable.add([row.label, String(row.reviews), String(row.factors)] + row.causes.map { PercentText.of($0.share) }
                          + [PercentText.of(row.confirmedShare), PercentText.of(row.repActionConfirmedShare), row.isTooThin ? "thin" : ""])
        }
        section(&out, "FACT VS FICTION: WHAT EXPLAINS THE WINS (success factors in win reviews; confirmed = buyer said so or CRM record)",
                facts.team.factors > 0 ? factTable : nil)

        var signalTable = TextTable(columns: ["SIGN", "SIGNAL", "PRESENT", "ABSENT", "LIFT", "NOTE"])
        for signal in report.signals {
            signalTable.add([signal.sign == .good ? "good" : "bad", signal.text,
                             "\(PercentText.of(signal.present.rate)) of \(signal.present.deals)",
                             "\(PercentText.of(signal.absent.rate)) of \(signal.absent.deals)",
                             PercentText.points(signal.lift), signal.isTooThin ? "thin" : ""])
        }
        section(&out, "GOOD VS BAD BUSINESS: WIN RATE WITH AND WITHOUT EACH SIGNAL", report.signals.isEmpty ? nil : signalTable)

        var questionTable = TextTable(columns: ["FLAGGED", "ASKED", "RATE", "QUESTION", "WORDING"])
        questionTable.maxCellWidth = 70
        for question in report.questions {
            questionTable.add([String(question.flagged), String(question.asked),
                               PercentText.of(question.rate) + (question.isTooThin ? " thin" : ""), question.questionId, question.wording])
        }
        section(&out, "QUESTIONING SKILLS: QUESTIONS THAT SURFACED AN INSIGHT", report.questions.isEmpty ? nil : questionTable)
        return out.joined(separator: "\n") + "\n"
    }

    static func rates(_ rates: [WinRate], first: String) -> TextTable? {
        guard !rates.isEmpty else { return nil }
        var table = TextTable(columns: [first, "DEALS", "WON", "LOST", "NO DECISION", "RATE", "NOTE"])
        for rate in rates {
            table.add([rate.label, String(rate.deals), String(rate.wins), String(rate.losses), String(rate.noDecisions),
                       PercentText.of(rate.rate), rate.isTooThin ? "thin" : ""])
        }
        return table
    }

    static func section(_ out: inout [String], _ title: String, _ table: TextTable?) {
        out.append("")
        out.append(title)
        if let table {
            out.append(contentsOf: table.render().split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
        } else {
            out.append("  (nothing recorded yet)")
        }
    }
}
