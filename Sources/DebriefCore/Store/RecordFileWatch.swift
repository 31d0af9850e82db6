import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a record file looked like when a watcher last read it: `stat`'s size, times and inode
/// (`RecordIndexFileStamp`) and when it was taken. Opaque to the UI, which only hands it back.
public struct RecordFileStamp: Sendable, Equatable {
    let stamp: RecordIndexFileStamp
    let takenAt: Int64

    /// File systems tick their clocks coarsely, so a file changed twice within one tick keeps its
    /// stamp. A stamp is trusted only once the file had been quiet this long when it was taken, as
    /// the record index does (`RecordIndex.settleNanoseconds`); until then each look reads the file.
    static let settleNanoseconds: Int64 = 3_000_000_000

    var isSettled: Bool { stamp.isSettled(before: takenAt - Self.settleNanoseconds) }
}

/// What one look at a watched record file found.
public enum RecordFileLook<R: StoredRecord & Equatable>: Sendable, Equatable {
    /// The stamp is the one given and settled: nothing was read.
    case unchanged
    /// There is no file (a record never saved, or removed).
    case missing
    /// The record as it is on disk now, and the stamp to give the next look.
    case read(R, RecordFileStamp)
    /// The file is there but is not a record that can be read (it does not parse, it is a link, it is
    /// too big…): reported, never merged or written over. The stamp, when there is one, lets the
    /// next look stay quiet until the file changes again.
    case broken(LoadProblem, RecordFileStamp?)
}

extension RecordStore {
    /// Looks at one record's file for a change made outside this process (another `debrief`, a sync,
    /// a hand edit): one `stat` when its stamp is still `known`, else the file read and decoded as a
    /// load reads it (no link followed, nothing over the size limit).
    public func look<R: StoredRecord & Equatable>(at type: R.Type, id: String, since known: RecordFileStamp?) -> RecordFileLook<R> {
        let url: URL
        do {
            url = try fileURL(for: R.self, id: id)
        } catch {
            return .broken(LoadProblem(path: folder(for: R.self).path + "/" + id, reason: "\(error)"), nil)
        }
        let path = url.path
        if let known, known.isSettled, let now = RecordIndexFileStamp.of(path: path), now == known.stamp { return .unchanged }
        let takenAt = RecordIndexFileStamp.nowNanoseconds()
        switch RecordFileRead.contents(atPath: path) {
        case .failure(.missing), .failure(.unreadable(ENOTDIR)):
            // No file there (its folder may not be one: a save says what is wrong with that).
            return .missing
        case .failure(let refusal):
            let stamp = Self.lstamp(path).map { RecordFileStamp(stamp: $0, takenAt: takenAt) }
            return .broken(LoadProblem(path: path, reason: refusal.reason), stamp)
        case .success(let (data, stamp)):
            let taken = RecordFileStamp(stamp: stamp, takenAt: takenAt)
            switch RecordDecoding.decode(R.self, from: data, path: path) {
            case .success(let record) where record.id == id: return .read(record, taken)
            case .success(let record):
                return .broken(LoadProblem(path: path, reason: "holds id '\(record.id)', which does not match its file name"), taken)
            case .failure(let problem): return .broken(problem, taken)
            }
        }
    }

    /// The stamp of whatever is at `path` (a link, a folder), so a refused file is reported once.
    private static func lstamp(_ path: String) -> RecordIndexFileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return RecordIndexFileStamp(info)
    }
}
