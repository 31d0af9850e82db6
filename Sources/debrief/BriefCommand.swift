import ArgumentParser
import DebriefCore
import Foundation

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "A brief for the 1:1 about a deal, to read before it or paste into the invite.",
        discussion: """
        The deal's facts and why it is worth reviewing now; the rep's open action items from earlier reviews \
        (overdue first); what the rep's last three completed reviews taught (fine-tuning points, practices, \
        and the factors the buyer or the CRM confirms); up to three reviewed deals won and three lost that \
        share the deal's competitor or segment (then its size band), each with its one-line lesson; and the \
        playbook entries evidenced by such deals.

        DEAL is a deal id (see `debrief queue`); text that is part of exactly one deal's id or account works too.

        --format json prints the brief as one object: facts, whyNow, openItems, lessons, similarWon, \
        similarLost, playbook, asOf.
        """
    )

    @OptionGroup var globals: GlobalOptions

    @Argument(help: ArgumentHelp("The deal's id.", valueName: "DEAL"))
    var deal: String

    @Option(help: ArgumentHelp("markdown (default) or json.", valueName: "FORMAT"))
    var format: String = "markdown"

    func run() throws {
        try reportingErrors {
            let key = format.lowercased()
            guard ["markdown", "md", "json"].contains(key) else {
                throw UserFacingError("--format takes markdown or json; got '\(terminalSafe(format))'")
            }
            let load = try CoachLoad(globals: globals)
            let deal = try load.deal(deal)
            guard let brief = load.desk.brief(dealID: deal.id, playbook: load.playbook()) else {
                throw UserFacingError("no deal with id '\(terminalSafe(deal.id))'")
            }
            if key == "json" {
                try Output.json(brief)
            } else {
                var text = DisplaySanitizer.multiLine.sanitize(BriefOutline(brief).markdown)
                if !text.hasSuffix("\n") { text += "\n" }
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}
