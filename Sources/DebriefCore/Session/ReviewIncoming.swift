import Foundation

/// What a change to a review made elsewhere (the rep's prep, a sync, a teammate's session) brought,
/// counted against the version this session knew, for a one-line notice: "Dana Kim's prep notes
/// came in (2 questions)."
public struct ReviewIncoming: Sendable, Equatable {
    /// Questions whose prep answer changed.
    public var prepAnswers = 0
    /// Questions whose manager's notes changed.
    public var notes = 0
    /// Questions whose insight or skip flag changed.
    public var flags = 0
    /// Factors, practices, fine-tuning points, signals and action items added, changed or removed.
    public var items = 0
    public var summaryChanged = false
    /// The status the change set, when it set one.
    public var status: ReviewStatus?
    /// Something else changed (the schedule, the planned length, the time spent…). Start and
    /// completion times are not counted: the file keeps them to the second, a session's copy finer.
    public var otherChanged = false

    public init(from known: Review, to changed: Review) {
        let knownAnswers = Dictionary(known.answers.map { ($0.questionId, $0) }, uniquingKeysWith: { first, _ in first })
        for answer in changed.answers {
            let before = knownAnswers[answer.questionId]
            if answer.prepAnswer != (before?.prepAnswer ?? "") { prepAnswers += 1 }
            if answer.notes != (before?.notes ?? "") { notes += 1 }
            if answer.insight != (before?.insight ?? false) || answer.skipped != (before?.skipped ?? false) { flags += 1 }
        }
        items = Self.changedItems(known.factors, changed.factors) + Self.changedItems(known.practices, changed.practices)
            + Self.changedItems(known.fineTuning, changed.fineTuning) + Self.changedItems(known.signals, changed.signals)
            + Self.changedItems(known.actionItems, changed.actionItems)
        summaryChanged = known.summary != changed.summary
        if known.status != changed.status { status = changed.status }
        otherChanged = known.scheduledFor != changed.scheduledFor || known.plannedMinutes != changed.plannedMinutes
            || known.spentSeconds != changed.spentSeconds || known.manager != changed.manager || known.rep != changed.rep
    }

    /// Whether nothing a person wrote or chose changed (only the revision or the save time did).
    public var isEmpty: Bool {
        prepAnswers == 0 && notes == 0 && flags == 0 && items == 0 && !summaryChanged && status == nil && !otherChanged
    }

    /// "Dana Kim's prep notes came in (2 questions); also changed: notes on 1 question, 1 item."
    public func sentence(rep: String) -> String {
        var parts: [String] = []
        if prepAnswers > 0 { parts.append("\(rep)'s prep notes came in (\(Self.count(prepAnswers, "question")))") }
        var also: [String] = []
        if notes > 0 { also.append("notes on \(Self.count(notes, "question"))") }
        if flags > 0 { also.append("flags on \(Self.count(flags, "question"))") }
        if items > 0 { also.append(Self.count(items, "item")) }
        if summaryChanged { also.append("the summary") }
        if let status { also.append("status \(status.label)") }
        if !also.isEmpty { parts.append((parts.isEmpty ? "Changed on disk: " : "also changed: ") + also.joined(separator: ", ")) }
        if parts.isEmpty { parts.append("The review changed on disk (its schedule or time spent)") }
        return parts.joined(separator: "; ") + "."
    }

    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    private static func changedItems<Item: MergeableReviewItem>(_ known: [Item], _ changed: [Item]) -> Int {
        let knownByID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let changedIDs = Set(changed.map(\.id))
        let addedOrChanged = changed.lazy.filter { knownByID[$0.id] != $0 }.count
        return addedOrChanged + known.lazy.filter { !changedIDs.contains($0.id) }.count
    }
}
