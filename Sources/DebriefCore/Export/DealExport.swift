import Foundation

/// Deals in each export format. The CSV columns are the ones Debrief's importer reads back,
/// with Debrief's own id, so a CSV export imported into another data directory gives the same deals.
public enum DealExport {
    public static let csvHeader = [
        "Debrief ID", "CRM", "CRM ID", "Account", "Deal Name", "Outcome", "Amount", "Currency", "Close Date",
        "Created Date", "Owner", "Segment", "Deal Type", "Lead Source", "Stage Reached", "Competitors", "Reasons", "Notes",
    ]

    /// Most recently closed first, then by id, so the same deals always export the same way.
    public static func ordered(_ deals: [Deal]) -> [Deal] {
        deals.sorted { ($0.closeDate, $1.id) > ($1.closeDate, $0.id) }
    }

    public static func csv(_ deals: [Deal]) -> String {
        SpreadsheetCSV.table(header: csvHeader, rows: ordered(deals).map { deal in
            [
                deal.id, deal.source ?? "", deal.crmId ?? "", deal.account, deal.name, deal.outcome.rawValue,
                deal.amount?.plain ?? "", deal.amount?.currency ?? "", deal.closeDate.description, deal.createdDate?.description ?? "",
                deal.owner, deal.segment ?? "", deal.dealType ?? "", deal.leadSource ?? "", deal.stageReached ?? "",
                ListCell.join(deal.competitors),
                // "[category] text" lets the importer restore the category the manager may have corrected.
                ListCell.join(deal.reasons.map { "[\($0.category.rawValue)] \($0.text)" }),
                deal.notes,
            ]
        })
    }

    public static func json(_ deals: [Deal]) throws -> Data {
        try RecordCoding.encode(ordered(deals))
    }

    public static func markdown(_ deals: [Deal]) -> String {
        let header = ["Deal", "Account", "Outcome", "Amount", "Closed", "Owner", "Reasons", "Competitors"]
        var lines = ["# Deals", "", "| " + header.joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: header.count)]
        for deal in ordered(deals) {
            let cells = [
                deal.name, deal.account, deal.outcome.label, deal.amountDisplay, deal.closeDate.description, deal.owner,
                deal.reasons.map { "\($0.category.label): \($0.text)" }.joined(separator: "; "),
                deal.competitors.joined(separator: ", "),
            ]
            lines.append("| " + cells.map(MarkdownText.tableCell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
