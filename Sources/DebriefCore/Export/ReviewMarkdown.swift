import Foundation

/// One review as a clean write-up to paste into an email or the CRM: the deal, the outcome and the
/// people, the answers with the rep's prep and the manager's notes, factors by cause and evidence,
/// practices, fine-tuning, qualification signals and action items. Empty sections are left out.
public enum ReviewMarkdown {
    public static func render(_ review: Review, deal: Deal?) -> String {
        var out: [String] = []
        let kind = ReviewKind.of(review, deal: deal)
        out.append("# \(kind.title): \(MarkdownText.inline(deal?.name ?? review.dealId))")
        out.append("")
        if let deal {
            out.append("- **Deal:** \(MarkdownText.inline(deal.name)) — \(MarkdownText.inline(deal.account))")
            out.append("- **Outcome:** \(deal.outcome.label), \(deal.amountDisplay), closed \(deal.closeDate)")
        } else {
            out.append("- **Deal:** \(MarkdownText.inline(review.dealId)) (not found in the data directory)")
        }
        out.append("- **Rep:** \(MarkdownText.inline(review.rep)) · **Manager:** \(MarkdownText.inline(review.manager))")
        var status = "- **Status:** \(review.status.label)"
        if let completed = review.completedAt { status += ", completed \(Day(completed))" }
        else if let scheduled = review.scheduledFor { status += ", scheduled for \(scheduled)" }
        out.append(status)
        if let spent = review.spentSeconds {
            out.append("- **Time spent:** \(SessionClock.format(seconds: spent)) (planned \(SessionClock.format(seconds: review.plannedMinutes * 60)))")
        }
        out.append("- **Review:** \(review.id) · questions from \(review.questionSetId)")

        if !review.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out += ["", "## Summary", "", MarkdownText.block(review.summary, indent: "")]
        }
        out += answers(review)
        out += factors(review)
        if !review.practices.isEmpty {
            out += ["", "## Best practices", ""]
            out += review.practices.map { practice in
                "- **\(MarkdownText.inline(practice.title))**" + (practice.detail.isEmpty ? "" : " — \(MarkdownText.inline(practice.detail))")
            }
        }
        if !review.fineTuning.isEmpty {
            out += ["", "## \(kind.fineTuningHeading)", ""]
            out += review.fineTuning.map { "- \(MarkdownText.inline($0.text))" }
        }
        if !review.signals.isEmpty {
            out += ["", "## Qualification signals", ""]
            out += review.signals.map { signal in
                "- \(signal.sign.label): \(MarkdownText.inline(signal.text)) — \(signal.present ? "present" : "absent")"
            }
        }
        if !review.actionItems.isEmpty {
            out += ["", "## Action items", ""]
            out += review.actionItems.map { item in
                var line = "- [\(item.done ? "x" : " ")] \(MarkdownText.inline(item.text))"
                if !item.owner.isEmpty { line += " — \(MarkdownText.inline(item.owner))" }
                if let due = item.due { line += ", due \(due)" }
                return line
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func answers(_ review: Review) -> [String] {
        let answered = review.answers.filter { $0.progress == .answered || !$0.prepAnswer.isEmpty }
        guard !answered.isEmpty else { return [] }
        var out = ["", "## Answers"]
        for theme in QuestionTheme.allCases {
            let inTheme = answered.filter { $0.theme == theme }
            guard !inTheme.isEmpty else { continue }
            out += ["", "### \(theme.title)", ""]
            for answer in inTheme {
                out.append("- **\(MarkdownText.inline(answer.wording))**" + (answer.insight ? " (insight)" : ""))
                if !answer.prepAnswer.isEmpty {
                    out += ["  - Rep's prep:", ""]
                    out.append(MarkdownText.block(answer.prepAnswer, indent: "    "))
                }
                if !answer.notes.isEmpty {
                    out += ["  - Notes:", ""]
                    out.append(MarkdownText.block(answer.notes, indent: "    "))
                }
            }
        }
        return out
    }

    private static func factors(_ review: Review) -> [String] {
        guard !review.factors.isEmpty else { return [] }
        var out = ["", "## Factors"]
        for effect in Factor.Effect.allCases {
            let ofEffect = review.factors.filter { $0.effect == effect }
            guard !ofEffect.isEmpty else { continue }
            out += ["", effect == .success ? "### Success factors" : "### Failure factors", ""]
            out += ofEffect.map { factor in
                "- \(MarkdownText.inline(factor.text)) — cause: \(factor.cause.label); evidence: \(factor.evidence.label)"
            }
        }
        return out
    }
}
