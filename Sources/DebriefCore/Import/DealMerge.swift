/// How an imported deal lands on one already in the data directory.
///
/// The CRM is the source of truth for what the file has values for; a column the file lacks, or an empty
/// cell, never clears what an earlier, richer export brought in. Notes likewise: an empty notes cell keeps
/// the notes already on the deal, which may have been written in Debrief.
/// Reviews live in their own files and are never read or written by an import.
enum DealMerge {
    static func merged(existing: Deal, imported: Deal, map: ColumnMap) -> Deal {
        var deal = imported
        deal.revision = existing.revision
        deal.updatedAt = existing.updatedAt
        deal.schemaVersion = existing.schemaVersion
        // An empty cell is unknown, and an unknown never erases what is known: a sparser export (a report
        // whose user may not see some fields, a placeholder amount) must not wipe what a fuller one brought.
        if deal.account.isEmpty { deal.account = existing.account }
        if deal.amount == nil { deal.amount = existing.amount }
        if deal.owner == DealRowReader.unassignedOwner { deal.owner = existing.owner }
        if deal.createdDate == nil { deal.createdDate = existing.createdDate }
        if deal.segment == nil { deal.segment = existing.segment }
        if deal.dealType == nil { deal.dealType = existing.dealType }
        if deal.leadSource == nil { deal.leadSource = existing.leadSource }
        if deal.competitors.isEmpty { deal.competitors = existing.competitors }
        // Reasons belong to an outcome: a deal that turned from lost to won drops its loss reasons.
        let noReasonColumn = !map.has(.wonReason) && !map.has(.lossReason) && !map.has(.reason)
        if noReasonColumn || (deal.reasons.isEmpty && deal.outcome == existing.outcome) { deal.reasons = existing.reasons }
        if deal.notes.isEmpty { deal.notes = existing.notes }
        if deal.stageReached == nil { deal.stageReached = existing.stageReached }
        return deal
    }
}
