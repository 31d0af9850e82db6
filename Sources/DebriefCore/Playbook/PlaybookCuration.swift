import Foundation

/// The hand edits to the playbook, kept in `playbook.json` at the top of the data directory:
/// which entry each practice title belongs to (merges and renames), and which suggested
/// duplicates a person said are different practices.
///
/// Practices are keyed by their normalised title (`PhraseKey`), not by their id inside a review:
/// review-local ids ("p1") mean nothing across reviews, and a practice written the same way in
/// a review added next month should land in the entry it was merged into.
public struct PlaybookCuration: StoredRecord, Equatable {
    public static let currentSchemaVersion = 1
    /// One record at the top of the data directory; `PlaybookCurationStore` reads and writes it.
    public static let folder = "."
    public static let kindName = "playbook"
    public static let recordID = "playbook"

    /// Two entries a person said are not the same practice, by entry id, in sorted order.
    public struct KeptApart: Codable, Sendable, Hashable {
        public var first: String
        public var second: String

        public init(_ a: String, _ b: String) {
            first = min(a, b)
            second = max(a, b)
        }
    }

    public var schemaVersion: Int
    public var id: String
    public var revision: Int
    public var updatedAt: Date?
    /// Normalised practice title → the name of the entry it is filed under.
    public var entryNames: [String: String]
    public var keptApart: [KeptApart]

    public init(entryNames: [String: String] = [:], keptApart: [KeptApart] = [], revision: Int = 0, updatedAt: Date? = nil) {
        schemaVersion = Self.currentSchemaVersion
        id = Self.recordID
        self.revision = revision
        self.updatedAt = updatedAt
        self.entryNames = entryNames
        self.keptApart = keptApart
    }

    /// No hand edits yet: what a data directory without `playbook.json` has.
    public static let empty = PlaybookCuration()

    /// Files every practice of `source` under `target`, keeping the target's name.
    public func merging(_ source: PlaybookEntry, into target: PlaybookEntry) -> PlaybookCuration {
        guard source.id != target.id else { return self }
        var copy = self
        for key in source.titleKeys + target.titleKeys { copy.entryNames[key] = target.title }
        copy.keptApart.removeAll { $0 == KeptApart(source.id, target.id) }
        return copy
    }

    /// Names an entry by hand; nil when the name is blank. A name that normalises to another
    /// entry's name joins the two, as a merge would.
    public func renaming(_ entry: PlaybookEntry, to name: String) -> PlaybookCuration? {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !PhraseKey.normalize(trimmed).isEmpty else { return nil }
        var copy = self
        for key in entry.titleKeys { copy.entryNames[key] = trimmed }
        return copy
    }

    /// Undoes merges and renames of an entry: each title goes back to grouping by itself.
    public func splitting(_ entry: PlaybookEntry) -> PlaybookCuration {
        var copy = self
        for key in entry.titleKeys { copy.entryNames[key] = nil }
        return copy
    }

    /// Stops suggesting that two entries are duplicates.
    public func keepingApart(_ a: PlaybookEntry, _ b: PlaybookEntry) -> PlaybookCuration {
        let pair = KeptApart(a.id, b.id)
        guard a.id != b.id, !keptApart.contains(pair) else { return self }
        var copy = self
        copy.keptApart.append(pair)
        copy.keptApart.sort { ($0.first, $0.second) < ($1.first, $1.second) }
        return copy
    }
}
