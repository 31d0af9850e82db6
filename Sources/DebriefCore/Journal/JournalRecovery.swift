import Foundation

/// The unsaved text one journal holds for one review: the latest value of each field.
public struct PendingReviewEdits: Sendable, Hashable {
    public var reviewID: String
    /// The deal the review is about, from the journal's header (nil in journals older than that).
    public var dealID: String?
    public var file: URL
    /// Latest edit per field, in the order the fields were first typed into.
    public var edits: [JournalEdit]
    /// The file ended in a torn or damaged record, which was ignored.
    public var hadDamagedTail: Bool

    public init(reviewID: String, dealID: String? = nil, file: URL, edits: [JournalEdit], hadDamagedTail: Bool) {
        self.reviewID = reviewID
        self.dealID = dealID
        self.file = file
        self.edits = edits
        self.hadDamagedTail = hadDamagedTail
    }

    public func edit(for field: ReviewTextField) -> JournalEdit? { edits.first { $0.field == field } }
}

/// Reads journals back after a crash. Only reads: it never changes a journal or a record, so a
/// damaged journal can never overwrite good data. A torn or damaged tail is ignored; what comes
/// before it is recovered.
public enum JournalRecovery {
    /// `<state dir>/journal`: where journals live, outside the shared data directory.
    public static func directory(in stateDirectory: URL) -> URL {
        stateDirectory.appendingPathComponent("journal", isDirectory: true)
    }

    /// The pending edits in every journal belonging to `dataDirectory`, by review id.
    public static func recover(stateDirectory: URL, dataDirectory: URL) -> [PendingReviewEdits] {
        let dir = directory(in: stateDirectory)
        let prefix = JournalFileName.dataDirectoryPrefix(dataDirectory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        var result: [PendingReviewEdits] = []
        for name in names.sorted() where name.hasPrefix(prefix) && name.hasSuffix(JournalFileName.suffix) {
            let url = dir.appendingPathComponent(name, isDirectory: false)
            guard let pending = read(url, dataDirectory: dataDirectory), !pending.edits.isEmpty else { continue }
            result.append(pending)
        }
        return result.sorted { $0.reviewID < $1.reviewID }
    }

    /// One journal file's pending edits; nil when it cannot be read or belongs elsewhere.
    public static func read(_ url: URL, dataDirectory: URL) -> PendingReviewEdits? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return pending(in: Array(data), file: url, dataDirectory: JournalFileName.canonicalPath(dataDirectory))
    }

    /// The pending edits in a journal's bytes, or nil without a header for `dataDirectory`.
    static func pending(in bytes: [UInt8], file: URL, dataDirectory: String) -> PendingReviewEdits? {
        let (records, validLength) = JournalRecord.readValidPrefix(bytes)
        guard case .header(let directory, let reviewID, let dealID)? = records.first, directory == dataDirectory else { return nil }
        // The latest edit per field, its text kept as bytes while splices change it.
        var latest: [JournalEdit] = []
        var texts: [ReviewTextField: [UInt8]] = [:]
        // Who wrote each field's current text: a splice builds only on its own writer's text.
        var owners: [ReviewTextField: UInt64] = [:]
        var damaged = validLength < bytes.count
        func note(_ edit: JournalEdit) {
            if let index = latest.firstIndex(where: { $0.field == edit.field }) { latest[index] = edit } else { latest.append(edit) }
        }
        replay: for record in records.dropFirst() {
            switch record {
            case .edit(var edit) where edit.reviewID == reviewID:
                edit.dealID = dealID
                texts[edit.field] = Array(edit.text.utf8)
                owners[edit.field] = edit.writer
                note(edit)
            case .splice(let splice) where splice.reviewID == reviewID:
                // Another session's splice, between this one's records: its own whole text came before and stays the latest known.
                if let owner = owners[splice.field], owner != splice.writer { continue }
                // A splice needs the text it was made on; without it, or where it does not fit, the journal is damaged here.
                guard var text = texts.removeValue(forKey: splice.field) else {
                    damaged = true
                    break replay
                }
                guard splice.apply(to: &text) else {
                    texts[splice.field] = text
                    damaged = true
                    break replay
                }
                texts[splice.field] = text
                note(JournalEdit(reviewID: reviewID, dealID: dealID, field: splice.field, text: "", baseRevision: splice.baseRevision, time: splice.time))
            default:
                continue
            }
        }
        var edits: [JournalEdit] = []
        for var edit in latest {
            guard let text = texts[edit.field].flatMap({ String(validating: $0, as: UTF8.self) }) else {
                damaged = true
                continue
            }
            edit.text = text
            edit.writer = nil  // only replay needs it
            edits.append(edit)
        }
        return PendingReviewEdits(reviewID: reviewID, dealID: dealID, file: file, edits: edits, hadDamagedTail: damaged)
    }
}

/// Journal file names: `<hash of data dir>-<hash of data dir and review id>.djournal`, so journals
/// of two data directories never mix and a review id never has to be trusted as a file name.
public enum JournalFileName {
    public static let suffix = ".djournal"

    public static func canonicalPath(_ dataDirectory: URL) -> String {
        dataDirectory.standardizedFileURL.resolvingSymlinksInPath().path
    }

    static func dataDirectoryPrefix(_ dataDirectory: URL) -> String {
        hex(FNV1a.hash64(canonicalPath(dataDirectory).utf8)) + "-"
    }

    public static func name(dataDirectory: URL, reviewID: String) -> String {
        let key = Array(canonicalPath(dataDirectory).utf8) + [0] + Array(reviewID.utf8)
        return dataDirectoryPrefix(dataDirectory) + hex(FNV1a.hash64(key)) + suffix
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
