import Foundation

/// Merges one record file that both machines changed since they last agreed: the bytes at the
/// merge base, here ("mine") and on the remote ("theirs"). Reviews merge with `ReviewMerge`,
/// deals with `DealSyncMerge`; either way nothing either side wrote is dropped.
public enum RecordFileMerge {
    public enum Outcome: Sendable, Equatable {
        /// The merged record's bytes, and where both sides changed the same thing.
        case write(Data, overlaps: [MergeOverlap])
        /// Both sides removed the file.
        case delete
        /// Not a record both sides can be read as (a broken file, or not a deal or review): this
        /// machine's file stays in place and the other one is kept as a copy beside it.
        case keepBoth(reason: String)
    }

    /// `path` is relative to the data directory, e.g. "reviews/acme-r1.json".
    public static func merge(path: String, base: Data?, mine: Data?, theirs: Data?) -> Outcome {
        switch (mine, theirs) {
        case (nil, nil):
            return .delete
        case (nil, let theirs?):
            // Removed here, changed there: the change is kept.
            return .write(theirs, overlaps: [removedOverlap(path, removedHere: true)])
        case (let mine?, nil):
            return .write(mine, overlaps: [removedOverlap(path, removedHere: false)])
        case (let mine?, let theirs?):
            if mine == theirs { return .write(mine, overlaps: []) }
            if path.hasPrefix(Review.folder + "/") { return mergeReview(path, base: base, mine: mine, theirs: theirs) }
            if path.hasPrefix(Deal.folder + "/") { return mergeDeal(path, base: base, mine: mine, theirs: theirs) }
            return .keepBoth(reason: "changed on both machines and not a deal or review, so it cannot be merged field by field")
        }
    }

    private static func mergeReview(_ path: String, base: Data?, mine: Data, theirs: Data) -> Outcome {
        guard case .success(let ours) = RecordDecoding.decode(Review.self, from: mine, path: path),
              case .success(let other) = RecordDecoding.decode(Review.self, from: theirs, path: path) else {
            return .keepBoth(reason: "one side of the file is not a readable review")
        }
        let common = base.flatMap { try? RecordDecoding.decode(Review.self, from: $0, path: path).get() } ?? ReviewSaver.blankBase(like: ours)
        let result = ReviewMerge.merge(base: common, mine: ours, theirs: other)
        var merged = result.merged
        stamp(&merged, ours, other)
        return encoded(merged, overlaps: result.overlaps)
    }

    private static func mergeDeal(_ path: String, base: Data?, mine: Data, theirs: Data) -> Outcome {
        guard case .success(let ours) = RecordDecoding.decode(Deal.self, from: mine, path: path),
              case .success(let other) = RecordDecoding.decode(Deal.self, from: theirs, path: path) else {
            return .keepBoth(reason: "one side of the file is not a readable deal")
        }
        let common = base.flatMap { try? RecordDecoding.decode(Deal.self, from: $0, path: path).get() }
        var (merged, overlaps) = DealSyncMerge.merge(base: common, mine: ours, theirs: other)
        stamp(&merged, ours, other)
        return encoded(merged, overlaps: overlaps)
    }

    /// A revision above both sides', so an app still holding either one gets a save conflict (and
    /// merges) instead of writing over the merge.
    private static func stamp<R: StoredRecord>(_ merged: inout R, _ mine: R, _ theirs: R) {
        // Both sides were decoded, so both are in range; at the very top the merge keeps the top.
        let top = max(mine.revision, theirs.revision)
        merged.revision = RecordNumberRange.next(after: top) ?? top
        merged.updatedAt = [mine.updatedAt, theirs.updatedAt].compactMap { $0 }.max()
        merged.schemaVersion = R.currentSchemaVersion
    }

    private static func encoded<R: StoredRecord>(_ record: R, overlaps: [MergeOverlap]) -> Outcome {
        guard let data = try? RecordCoding.encode(record) else {
            return .keepBoth(reason: "the merged record could not be written as JSON")
        }
        return .write(data, overlaps: overlaps)
    }

    private static func removedOverlap(_ path: String, removedHere: Bool) -> MergeOverlap {
        MergeOverlap(place: .field("file"), label: "the whole record",
                       mine: removedHere ? "removed" : "changed", theirs: removedHere ? "changed" : "removed",
                       resolution: .keptChangedOverRemoved)
    }
}
