import DebriefCore
import Foundation

/// What the coach's commands (queue, brief, stats --rep, the invite) load: the records, through the
/// record index the other commands and the app use (files unchanged since the last load are not
/// read again), the desk prepared over them, and the playbook when the brief needs it.
struct CoachLoad {
    var workspace: Workspace
    var desk: CoachDesk
    var store: RecordStore

    init(globals: GlobalOptions) throws {
        store = try globals.existingStore()
        workspace = Workspace.load(from: store, locations: globals.locations)
        ProblemReport.warn(workspace.problems)
        desk = CoachDesk(deals: workspace.deals, reviews: workspace.reviews, today: Today.day())
    }

    /// The team playbook with its hand curation; a broken `playbook.json` is warned about and the
    /// playbook is built without it.
    func playbook() -> Playbook {
        var curation = PlaybookCuration.empty
        do { curation = try PlaybookCurationStore(root: store.root).load() } catch {
            Output.warning("\(PlaybookCurationStore(root: store.root).fileURL.path): \(error); the playbook is shown without its merges and renames")
        }
        return Playbook(reviews: workspace.reviews, deals: workspace.deals, curation: curation)
    }

    /// The deal a command names, or an error that says what to do: the deals whose id or account
    /// holds the text are offered when there is no deal with that id.
    func deal(_ typed: String) throws -> Deal {
        if let deal = desk.deal(id: typed) { return deal }
        let wanted = SearchFolding.fold(typed)
        let near = workspace.deals.filter { SearchFolding.fold($0.id).contains(wanted) || SearchFolding.fold($0.account).contains(wanted) }
            .sorted { $0.id < $1.id }
        if near.count == 1 && !wanted.isEmpty { return near[0] }
        var message = "no deal with id '\(terminalSafe(typed))'"
        if near.isEmpty {
            message += "; list deal ids with `debrief queue` or `debrief deals`"
        } else {
            message += "; it could be one of these (give the id):\n" + near.prefix(8).map { "  \(terminalSafe($0.id))  \(terminalSafe($0.account))" }.joined(separator: "\n")
            if near.count > 8 { message += "\n  … and \(near.count - 8) more" }
        }
        throw UserFacingError(message)
    }

    /// The rep a name means (the start of a name or of a word in it will do), or an error listing
    /// the reps it could be.
    func rep(_ typed: String) throws -> String {
        let names = desk.repNames
        switch RepNameMatch(typed, among: names) {
        case .one(let name): return name
        case .several(let names):
            throw UserFacingError("--rep '\(terminalSafe(typed))' could be \(names.map(terminalSafe).joined(separator: ", ")); give more of the name")
        case .none:
            let known = names.isEmpty ? "there are no reps in the data yet" : "the reps are " + names.map(terminalSafe).joined(separator: ", ")
            throw UserFacingError("no rep matches '\(terminalSafe(typed))'; \(known)")
        }
    }
}
