import Foundation

/// The fields of one record that a sync found changed differently on two machines, where a
/// single value cannot hold both: the record keeps one side ("kept") and this file keeps the
/// other, until a person chooses. Stored as `conflicts/<record path>` (e.g.
/// `conflicts/deals/acme.json` for `deals/acme.json`) and committed with the merge, so every
/// clone shows the same choice until someone makes it. These are what Debrief calls conflicts
/// (`debrief conflicts`, C in the app); see `MergeOverlap` for the other two things merges and saves meet.
public struct PendingConflicts: Sendable, Hashable, Codable {
    public static let currentSchemaVersion = 1
    /// The folder in the data directory holding these files.
    public static let folder = "conflicts"

    public var schemaVersion: Int
    /// The record file, relative to the data directory ("deals/acme.json").
    public var recordPath: String
    /// The record as people call it ("deal “Acme — Pilot”"), when the sync found the conflict.
    public var record: String
    public var fields: [FieldConflict]

    public init(recordPath: String, record: String, fields: [FieldConflict]) {
        schemaVersion = Self.currentSchemaVersion
        self.recordPath = recordPath
        self.record = record
        self.fields = fields
    }

    /// This file's path in the data directory.
    public var path: String { Self.path(forRecord: recordPath) }

    public static func path(forRecord recordPath: String) -> String { folder + "/" + recordPath }

    /// "deal" or "review", from the record's folder.
    public var recordKind: String? {
        if recordPath.hasPrefix(Deal.folder + "/") { return Deal.kindName }
        if recordPath.hasPrefix(Review.folder + "/") { return Review.kindName }
        return nil
    }

    /// The record's id, from its file name.
    public var recordID: String {
        let name = recordPath.split(separator: "/").last.map(String.init) ?? recordPath
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
}

/// One field with two values: the one in the record and the other machine's.
public struct FieldConflict: Sendable, Hashable, Codable {
    /// The field's key in the record's JSON ("amount", "plannedMinutes").
    public var field: String
    /// How people call it ("amount", "planned length").
    public var label: String
    /// The value the record holds since the merge.
    public var kept: ConflictSide
    /// The other machine's value, kept only here.
    public var other: ConflictSide
    public var foundAt: Date

    public init(field: String, label: String, kept: ConflictSide, other: ConflictSide, foundAt: Date) {
        self.field = field
        self.label = label
        self.kept = kept
        self.other = other
        self.foundAt = foundAt
    }

    /// A stable id for scripts: "deals/acme.json#amount".
    public func id(in conflicts: PendingConflicts) -> String { conflicts.recordPath + "#" + field }
}

/// One side of a field conflict: the value as people read it, as JSON to write back, and whose it was.
public struct ConflictSide: Sendable, Hashable, Codable {
    /// The value as people read it ("45", "EUR 1200", "(none)"). Comes from a file: sanitise to show.
    public var text: String
    /// The field's JSON value on this side; null when the field was absent.
    public var value: JSONValue
    /// Who synced this side (the commit's author).
    public var by: String
    /// The commit this side came from, abbreviated.
    public var commit: String?

    public init(text: String, value: JSONValue, by: String, commit: String?) {
        self.text = text
        self.value = value
        self.by = by
        self.commit = commit
    }
}
