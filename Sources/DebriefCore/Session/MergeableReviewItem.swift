import Foundation

/// Merges the fields of one value changed on two sides: single values take the side that changed
/// them, texts go through `TextMerge`. A single value changed differently on both sides is a clash,
/// which the caller resolves by keeping both whole items.
struct FieldMerger {
    let theirsSavedAt: Date?
    let sameSpot: TextMerge.SameSpotInsertions
    private(set) var clashed = false
    private(set) var textKeptBoth = false

    init(theirsSavedAt: Date?, sameSpot: TextMerge.SameSpotInsertions) {
        self.theirsSavedAt = theirsSavedAt
        self.sameSpot = sameSpot
    }

    mutating func value<T: Equatable>(_ base: T, _ mine: T, _ theirs: T) -> T {
        if mine == theirs || theirs == base { return mine }
        if mine == base { return theirs }
        clashed = true
        return mine
    }

    mutating func text(_ base: String, _ mine: String, _ theirs: String) -> String {
        let result = TextMerge.merge(base: base, mine: mine, theirs: theirs, theirsSavedAt: theirsSavedAt, sameSpot: sameSpot)
        if result.keptBoth { textKeptBoth = true }
        return result.text
    }
}

/// A listed review item that two sessions may add, change or remove independently.
protocol MergeableReviewItem: Identifiable, Hashable, Sendable where ID == String {
    static var kindName: String { get }
    var id: String { get set }
    /// The item in a few words, for overlap messages.
    var gist: String { get }
    static func mergeFields(base: Self, mine: Self, theirs: Self, with merger: inout FieldMerger) -> Self
}

extension Factor: MergeableReviewItem {
    static var kindName: String { "factor" }
    var gist: String { text }
    static func mergeFields(base: Factor, mine: Factor, theirs: Factor, with merger: inout FieldMerger) -> Factor {
        Factor(id: mine.id, effect: merger.value(base.effect, mine.effect, theirs.effect),
               cause: merger.value(base.cause, mine.cause, theirs.cause),
               evidence: merger.value(base.evidence, mine.evidence, theirs.evidence),
               text: merger.text(base.text, mine.text, theirs.text))
    }
}

extension BestPractice: MergeableReviewItem {
    static var kindName: String { "best practice" }
    var gist: String { title }
    static func mergeFields(base: BestPractice, mine: BestPractice, theirs: BestPractice, with merger: inout FieldMerger) -> BestPractice {
        BestPractice(id: mine.id, title: merger.text(base.title, mine.title, theirs.title),
                     detail: merger.text(base.detail, mine.detail, theirs.detail))
    }
}

extension FineTuningPoint: MergeableReviewItem {
    static var kindName: String { "fine-tuning point" }
    var gist: String { text }
    static func mergeFields(base: FineTuningPoint, mine: FineTuningPoint, theirs: FineTuningPoint, with merger: inout FieldMerger) -> FineTuningPoint {
        FineTuningPoint(id: mine.id, text: merger.text(base.text, mine.text, theirs.text))
    }
}

extension QualificationSignal: MergeableReviewItem {
    static var kindName: String { "signal" }
    var gist: String { text }
    static func mergeFields(base: QualificationSignal, mine: QualificationSignal, theirs: QualificationSignal, with merger: inout FieldMerger) -> QualificationSignal {
        QualificationSignal(id: mine.id, sign: merger.value(base.sign, mine.sign, theirs.sign),
                            text: merger.text(base.text, mine.text, theirs.text),
                            present: merger.value(base.present, mine.present, theirs.present))
    }
}

extension ActionItem: MergeableReviewItem {
    static var kindName: String { "action item" }
    var gist: String { text }
    static func mergeFields(base: ActionItem, mine: ActionItem, theirs: ActionItem, with merger: inout FieldMerger) -> ActionItem {
        ActionItem(id: mine.id, text: merger.text(base.text, mine.text, theirs.text),
                   owner: merger.value(base.owner, mine.owner, theirs.owner),
                   due: merger.value(base.due, mine.due, theirs.due),
                   done: merger.value(base.done, mine.done, theirs.done),
                   doneOn: merger.value(base.doneOn, mine.doneOn, theirs.doneOn))
    }
}
