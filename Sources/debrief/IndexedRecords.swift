import DebriefCore
import Foundation

extension GlobalOptions {
    /// Deals and reviews through the record index the board uses: files unchanged since the last
    /// command (or the app) read them come from the index, the rest are read and decoded. The
    /// records and problems are those `RecordStore.loadAll` gives, at a fraction of the cost.
    func indexedRecords() throws -> (load: RecordIndex.Load, store: RecordStore) {
        let store = try existingStore()
        return (RecordIndex(dataDirectory: store.root, cacheDirectory: locations.cacheDirectory).load(from: store), store)
    }

    /// The whole workspace (records and question sets) through the record index.
    func indexedWorkspace() throws -> Workspace {
        Workspace.load(from: try existingStore(), locations: locations)
    }
}

extension RecordIndex.Load {
    /// The problems with files of one kind's folder, as `loadAll` of that kind reports them.
    func problems<R: StoredRecord>(of type: R.Type, in store: RecordStore) -> [LoadProblem] {
        let folder = store.folder(for: type).path
        return problems.filter { $0.path == folder || $0.path.hasPrefix(folder + "/") }
    }
}
