import Foundation

/// One file a sync commits or brings in, described the way the team talks about it: "review of
/// “Acme — Expansion” (rep Jo): prep answers", not "M reviews/acme-exp-r1.json".
public struct SyncChange: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case added, changed, removed }

    public var kind: Kind
    /// Relative to the data directory.
    public var path: String

    public init(kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    /// Reads `git diff --name-status -z` output.
    static func parse(nameStatus data: Data) -> [SyncChange] {
        let fields = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        var changes: [SyncChange] = []
        var index = 0
        while index + 1 < fields.count {
            let status = fields[index].first ?? "M"
            let kind: Kind = status == "A" ? .added : status == "D" ? .removed : .changed
            changes.append(SyncChange(kind: kind, path: fields[index + 1]))
            index += 2
        }
        return changes
    }
}

/// Names records for commit messages and sync reports. Text comes from files other people wrote,
/// so every name passes through the single-line sanitizer.
public struct SyncChangeDescriber: Sendable {
    /// The record file as it is now (nil when removed).
    public var current: @Sendable (String) -> Data?
    /// The record file as it was before the change (nil when new).
    public var previous: @Sendable (String) -> Data?

    public init(current: @escaping @Sendable (String) -> Data?, previous: @escaping @Sendable (String) -> Data?) {
        self.current = current
        self.previous = previous
    }

    public func describe(_ change: SyncChange) -> String {
        let verb = switch change.kind {
        case .added: "added"
        case .changed: "updated"
        case .removed: "removed"
        }
        let data = current(change.path) ?? previous(change.path)
        if change.path.hasPrefix(Deal.folder + "/"), let data, let deal = try? RecordDecoding.decode(Deal.self, from: data, path: change.path).get() {
            return "\(verb) deal “\(clean(deal.account)) — \(clean(deal.name))”"
        }
        if change.path.hasPrefix(Review.folder + "/"), let data, let review = try? RecordDecoding.decode(Review.self, from: data, path: change.path).get() {
            var text = "\(verb) review of \(dealName(review.dealId)) (rep \(clean(review.rep)))"
            if change.kind == .changed, let before = previous(change.path),
               let old = try? RecordDecoding.decode(Review.self, from: before, path: change.path).get() {
                let parts = Self.changedParts(old, review)
                if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
            }
            return text
        }
        if change.path == "playbook.json" { return "\(verb) the playbook" }
        if change.path.hasPrefix(PendingConflicts.folder + "/") { return describeConflicts(change, data) }
        return "\(verb) \(clean(change.path))"
    }

    /// The record at `path` by name, without what changed: "review of “Acme — Expansion” (rep Jo)".
    public func name(of path: String) -> String {
        let data = current(path) ?? previous(path)
        if path.hasPrefix(Deal.folder + "/"), let data, let deal = try? RecordDecoding.decode(Deal.self, from: data, path: path).get() {
            return "deal “\(clean(deal.account)) — \(clean(deal.name))”"
        }
        if path.hasPrefix(Review.folder + "/"), let data, let review = try? RecordDecoding.decode(Review.self, from: data, path: path).get() {
            return "review of \(dealName(review.dealId)) (rep \(clean(review.rep)))"
        }
        return path == "playbook.json" ? "the playbook" : clean(path)
    }

    /// A pending-conflict file: added by a merge, removed when the last value was chosen.
    private func describeConflicts(_ change: SyncChange, _ data: Data?) -> String {
        let file = data.flatMap { try? PendingConflictStore.decode($0, path: change.path).get() }
        let record = file.map { clean($0.record) } ?? clean(String(change.path.dropFirst(PendingConflicts.folder.count + 1)))
        return switch change.kind {
        case .added: "kept both values of \(record) for someone to choose"
        case .changed: "chose or added conflicting values of \(record)"
        case .removed: "chose between the conflicting values of \(record)"
        }
    }

    private func dealName(_ id: String) -> String {
        let path = Deal.folder + "/" + id + ".json"
        if let data = current(path) ?? previous(path), let deal = try? RecordDecoding.decode(Deal.self, from: data, path: path).get() {
            return "“\(clean(deal.account)) — \(clean(deal.name))”"
        }
        return "deal \(clean(id))"
    }

    private func clean(_ text: String) -> String { DisplaySanitizer.singleLineWithSpaces.sanitize(text) }

    /// Which parts of a review changed, in words.
    static func changedParts(_ old: Review, _ new: Review) -> [String] {
        var parts: [String] = []
        let oldAnswers = Dictionary(old.answers.map { ($0.questionId, $0) }, uniquingKeysWith: { a, _ in a })
        func answersDiffer(_ field: (Answer) -> String) -> Bool {
            new.answers.contains { answer in oldAnswers[answer.questionId].map(field) ?? "" != field(answer) }
        }
        if answersDiffer(\.prepAnswer) { parts.append("prep answers") }
        if answersDiffer(\.notes) { parts.append("notes") }
        if new.answers.contains(where: { answer in oldAnswers[answer.questionId].map(\.insight) ?? false != answer.insight }) { parts.append("insights") }
        if old.summary != new.summary { parts.append("summary") }
        if old.factors != new.factors { parts.append("factors") }
        if old.practices != new.practices { parts.append("best practices") }
        if old.fineTuning != new.fineTuning { parts.append("fine-tuning") }
        if old.signals != new.signals { parts.append("signals") }
        if old.actionItems != new.actionItems { parts.append("action items") }
        if old.status != new.status { parts.append("status \(new.status.rawValue)") }
        return parts
    }

    /// A commit message: a subject naming the author and the first change, then every change.
    public func commitMessage(author: String, changes: [SyncChange]) -> String {
        let lines = changes.map(describe)
        guard let first = lines.first else { return "\(author): no changes" }
        let more = lines.count > 1 ? " (+\(lines.count - 1) more)" : ""
        let subject = "\(DisplaySanitizer.singleLineWithSpaces.sanitize(author)): \(first)\(more)"
        return subject + "\n\n" + lines.map { "- " + $0 }.joined(separator: "\n") + "\n\nCommitted by debrief sync.\n"
    }
}
