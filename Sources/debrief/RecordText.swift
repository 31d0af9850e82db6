import DebriefCore
import Foundation

/// Human-readable forms of one deal or one review, for `debrief show`.
enum RecordText {
    static func deal(_ deal: Deal, reviews: [Review]) -> String {
        var lines: [String] = []
        func field(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(name.padding(toLength: 14, withPad: " ", startingAt: 0) + DisplaySanitizer.singleLine.sanitize(value))
        }
        lines.append(DisplaySanitizer.singleLine.sanitize(deal.hasAccount ? "\(deal.account) — \(deal.name)" : "\(deal.name) (no account)"))
        field("Outcome", deal.outcome.label)
        field("Amount", deal.amountDisplay)
        field("Closed", deal.closeDate.description)
        field("Created", deal.createdDate?.description)
        field("Sales cycle", deal.salesCycleDays.map { "\($0) days" })
        field("Rep", deal.owner)
        field("Segment", deal.segment)
        field("Type", deal.dealType)
        field("Lead source", deal.leadSource)
        field("Stage reached", deal.stageReached)
        field("Competitors", deal.competitors.joined(separator: ", "))
        for reason in deal.reasons { field("Reason", "\(reason.category.label): \(reason.text)") }
        field("CRM id", deal.crmId.map { id in deal.source.map { "\(id) (\($0))" } ?? id })
        field("Id", deal.id)
        if !deal.notes.isEmpty {
            lines.append("Notes")
            lines += paragraph(deal.notes, first: "  ", rest: "  ")
        }
        if reviews.isEmpty {
            lines.append("Reviews       none yet")
        } else {
            for review in reviews.sorted(by: { $0.createdAt > $1.createdAt }) {
                field("Review", "\(review.id) · \(ReviewKind.of(review, deal: deal).label) review · \(review.status.label) · \(review.manager) with \(review.rep)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func review(_ review: Review, deal: Deal?) -> String {
        var lines: [String] = []
        let title = deal.map { "\($0.account) — \($0.name) (\($0.outcome.label))" } ?? "deal \(review.dealId) (missing)"
        lines.append(DisplaySanitizer.singleLine.sanitize("\(ReviewKind.of(review, deal: deal).title): \(title)"))
        lines.append(DisplaySanitizer.singleLine.sanitize("Status \(review.status.label) · manager \(review.manager) · rep \(review.rep) · id \(review.id)"))
        var theme: QuestionTheme?
        for answer in review.answers {
            if answer.theme != theme {
                theme = answer.theme
                lines.append("")
                lines.append("## \(answer.theme.title)")
            }
            let mark = answer.insight ? " [insight]" : answer.skipped ? " [skipped]" : ""
            lines.append(DisplaySanitizer.singleLine.sanitize("Q: \(answer.wording)") + mark)
            if !answer.prepAnswer.isEmpty { lines += paragraph(answer.prepAnswer, first: "   prep: ", rest: "         ") }
            if !answer.notes.isEmpty { lines += paragraph(answer.notes, first: "   notes: ", rest: "          ") }
        }
        func section(_ name: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append("")
            lines.append("## \(name)")
            lines += items.flatMap { paragraph($0, first: "- ", rest: "  ") }
        }
        section("Factors", review.factors.map { "\($0.effect.rawValue) · \($0.cause.label) · \($0.evidence.label): \($0.text)" })
        section("Best practices", review.practices.map { $0.detail.isEmpty ? $0.title : "\($0.title): \($0.detail)" })
        section("Fine-tuning", review.fineTuning.map(\.text))
        section("Qualification signals", review.signals.map { "\($0.sign.label), \($0.present ? "present" : "absent"): \($0.text)" })
        section("Action items", review.actionItems.map { "[\($0.done ? "x" : " ")] \($0.text) — \($0.owner)" + ($0.due.map { " by \($0)" } ?? "") })
        if !review.summary.isEmpty { section("Summary", [review.summary]) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text someone wrote over several lines, printed over as many (sanitised, so nothing in it
    /// reaches the terminal as a control), its later lines indented under the first
    /// (blank lines stay blank).
    static func paragraph(_ text: String, first: String, rest: String) -> [String] {
        DisplaySanitizer.multiLine.sanitize(text).split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            index == 0 ? first + line : line.isEmpty ? "" : rest + line
        }
    }
}
