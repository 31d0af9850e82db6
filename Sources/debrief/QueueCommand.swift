import ArgumentParser
import DebriefCore
import Foundation

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "What to review next: closed deals without a completed review, ranked, with the reasons.",
        discussion: """
        Every closed deal that has no completed review, most worth the time first, each with the plain \
        reasons: a win nobody has learned from yet, a large deal (the team's top quarter in its currency), \
        closed in the last two weeks (or six), a competitor our win rate against is unusual (15 points or more \
        off the team's, on 5+ deals), a rep with no review held in 4 weeks, a loss at the last stage \
        (negotiation, contract, legal…), a run of 3+ no-decisions in a row in one segment. Deals closed over \
        six months ago lose points. Wins are never crowded out: while unreviewed wins remain, at least half \
        of any top N is wins. A deal whose review is already scheduled or under way is listed with it.

        --json prints [{dealId, account, name, outcome, amount, closeDate, rep, segment, score, reasons, \
        reviewId, reviewStatus, scheduledFor}] (stable keys; absent when unknown).
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Option(help: ArgumentHelp("Show only the top N deals.", valueName: "N"))
    var limit: Int?

    @Flag(help: "Print the queue as JSON (see above).")
    var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit takes a number of deals, 1 or more; got \(limit)") }
    }

    func run() throws {
        try reportingErrors {
            let load = try CoachLoad(globals: globals)
            let queue = load.desk.queue(limit: limit)
            if json {
                try Output.json(queue)
                return
            }
            print(QueueText.render(queue, total: load.desk.unreviewedCount, deals: load.workspace.deals.count), terminator: "")
        }
    }
}

/// `debrief queue` as plain text: one line per deal and its reasons under it.
enum QueueText {
    static func render(_ queue: [QueueEntry], total: Int, deals: Int) -> String {
        guard !queue.isEmpty else {
            return deals == 0 ? "No deals yet. Import a CRM export with `debrief import FILE`, or try `debrief --demo`.\n"
                : "Every closed deal has a completed review. Nothing waits.\n"
        }
        var out = "What to review next: \(queue.count == total ? "\(total)" : "top \(queue.count) of \(total)") closed deals without a completed review\n\n"
        var table = TextTable(columns: ["SCORE", "OUTCOME", "ACCOUNT", "AMOUNT", "CLOSED", "REP", "REVIEW", "ID"])
        for entry in queue {
            table.add([String(entry.score), entry.outcome.label, entry.account.isEmpty ? "(no account)" : entry.account,
                       entry.amount?.display ?? "—", entry.closeDate.description, entry.rep, status(entry), entry.dealId])
        }
        let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
        out += lines[0] + "\n"
        for (index, entry) in queue.enumerated() {
            out += lines[index + 1] + "\n"
            for reason in entry.reasons { out += "      · " + DisplaySanitizer.singleLine.sanitize(reason) + "\n" }
        }
        out += "\nPrepare with `debrief brief ID`; schedule from the app's queue (w on the board), or start it with Enter there.\n"
        return out
    }

    static func status(_ entry: QueueEntry) -> String {
        guard let status = entry.reviewStatus else { return "—" }
        if status == .scheduled, let day = entry.scheduledFor { return "scheduled \(day)" }
        return status.label
    }
}
