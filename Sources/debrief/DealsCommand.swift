import ArgumentParser
import DebriefCore
import Foundation

struct DealsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deals",
        abstract: "List closed deals, most recent close first."
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Only deals with this outcome: won, lost or no-decision.", valueName: "OUTCOME"))
    var outcome: String?

    @Option(help: ArgumentHelp("Only deals owned by this rep (case- and accent-insensitive).", valueName: "NAME"))
    var rep: String?

    @Option(help: ArgumentHelp("Only deals closed on or after this day (YYYY-MM-DD).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Close-date window: 30d, 90d, 180d, 365d, quarter or all (the board's filter).", valueName: "PERIOD"))
    var period = "all"

    @Option(help: ArgumentHelp("Only deals in this segment or type.", valueName: "SEGMENT"))
    var segment: String?

    @Option(help: ArgumentHelp("Only deals where this competitor was in play.", valueName: "NAME"))
    var competitor: String?

    @Option(help: ArgumentHelp("Only deals whose account, name, rep, competitors or reasons contain these words.", valueName: "TEXT"))
    var search: String?

    @Flag(help: "Print the deals as JSON records.")
    var json = false

    func run() throws {
        try reportingErrors {
            var wanted: Outcome?
            if let outcome {
                guard let parsed = Outcome(argument: outcome) else {
                    throw UserFacingError("--outcome takes won, lost or no-decision; got '\(outcome)'")
                }
                wanted = parsed
            }
            let sinceDay = try since.map { try parseDay($0, option: "--since") }
            guard let window = BoardPeriod(argument: period) else {
                throw UserFacingError("--period takes 30d, 90d, 180d, 365d, quarter or all; got '\(period)'")
            }
            let filter = DealFilter(period: window, rep: rep, segment: segment, competitor: competitor, search: search ?? "")
            let matcher = filter.matcher(today: Today.day())
            let (result, store) = try globals.indexedRecords()
            ProblemReport.warn(result.problems(of: Deal.self, in: store))
            let deals = result.deals
                .filter { wanted == nil || $0.outcome == wanted }
                .filter { matcher.matches($0) }
                .filter { deal in sinceDay.map { deal.closeDate >= $0 } ?? true }
                .sorted { ($0.closeDate, $1.id) > ($1.closeDate, $0.id) }
            if json {
                try Output.json(deals)
                return
            }
            if deals.isEmpty {
                print(result.deals.isEmpty
                      ? "No deals in \(globals.locations.dataDirectory.path). Import a CRM export with `debrief import FILE`, or try `debrief --demo`."
                      : "No deals match these filters.")
                return
            }
            var table = TextTable(columns: ["CLOSED", "OUTCOME", "ACCOUNT", "DEAL", "AMOUNT", "REP", "ID"])
            for deal in deals {
                table.add([deal.closeDate.description, deal.outcome.label, deal.hasAccount ? deal.account : "(no account)", deal.name,
                           deal.amount?.display ?? "—", deal.owner, deal.id])
            }
            print(table.render(), terminator: "")
        }
    }
}
