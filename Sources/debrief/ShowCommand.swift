import ArgumentParser
import DebriefCore
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one deal or review by id."
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("A deal id or a review id (see `debrief deals` / `debrief reviews`).", valueName: "ID"))
    var id: String

    @Flag(help: "Print the record as JSON.")
    var json = false

    func run() throws {
        try reportingErrors {
            if let reason = RecordID.problem(with: id) {
                throw UserFacingError("'\(id)' is not a valid id: \(reason)")
            }
            let store = try globals.existingStore()
            if let deal = try store.load(Deal.self, id: id) {
                if json { return try Output.json(deal) }
                // The index says which reviews are this deal's; only they are read, fresh from disk.
                let ids = try globals.indexedRecords().load.loadedReviews.headlines.filter { $0.dealId == deal.id }.map(\.id)
                let reviews = ids.compactMap { try? store.load(Review.self, id: $0) }
                print(RecordText.deal(deal, reviews: reviews), terminator: "")
            } else if let review = try store.load(Review.self, id: id) {
                if json { return try Output.json(review) }
                let deal = try? store.load(Deal.self, id: review.dealId)
                print(RecordText.review(review, deal: deal), terminator: "")
            } else {
                throw UserFacingError("no deal or review with id '\(id)' in \(globals.locations.dataDirectory.path). List them with `debrief deals` or `debrief reviews`.")
            }
        }
    }
}
