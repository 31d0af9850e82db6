import Foundation

/// Reads and writes `playbook.json` the way `RecordStore` writes records: canonical JSON, durable
/// and atomic, mode 0600, compare-and-swap on the revision so two people curating at once get a
/// `StaleRevision` instead of a silent overwrite.
public struct PlaybookCurationStore: Sendable {
    public static let fileName = "playbook.json"
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    public var fileURL: URL { root.appendingPathComponent(Self.fileName, isDirectory: false) }

    /// The curation on disk, or `.empty` (revision 0) when there is none yet.
    /// Throws `StoreError.brokenOnDisk` for a file that does not parse; the file is left as it is.
    public func load() throws -> PlaybookCuration {
        try RecordStore.currentRecord(PlaybookCuration.self, at: fileURL) ?? .empty
    }

    /// Saves `curation`, whose revision must be the one it was loaded at. Returns it as saved.
    @discardableResult
    public func save(_ curation: PlaybookCuration, now: Date = Timestamp.now()) throws -> PlaybookCuration {
        var record = curation
        record.id = PlaybookCuration.recordID
        return try RecordStore.save(record, at: fileURL, now: now)
    }
}
