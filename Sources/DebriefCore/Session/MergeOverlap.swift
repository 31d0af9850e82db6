/// A place where two sessions changed the same thing differently, and what the merge did about it.
/// Nothing is dropped: the UI shows these so people can tidy up by hand.
///
/// "Conflict" has three meanings in Debrief, each with its own name: a merge *overlap* (this: both
/// sides kept, nothing to decide), a *stale revision* (`StaleRevision`: the store refused a save
/// made from an old copy), and a pending *conflict* (`PendingConflicts`: a single value a sync could
/// not hold both sides of, waiting for a person to choose, the only one users are asked about).
public struct MergeOverlap: Sendable, Hashable, CustomStringConvertible {
    public enum Place: Sendable, Hashable {
        case text(ReviewTextField)
        /// A factor, practice, fine-tuning point, signal or action item, by id.
        case item(kind: String, id: String)
        /// A single-valued field such as the planned length, by its key in the record's JSON
        /// ("plannedMinutes"), so a sync can keep the other value for a person to choose.
        case field(String)
    }

    public enum Resolution: Sendable, Hashable {
        /// Mine in place, theirs appended under a marker line.
        case keptBothInText
        /// Mine kept, theirs kept beside it as a separate item with this id.
        case keptBothItems(theirsID: String)
        /// Removed on one side, changed on the other: the changed one is kept.
        case keptChangedOverRemoved
        /// A single value cannot hold both: mine is kept, theirs is in `theirs`.
        case keptMine
    }

    public var place: Place
    /// How people call the place: a question's wording, "factor “…”", "planned length".
    public var label: String
    public var mine: String
    public var theirs: String
    public var resolution: Resolution

    public init(place: Place, label: String, mine: String, theirs: String, resolution: Resolution) {
        self.place = place
        self.label = label
        self.mine = mine
        self.theirs = theirs
        self.resolution = resolution
    }

    public var description: String {
        switch resolution {
        case .keptBothInText: "\(label): both versions kept, the other one under a marker line"
        case .keptBothItems: "\(label): changed differently in two sessions; both kept as separate items"
        case .keptChangedOverRemoved: "\(label): removed in one session and changed in another; the changed one was kept"
        case .keptMine: "\(label): this session's “\(mine)” kept; the other session had “\(theirs)”"
        }
    }
}

/// A merged review and the overlaps the merge met.
public struct ReviewMergeResult: Sendable, Equatable {
    public var merged: Review
    public var overlaps: [MergeOverlap]

    public init(merged: Review, overlaps: [MergeOverlap]) {
        self.merged = merged
        self.overlaps = overlaps
    }
}
