import Foundation

/// Three-way merge of a deal changed on two machines, field by field: a field changed on one side
/// takes that side; notes merge as text (both kept under a marker where they clash); a single
/// value changed differently on both sides keeps this machine's value and reports the other, which
/// a sync keeps as a pending conflict (`PendingConflicts`) for a person to choose. The merge is done with the same rules as `ReviewMerge`.
public enum DealSyncMerge {
    public static func merge(base: Deal?, mine: Deal, theirs: Deal) -> (merged: Deal, overlaps: [MergeOverlap]) {
        var context = Context(hasBase: base != nil)
        let base = base ?? mine
        var merged = mine
        merged.crmId = context.value("crmId", "CRM id", base.crmId, mine.crmId, theirs.crmId)
        merged.source = context.value("source", "source", base.source, mine.source, theirs.source)
        merged.account = context.value("account", "account", base.account, mine.account, theirs.account)
        merged.name = context.value("name", "name", base.name, mine.name, theirs.name)
        merged.amount = context.value("amount", "amount", base.amount, mine.amount, theirs.amount)
        merged.outcome = context.value("outcome", "outcome", base.outcome, mine.outcome, theirs.outcome)
        merged.closeDate = context.value("closeDate", "close date", base.closeDate, mine.closeDate, theirs.closeDate)
        merged.createdDate = context.value("createdDate", "created date", base.createdDate, mine.createdDate, theirs.createdDate)
        merged.owner = context.value("owner", "owner", base.owner, mine.owner, theirs.owner)
        merged.segment = context.value("segment", "segment", base.segment, mine.segment, theirs.segment)
        merged.dealType = context.value("dealType", "deal type", base.dealType, mine.dealType, theirs.dealType)
        merged.leadSource = context.value("leadSource", "lead source", base.leadSource, mine.leadSource, theirs.leadSource)
        merged.stageReached = context.value("stageReached", "stage reached", base.stageReached, mine.stageReached, theirs.stageReached)
        merged.competitors = context.value("competitors", "competitors", base.competitors, mine.competitors, theirs.competitors)
        merged.reasons = context.value("reasons", "reasons", base.reasons, mine.reasons, theirs.reasons)
        // Two deals added with one id have no common notes: both texts count as new.
        let text = TextMerge.merge(base: context.hasBase ? base.notes : "", mine: mine.notes, theirs: theirs.notes, theirsSavedAt: theirs.updatedAt)
        merged.notes = text.text
        if text.keptBoth {
            context.overlaps.append(MergeOverlap(place: .field("notes"), label: "notes", mine: mine.notes, theirs: theirs.notes, resolution: .keptBothInText))
        }
        return (merged, context.overlaps)
    }

    private struct Context {
        let hasBase: Bool
        var overlaps: [MergeOverlap] = []

        mutating func value<T: Equatable>(_ key: String, _ label: String, _ base: T, _ mine: T, _ theirs: T) -> T {
            if mine == theirs { return mine }
            if hasBase {
                if theirs == base { return mine }
                if mine == base { return theirs }
            }
            overlaps.append(MergeOverlap(place: .field(key), label: label, mine: ConflictText.describe(mine), theirs: ConflictText.describe(theirs), resolution: .keptMine))
            return mine
        }
    }
}
