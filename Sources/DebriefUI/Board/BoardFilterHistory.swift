import DebriefCore

/// The columns of the broader filters the current one narrowed, broadest first: typing "acm" after
/// "a" and "ac" keeps the columns of both, so a Backspace takes them back instead of checking every
/// deal again. Valid only for one set of deals and one sort; the board empties it when either changes.
struct BoardFilterHistory: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var filter: DealFilter
        var won: [Int]
        var lost: [Int]
        var summary: PipelineSummary
    }

    private(set) var entries: [Entry] = []

    /// Remembers the columns of a filter that a narrower one is about to replace.
    mutating func push(_ entry: Entry) {
        entries.append(entry)
    }

    /// The columns remembered for `filter`, dropping them and everything narrower from the history
    /// (they are what is being widened away from). Nil when `filter` was not on the way here.
    mutating func take(_ filter: DealFilter) -> Entry? {
        guard let position = entries.lastIndex(where: { $0.filter == filter }) else { return nil }
        let entry = entries[position]
        entries.removeSubrange(position...)
        return entry
    }

    mutating func removeAll() {
        entries.removeAll()
    }
}
