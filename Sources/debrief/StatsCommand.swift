import ArgumentParser
import DebriefCore
import Foundation

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Win/loss patterns: the numbers behind the Patterns view.",
        discussion: """
        Win rate overall, by month, rep, segment and competitor; reasons by category for wins, losses and \
        no-decisions; fact vs fiction (what explains the wins: the rep's own actions or product, price, \
        timing, relationship, competitor, luck, and how much the buyer or the CRM confirms); win rate with \
        and without each qualification signal; and the questions most often flagged as surfacing an insight. \
        Win rates count closed deals (no decision counts as not won). The other figures count completed \
        reviews of those deals. A figure on fewer than 5 deals or reviews is marked "thin".

        --json prints one object with these keys (stable; new keys may be added, none renamed):
          scope          period, from, through, rep, segment, competitor, deals, completedReviews, minimumSample
          overall        a win rate: label, deals, wins, losses, noDecisions, rate (0..1 or absent), isTooThin
          byMonth        win rates labelled YYYY-MM, oldest first, no gaps
          byRep, bySegment, byCompetitor   win rates, charted ones (not thin) by rate, then thin ones
          reasons        [{outcome, deals, dealsWithReasons, categories: [{category, deals, share}], isTooThin}]
          factVsFiction  {team, byRep: [...]}, each {label, reviews, factors, causes: [{cause, factors, share}],
                         evidence: [{evidence, factors, share}], repActionShare, confirmedShare,
                         repActionConfirmedShare, isTooThin}
          signals        [{key, text, sign, present, absent (win rates), lift, isTooThin}]
          questions      [{questionId, wording, theme, asked, flagged, rate, isTooThin}]
          progress       with --rep only: {rep, minimumSample, quarters: [{quarter ("2026-Q3"), deals, wins, winRate,
                         completedReviews, successFactors, repActionFactors, repActionShare, confirmedFactors,
                         confirmedShare, insights, insightsPerReview, actionItemsDue, actionItemsDoneOnTime,
                         actionItemsOnTimeShare, dealsThin, reviewsThin}]}, oldest quarter first, no gaps, to today's
        Shares and rates are fractions from 0 to 1; a figure with nothing to divide is left out.
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Only this rep's deals, with the rep's progress by quarter; the start of the name or of a word in it will do.", valueName: "NAME"))
    var rep: String?

    @Option(help: ArgumentHelp("Close-date window: 30d, 90d, 180d, 365d, quarter or all (default: all).", valueName: "PERIOD"))
    var period: String = "all"

    @Option(help: ArgumentHelp("Only deals in this segment.", valueName: "NAME"))
    var segment: String?

    @Option(help: ArgumentHelp("Only deals against this competitor.", valueName: "NAME"))
    var competitor: String?

    @Flag(help: "Print the figures as JSON (see the key list above).")
    var json = false

    func run() throws {
        try reportingErrors {
            guard let window = BoardPeriod(argument: period) else {
                throw UserFacingError("--period takes 30d, 90d, 180d, 365d, quarter or all; got '\(terminalSafe(period))'")
            }
            if let rep {
                // One rep: the figures narrowed to them, and their progress by quarter.
                let load = try CoachLoad(globals: globals)
                let name = try load.rep(rep)
                let filter = DealFilter(period: window, rep: name, segment: segment, competitor: competitor)
                let report = PatternsReport(deals: load.workspace.deals, reviews: load.workspace.reviews, filter: filter, today: Today.day())
                let progress = load.desk.progress(rep: name)
                if json {
                    try Output.json(RepStatsOutput(report: report, progress: progress))
                } else {
                    print(StatsText.render(report) + RepProgressText.render(progress), terminator: "")
                }
                return
            }
            let workspace = try globals.indexedWorkspace()
            ProblemReport.warn(workspace.problems)
            let filter = DealFilter(period: window, rep: rep, segment: segment, competitor: competitor)
            let report = PatternsReport(deals: workspace.deals, reviews: workspace.reviews, filter: filter, today: Today.day())
            if json {
                try Output.json(report)
            } else {
                print(StatsText.render(report), terminator: "")
            }
        }
    }
}
