/// How an imported deal lands on one already in the data directory.
///
/// The CRM is the source of truth for what the file has columns for; a column the file lacks never
/// clears what an earlier, richer export brought in, and neither does an empty or placeholder amount. Notes are the exception for empty cells too:
/// an empty notes cell keeps the notes already on the deal, which may have been written in Debrief.
/// Reviews live in their own files and are never read or written by an import.
enum DealMerge {
    static func merged(existing: Deal, imported: Deal, map: ColumnMap) -> Deal {
        var deal = imported
        deal.revision = existing.revision
        deal.updatedAt = existing.updatedAt
        deal.schemaVersion = existing.schemaVersion
        if !map.has(.account) { deal.account = existing.account }
        // An empty or placeholder amount is unknown, and an unknown never erases an amount already known.
        if !map.has(.amount) || deal.amount == nil { deal.amount = existing.amount }
        if !map.has(.owner) { deal.owner = existing.owner }
        if !map.has(.createdDate) { deal.createdDate = existing.createdDate }
        if !map.has(.segment) { deal.segment = existing.segment }
        if !map.has(.dealType) { deal.dealType = existing.dealType }
        if !map.has(.leadSource) { deal.leadSource = existing.leadSource }
        if !map.has(.competitors) { deal.competitors = existing.competitors }
        if !map.has(.wonReason) && !map.has(.lossReason) && !map.has(.reason) { deal.reasons = existing.reasons }
        if deal.notes.isEmpty { deal.notes = existing.notes }
        if deal.stageReached == nil { deal.stageReached = existing.stageReached }
        return deal
    }
}
