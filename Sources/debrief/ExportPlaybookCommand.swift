import ArgumentParser
import DebriefCore
import Foundation

/// `debrief export playbook`: the team playbook as a Markdown hand-out for a new rep, or as JSON.
struct ExportPlaybookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playbook",
        abstract: "Export the team playbook: best practices from every review, most proven first.",
        discussion: """
        Practices with the same title (ignoring case, accents, punctuation and spacing) are one entry; \
        merges and renames made in the Playbook view (kept in playbook.json) are applied. Markdown is the \
        default; JSON gives {entries, suggestions, reviews} with each entry's evidence.
        """
    )

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var target: ExportTarget

    @Option(help: ArgumentHelp("The document's title (Markdown only).", valueName: "TEXT"))
    var title = "Team playbook"

    func run() throws {
        try reportingErrors {
            let format = try target.resolvedFormat(default: .markdown)
            let workspace = try globals.indexedWorkspace()
            ProblemReport.warn(workspace.problems)
            let curation = try PlaybookCurationStore(root: globals.store.root).load()
            let playbook = Playbook(reviews: workspace.reviews, deals: workspace.deals, curation: curation)
            let data: Data
            switch format {
            case .markdown: data = Data(PlaybookMarkdown.render(playbook, title: title).utf8)
            case .json: data = try RecordCoding.encode(playbook)
            case .csv: throw UserFacingError("the playbook exports as markdown or json, not csv")
            }
            try target.emit(data, format: format)
        }
    }
}
