import Foundation

/// Turns the single values a merge could not hold into pending conflicts: each side's value as
/// JSON and as text, who synced it and from which commit.
struct PendingConflictSides {
    let keptBy: String
    let keptCommit: String?
    let otherCommit: String?
    let git: Git
    let tracking: String
    let now: Date

    init(git: Git, author: String, tracking: String, now: Date) {
        self.git = git
        self.tracking = tracking
        self.now = now
        keptBy = author
        keptCommit = try? git.check(["rev-parse", "--short", "HEAD"]).trimmed
        otherCommit = try? git.check(["rev-parse", "--short", tracking]).trimmed
    }

    /// Nil when the merge kept everything in the record (texts, items) and nothing waits for a choice.
    func pending(path: String, record: String, overlaps: [MergeOverlap], mine: Data?, theirs: Data?) -> PendingConflicts? {
        let singles = overlaps.compactMap { overlap -> (String, MergeOverlap)? in
            guard overlap.resolution == .keptMine, case .field(let key) = overlap.place else { return nil }
            return (key, overlap)
        }
        guard !singles.isEmpty, let mine, let theirs,
              let mineFields = try? JSONValue.fields(ofJSON: mine),
              let theirFields = try? JSONValue.fields(ofJSON: theirs) else { return nil }
        let otherBy = (try? git.check(["log", "-1", "--format=%an", tracking, "--", path]).trimmed).flatMap { $0.isEmpty ? nil : $0 } ?? "the other machine"
        let fields = singles.map { key, overlap in
            FieldConflict(field: key, label: overlap.label,
                          kept: ConflictSide(text: overlap.mine, value: mineFields[key] ?? .null, by: keptBy, commit: keptCommit),
                          other: ConflictSide(text: overlap.theirs, value: theirFields[key] ?? .null, by: otherBy, commit: otherCommit),
                          foundAt: now)
        }
        return PendingConflicts(recordPath: path, record: record, fields: fields)
    }
}
