import Foundation

/// Reviews in each export format. Deals are passed in to name the deal each review is about.
public enum ReviewExport {
    public static let csvHeader = [
        "Review ID", "Deal ID", "Deal Name", "Account", "Outcome", "Kind", "Status", "Manager", "Rep",
        "Scheduled For", "Completed At", "Minutes Planned", "Seconds Spent", "Questions Answered", "Insights", "Success Factors", "Failure Factors",
        "Best Practices", "Fine-Tuning", "Signals", "Open Action Items", "Summary",
    ]

    /// Oldest first, then by id: the order they were held in.
    public static func ordered(_ reviews: [Review]) -> [Review] {
        reviews.sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    public static func csv(_ reviews: [Review], deals: [String: Deal]) -> String {
        SpreadsheetCSV.table(header: csvHeader, rows: ordered(reviews).map { review in
            let deal = deals[review.dealId]
            func factors(_ effect: Factor.Effect) -> String {
                review.factors.filter { $0.effect == effect }
                    .map { "\($0.text) (\($0.cause.label); \($0.evidence.label))" }.joined(separator: "; ")
            }
            return [
                review.id, review.dealId, deal?.name ?? "", deal?.account ?? "", deal?.outcome.rawValue ?? "",
                ReviewKind.of(review, deal: deal).rawValue, review.status.rawValue, review.manager, review.rep,
                review.scheduledFor?.description ?? "", review.completedAt.map(Timestamp.format) ?? "",
                String(review.plannedMinutes), review.spentSeconds.map(String.init) ?? "",
                String(review.answers.filter { $0.progress == .answered }.count), String(review.insightCount),
                factors(.success), factors(.failure),
                review.practices.map(\.title).joined(separator: "; "),
                review.fineTuning.map(\.text).joined(separator: "; "),
                review.signals.map { "\($0.sign.rawValue): \($0.text) (\($0.present ? "present" : "absent"))" }.joined(separator: "; "),
                review.openActionItems.map { $0.owner.isEmpty ? $0.text : "\($0.text) (\($0.owner))" }.joined(separator: "; "),
                review.summary,
            ]
        })
    }

    public static func json(_ reviews: [Review]) throws -> Data {
        try RecordCoding.encode(ordered(reviews))
    }

    /// Every review's write-up, one after another, separated by a rule.
    public static func markdown(_ reviews: [Review], deals: [String: Deal]) -> String {
        ordered(reviews).map { ReviewMarkdown.render($0, deal: deals[$0.dealId]) }.joined(separator: "\n---\n\n")
    }
}
