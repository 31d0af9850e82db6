import Foundation

/// Reads and writes `playbook.json` the way `RecordStore` writes records: canonical JSON, durable
/// and atomic, mode 0600, compare-and-swap on the revision so two people curating at once get a
/// `SaveConflict` instead of a silent overwrite.
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
        try current() ?? .empty
    }

    /// Saves `curation`, whose revision must be the one it was loaded at. Returns it as saved.
    @discardableResult
    public func save(_ curation: PlaybookCuration, now: Date = Timestamp.now()) throws -> PlaybookCuration {
        let url = fileURL
        return try DurableFile.withLock(on: url) { lock in
            let onDisk = try current()
            if let onDisk {
                guard onDisk.revision == curation.revision else {
                    throw SaveConflict(path: url.path, yours: curation, theirs: onDisk)
                }
                var unchanged = curation
                unchanged.updatedAt = onDisk.updatedAt
                unchanged.schemaVersion = onDisk.schemaVersion
                if unchanged == onDisk { return onDisk }
            } else if curation.revision != 0 {
                throw SaveConflict<PlaybookCuration>(path: url.path, yours: curation, theirs: nil)
            }
            var saved = curation
            saved.id = PlaybookCuration.recordID
            saved.revision = curation.revision + 1
            saved.updatedAt = now
            saved.schemaVersion = PlaybookCuration.currentSchemaVersion
            try lock.commit(RecordCoding.encode(saved))
            return saved
        }
    }

    private func current() throws -> PlaybookCuration? {
        let url = fileURL
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        switch RecordDecoding.decode(PlaybookCuration.self, from: data, path: url.path) {
        case .success(let curation): return curation
        case .failure(let problem): throw StoreError.brokenOnDisk(problem)
        }
    }
}
