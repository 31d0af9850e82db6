import Foundation

/// Three-way merge of a review: `base` as this session loaded it, `mine` with this session's
/// changes, `theirs` as another session saved it. Each answer field and each listed item is merged
/// on its own, so a manager's notes and a rep's prep answers saved at the same time both survive.
///
/// - Answers: per question, per field (notes, prep answer, insight, skipped).
/// - Items (factors, practices, fine-tuning, signals, action items), by id: added on either side are
///   kept; changed on one side take that side; removed on one side and untouched on the other are
///   removed; removed on one side but changed on the other are kept.
/// - Status: the side that changed it; changed on both, the further one. Start and completion times: the earliest known.
/// - Both sides changing the same place is an overlap (`MergeOverlap`): both versions are kept and it is reported. Nothing is ever dropped.
///
/// The result carries `theirs`' revision, ready to save over the file `theirs` came from.
public enum ReviewMerge {
    public static func merge(base: Review, mine: Review, theirs: Review,
                             sameSpot: TextMerge.SameSpotInsertions = .keepBoth) -> ReviewMergeResult {
        var context = Context(savedAt: theirs.updatedAt, sameSpot: sameSpot)
        var merged = theirs
        merged.answers = context.answers(base: base, mine: mine, theirs: theirs)
        merged.summary = context.text(.summary, label: "summary", base.summary, mine.summary, theirs.summary)
        merged.factors = context.items(base.factors, mine.factors, theirs.factors)
        merged.practices = context.items(base.practices, mine.practices, theirs.practices)
        merged.fineTuning = context.items(base.fineTuning, mine.fineTuning, theirs.fineTuning)
        merged.signals = context.items(base.signals, mine.signals, theirs.signals)
        merged.actionItems = context.items(base.actionItems, mine.actionItems, theirs.actionItems)

        // A status changed on one side only is that side's (the rep taking "prep ready" back is a
        // step back); changed on both, the further one.
        merged.status = mine.status == base.status ? theirs.status : theirs.status == base.status ? mine.status : max(mine.status, theirs.status)
        merged.startedAt = earliest(mine.startedAt, theirs.startedAt)
        merged.completedAt = merged.status == .completed ? earliest(mine.completedAt, theirs.completedAt) : nil
        merged.spentSeconds = spentSeconds(base: base.spentSeconds, mine: mine.spentSeconds, theirs: theirs.spentSeconds)
        merged.plannedMinutes = context.single("plannedMinutes", "planned length", base.plannedMinutes, mine.plannedMinutes, theirs.plannedMinutes)
        merged.manager = context.single("manager", "manager", base.manager, mine.manager, theirs.manager)
        merged.rep = context.single("rep", "rep", base.rep, mine.rep, theirs.rep)
        merged.scheduledFor = context.single("scheduledFor", "scheduled day", base.scheduledFor, mine.scheduledFor, theirs.scheduledFor)
        return ReviewMergeResult(merged: merged, overlaps: context.overlaps)
    }

    /// Time spent adds up: what each side added since the base counts once (two sittings of the
    /// same review saved at once both count). Checked and kept in range.
    static func spentSeconds(base: Int?, mine: Int?, theirs: Int?) -> Int? {
        guard mine != nil || theirs != nil else { return nil }
        let start = base ?? 0
        let mineAdded = max(0, (mine ?? start) - start), theirsAdded = max(0, (theirs ?? start) - start)
        return RecordNumberRange.adding(theirsAdded, toSpent: RecordNumberRange.adding(mineAdded, toSpent: start))
    }

    private static func earliest(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case let (a?, b?): min(a, b)
        default: a ?? b
        }
    }

    private struct Context {
        let savedAt: Date?
        let sameSpot: TextMerge.SameSpotInsertions
        var overlaps: [MergeOverlap] = []

        init(savedAt: Date?, sameSpot: TextMerge.SameSpotInsertions) {
            self.savedAt = savedAt
            self.sameSpot = sameSpot
        }

        mutating func text(_ field: ReviewTextField, label: String, _ base: String, _ mine: String, _ theirs: String) -> String {
            let result = TextMerge.merge(base: base, mine: mine, theirs: theirs, theirsSavedAt: savedAt, sameSpot: sameSpot)
            if result.keptBoth {
                overlaps.append(MergeOverlap(place: .text(field), label: label, mine: mine, theirs: theirs, resolution: .keptBothInText))
            }
            return result.text
        }

        mutating func single<T: Equatable>(_ key: String, _ label: String, _ base: T, _ mine: T, _ theirs: T) -> T {
            if mine == theirs || theirs == base { return mine }
            if mine == base { return theirs }
            overlaps.append(MergeOverlap(place: .field(key), label: label, mine: ConflictText.describe(mine), theirs: ConflictText.describe(theirs), resolution: .keptMine))
            return mine
        }

        /// Answers in my order, then any only theirs has (a question set changed in between).
        mutating func answers(base: Review, mine: Review, theirs: Review) -> [Answer] {
            let baseByID = Dictionary(base.answers.map { ($0.questionId, $0) }, uniquingKeysWith: { first, _ in first })
            let theirsByID = Dictionary(theirs.answers.map { ($0.questionId, $0) }, uniquingKeysWith: { first, _ in first })
            let mineIDs = Set(mine.answers.map(\.questionId))
            var result: [Answer] = []
            for answer in mine.answers {
                guard let other = theirsByID[answer.questionId] else { result.append(answer); continue }
                result.append(merge(answer, other, base: baseByID[answer.questionId]))
            }
            result += theirs.answers.filter { !mineIDs.contains($0.questionId) }
            return result
        }

        mutating func merge(_ mine: Answer, _ theirs: Answer, base: Answer?) -> Answer {
            // A question neither side had when this session loaded: both sides' text is new.
            var blank = mine
            blank.notes = ""
            blank.prepAnswer = ""
            blank.insight = false
            blank.skipped = false
            let base = base ?? blank
            var merged = mine
            let id = mine.questionId
            merged.notes = text(.notes(questionID: id), label: "notes on “\(mine.wording)”", base.notes, mine.notes, theirs.notes)
            merged.prepAnswer = text(.prepAnswer(questionID: id), label: "prep answer to “\(mine.wording)”",
                                     base.prepAnswer, mine.prepAnswer, theirs.prepAnswer)
            merged.insight = mine.insight == base.insight ? theirs.insight : mine.insight
            merged.skipped = mine.skipped == base.skipped ? theirs.skipped : mine.skipped
            return merged
        }

        mutating func items<Item: MergeableReviewItem>(_ base: [Item], _ mine: [Item], _ theirs: [Item]) -> [Item] {
            let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let theirsByID = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let mineIDs = Set(mine.map(\.id))
            var usedIDs = Set(mine.map(\.id)).union(theirs.map(\.id))
            var result: [Item] = []
            var extras: [Item] = []
            for item in mine {
                let other = theirsByID[item.id]
                let original = baseByID[item.id]
                switch (original, other) {
                case (nil, nil):
                    result.append(item)  // added by me
                case (let original?, nil):
                    // They removed it. If I left it alone it goes; if I changed it, it stays.
                    if item != original {
                        result.append(item)
                        overlaps.append(overlap(item, theirs: "removed", resolution: .keptChangedOverRemoved))
                    }
                case (nil, let other?):
                    // Both added an item with this id: keep both unless they are the same.
                    result.append(item)
                    if other != item { extras.append(keepBeside(item, other, usedIDs: &usedIDs)) }
                case (let original?, let other?):
                    if item == other || other == original { result.append(item); continue }
                    if item == original { result.append(other); continue }
                    var merger = FieldMerger(theirsSavedAt: savedAt, sameSpot: sameSpot)
                    let merged = Item.mergeFields(base: original, mine: item, theirs: other, with: &merger)
                    if merger.clashed {
                        result.append(item)
                        extras.append(keepBeside(item, other, usedIDs: &usedIDs))
                    } else {
                        result.append(merged)
                        if merger.textKeptBoth {
                            overlaps.append(overlap(item, theirs: other.gist, resolution: .keptBothInText))
                        }
                    }
                }
            }
            for item in theirs where !mineIDs.contains(item.id) {
                guard let original = baseByID[item.id] else { result.append(item); continue }  // added by them
                // I removed it. If they left it alone it goes; if they changed it, it stays.
                if item != original {
                    result.append(item)
                    overlaps.append(MergeOverlap(place: .item(kind: Item.kindName, id: item.id), label: "\(Item.kindName) “\(item.gist)”",
                                                    mine: "removed", theirs: item.gist, resolution: .keptChangedOverRemoved))
                }
            }
            return result + extras
        }

        private mutating func keepBeside<Item: MergeableReviewItem>(_ mine: Item, _ theirs: Item, usedIDs: inout Set<String>) -> Item {
            var copy = theirs
            var number = 1
            repeat {
                copy.id = number == 1 ? "\(theirs.id)-other" : "\(theirs.id)-other\(number)"
                number += 1
            } while usedIDs.contains(copy.id)
            usedIDs.insert(copy.id)
            overlaps.append(overlap(mine, theirs: theirs.gist, resolution: .keptBothItems(theirsID: copy.id)))
            return copy
        }

        private func overlap<Item: MergeableReviewItem>(_ mine: Item, theirs: String, resolution: MergeOverlap.Resolution) -> MergeOverlap {
            MergeOverlap(place: .item(kind: Item.kindName, id: mine.id), label: "\(Item.kindName) “\(mine.gist)”",
                         mine: mine.gist, theirs: theirs, resolution: resolution)
        }
    }
}
