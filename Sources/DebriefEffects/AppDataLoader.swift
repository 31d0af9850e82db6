import DebriefCore
import DebriefUI
import Foundation

/// Loads what the app shows from the data directory: deals, reviews, the playbook's curation and
/// the conflicts a sync left. Unreadable files come back as problems, never as a crash.
public enum AppDataLoader {
    public static func load(from store: RecordStore) -> AppData {
        // The record index (a cache under $XDG_CACHE_HOME) makes start-up fast on large teams;
        // it is checked file by file, so it never serves a record that changed on disk.
        let workspace = Workspace.load(from: store, locations: DataLocations.resolve(dataDirOption: store.root.path))
        var problems = workspace.problems
        var curation = PlaybookCuration()
        do {
            curation = try PlaybookCurationStore(root: store.root).load()
        } catch {
            problems.append(LoadProblem(path: PlaybookCurationStore(root: store.root).fileURL.path, reason: "\(error)"))
        }
        // Conflicts a sync left for a person to choose; a broken file is a problem like any other.
        let pending = PendingConflictStore(root: store.root).loadAll()
        var data = AppData(deals: workspace.deals, problems: problems + pending.problems, questions: workspace.questions, curation: curation)
        // Handed on undecoded: the board's first frame needs only each review's deal and status.
        data.loadedReviews = workspace.loadedReviews
        data.conflicts = pending.conflicts
        return data
    }
}
