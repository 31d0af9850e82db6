import Foundation

/// Applies a person's choice on a pending field conflict: the chosen value goes into the record
/// through the store (compare-and-swap, like every save), then the pending entry is removed. The
/// next sync commits both.
public struct ConflictResolver: Sendable {
    public let store: RecordStore

    public init(store: RecordStore) { self.store = store }

    /// What a choice did: the record as saved when the other value was written into it.
    public enum Saved: Sendable, Equatable {
        case deal(Deal)
        case review(Review)
    }

    public struct Outcome: Sendable, Equatable {
        public var saved: Saved?
        /// The record's pending file after the choice; nil when nothing is left to choose.
        public var remaining: PendingConflicts?
    }

    /// Why a choice was refused; the pending entry stays.
    public struct Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// `recordRevision` is the revision the chooser saw; a record saved since is refused, so a
    /// choice made on an old screen never overwrites newer work.
    public func resolve(recordPath: String, field: String, choice: ConflictChoice, recordRevision: Int? = nil) throws -> Outcome {
        let pending = PendingConflictStore(root: store.root, fileSystem: store.fileSystem)
        guard let file = try pending.load(recordPath: recordPath),
              let conflict = file.fields.first(where: { $0.field == field }) else {
            throw Refusal(description: "there is no pending conflict on \(field) of \(recordPath) any more (someone chose already); reload with Ctrl-R")
        }
        var saved: Saved?
        if choice == .other {
            if recordPath.hasPrefix(Deal.folder + "/") {
                saved = .deal(try write(conflict, of: file, as: Deal.self, recordRevision: recordRevision))
            } else if recordPath.hasPrefix(Review.folder + "/") {
                saved = .review(try write(conflict, of: file, as: Review.self, recordRevision: recordRevision))
            } else {
                throw Refusal(description: "\(recordPath) is not a deal or a review; remove \(file.path) by hand")
            }
        }
        let remaining = try pending.update(recordPath: recordPath) { current in
            guard var current else { return nil }
            current.fields.removeAll { $0.field == field }
            return current
        }
        return Outcome(saved: saved, remaining: remaining)
    }

    /// A field's value as the sync described it (`ConflictText`), found by its key; nil when the
    /// record has no property of that name.
    static func text<R>(of field: String, in record: R) -> String? {
        Mirror(reflecting: record).children.first { $0.label == field }.map { ConflictText.describe($0.value) }
    }

    /// Writes the other value into the record, if the record still holds the value the conflict
    /// was found with (or already holds the other one).
    private func write<R: StoredRecord & Equatable>(_ conflict: FieldConflict, of file: PendingConflicts, as type: R.Type, recordRevision: Int?) throws -> R {
        let name = DisplaySanitizer.singleLineWithSpaces.sanitize(file.record)
        let label = DisplaySanitizer.singleLineWithSpaces.sanitize(conflict.label)
        guard let record = try store.load(R.self, id: file.recordID) else {
            throw Refusal(description: "\(name) is gone, so its \(label) cannot be set; keep (1) to drop the pending choice")
        }
        if let recordRevision, recordRevision != record.revision {
            throw Refusal(description: "\(name) was saved since this screen loaded it; nothing was written. Reload with Ctrl-R and choose again")
        }
        var fields = try JSONValue.fields(of: record)
        let current = fields[conflict.field] ?? .null
        if current == conflict.other.value { return record }
        guard current == conflict.kept.value else {
            throw Refusal(description: "the \(label) of \(name) was changed since the sync (it is no longer “\(DisplaySanitizer.singleLineWithSpaces.sanitize(conflict.kept.text))”); nothing was written. Keep what it holds now (1), or edit it by hand")
        }
        if conflict.other.value == .null { fields.removeValue(forKey: conflict.field) } else { fields[conflict.field] = conflict.other.value }
        let data = try JSONEncoder().encode(fields)
        switch RecordDecoding.decode(R.self, from: data, path: file.recordPath) {
        case .success(let changed):
            // The chooser shows `text`; what is written is `value`. A file edited by hand (or by a
            // hostile push) could make them differ: the person must get what they were shown.
            let written = Self.text(of: conflict.field, in: changed)
            if let written, written != conflict.other.text {
                throw Refusal(description: "the pending choice for the \(label) of \(name) shows “\(DisplaySanitizer.singleLineWithSpaces.sanitize(conflict.other.text))” but holds “\(DisplaySanitizer.singleLineWithSpaces.sanitize(written))”: \(file.path) was edited by hand or damaged; nothing was written. Keep what the record holds (1), or edit the record by hand")
            }
            return try store.save(changed, base: record)
        case .failure(let problem):
            throw Refusal(description: "the other \(label) of \(name) is not a valid value (\(problem.reason)); nothing was written")
        }
    }
}
