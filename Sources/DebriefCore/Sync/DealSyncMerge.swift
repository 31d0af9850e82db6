import Foundation

/// Three-way merge of a deal changed on two machines, field by field: a field changed on one side
/// takes that side; notes merge as text (both kept under a marker where they clash); a single
/// value changed differently on both sides keeps this machine's value and reports the other, so
/// a person can choose. The merge is done with the same rules as `ReviewMerge`.
public enum DealSyncMerge {
    public static func merge(base: Deal?, mine: Deal, theirs: Deal) -> (merged: Deal, conflicts: [ReviewConflict]) {
        var context = Context(hasBase: base != nil)
        let base = base ?? mine
        var merged = mine
        merged.crmId = context.value("CRM id", base.crmId, mine.crmId, theirs.crmId)
        merged.source = context.value("source", base.source, mine.source, theirs.source)
        merged.account = context.value("account", base.account, mine.account, theirs.account)
        merged.name = context.value("name", base.name, mine.name, theirs.name)
        merged.amount = context.value("amount", base.amount, mine.amount, theirs.amount)
        merged.outcome = context.value("outcome", base.outcome, mine.outcome, theirs.outcome)
        merged.closeDate = context.value("close date", base.closeDate, mine.closeDate, theirs.closeDate)
        merged.createdDate = context.value("created date", base.createdDate, mine.createdDate, theirs.createdDate)
        merged.owner = context.value("owner", base.owner, mine.owner, theirs.owner)
        merged.segment = context.value("segment", base.segment, mine.segment, theirs.segment)
        merged.dealType = context.value("deal type", base.dealType, mine.dealType, theirs.dealType)
        merged.leadSource = context.value("lead source", base.leadSource, mine.leadSource, theirs.leadSource)
        merged.stageReached = context.value("stage reached", base.stageReached, mine.stageReached, theirs.stageReached)
        merged.competitors = context.value("competitors", base.competitors, mine.competitors, theirs.competitors)
        merged.reasons = context.value("reasons", base.reasons, mine.reasons, theirs.reasons)
        // Two deals added with one id have no common notes: both texts count as new.
        let text = TextMerge.merge(base: context.hasBase ? base.notes : "", mine: mine.notes, theirs: theirs.notes, theirsSavedAt: theirs.updatedAt)
        merged.notes = text.text
        if text.isConflict {
            context.conflicts.append(ReviewConflict(place: .field("notes"), label: "notes", mine: mine.notes, theirs: theirs.notes, resolution: .keptBothInText))
        }
        return (merged, context.conflicts)
    }

    private struct Context {
        let hasBase: Bool
        var conflicts: [ReviewConflict] = []

        mutating func value<T: Equatable>(_ label: String, _ base: T, _ mine: T, _ theirs: T) -> T {
            if mine == theirs { return mine }
            if hasBase {
                if theirs == base { return mine }
                if mine == base { return theirs }
            }
            conflicts.append(ReviewConflict(place: .field(label), label: label, mine: Self.describe(mine), theirs: Self.describe(theirs), resolution: .keptMine))
            return mine
        }

        /// A value as people read it: no "Optional(…)", lists joined with commas.
        static func describe(_ value: Any) -> String {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional: return mirror.children.first.map { describe($0.value) } ?? "(none)"
            case .collection: return mirror.children.map { describe($0.value) }.joined(separator: ", ")
            default: return "\(value)"
            }
        }
    }
}
