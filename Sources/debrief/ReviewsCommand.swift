import ArgumentParser
import DebriefCore
import Foundation

struct ReviewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviews",
        abstract: "List reviews, newest first by the day each was held (completed, else started, else scheduled)."
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Only reviews with this rep (case-insensitive).", valueName: "NAME"))
    var rep: String?

    @Option(help: ArgumentHelp("Only reviews in this status: scheduled, prep-ready, in-progress or completed.", valueName: "STATUS"))
    var status: String?

    @Flag(help: "Print the reviews as JSON records.")
    var json = false

    func run() throws {
        try reportingErrors {
            var wanted: ReviewStatus?
            if let status {
                guard let parsed = ReviewStatus(argument: status) else {
                    throw UserFacingError("--status takes scheduled, prep-ready, in-progress or completed; got '\(status)'")
                }
                wanted = parsed
            }
            let workspace = try globals.indexedWorkspace()
            ProblemReport.warn(workspace.problems)
            let reviews = workspace.reviews
                .filter { wanted == nil || $0.status == wanted }
                .filter { rep == nil || $0.rep.caseInsensitiveCompare(rep!) == .orderedSame }
                .sorted { ($0.heldAt, $1.id) > ($1.heldAt, $0.id) }
            if json {
                try Output.json(reviews)
                return
            }
            if reviews.isEmpty {
                print(workspace.reviews.isEmpty ? "No reviews yet. Open a deal in `debrief` to start one." : "No reviews match these filters.")
                return
            }
            let dealsByID = Dictionary(workspace.deals.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var table = TextTable(columns: ["DATE", "STATUS", "KIND", "SPENT", "ACCOUNT", "REP", "MANAGER", "ID"])
            for review in reviews {
                table.add([Day(review.heldAt).description, review.status.label, ReviewKind.of(review, deal: dealsByID[review.dealId]).label, SessionClock.spent(review),
                           dealsByID[review.dealId]?.account ?? "(deal \(review.dealId) missing)",
                           review.rep, review.manager, review.id])
            }
            print(table.render(), terminator: "")
        }
    }
}
