import Foundation

/// A brief laid out as headed sections of plain lines: the one wording that the session's brief
/// pane, `debrief brief` (Markdown) and the calendar invite share. Lines that point at something
/// (an open action item to tick off, a similar deal to open) say so, for the pane's selection.
public struct BriefOutline: Sendable, Hashable {
    public enum Target: Sendable, Hashable {
        case openItem(reviewId: String, itemId: String)
        case similarDeal(reviewId: String)
    }

    public struct Line: Sendable, Hashable {
        public var text: String
        public var target: Target?
        /// A line under the one before it (a lesson's details), drawn indented.
        public var isDetail: Bool

        public init(_ text: String, target: Target? = nil, isDetail: Bool = false) {
            self.text = text
            self.target = target
            self.isDetail = isDetail
        }
    }

    public struct Section: Sendable, Hashable {
        public var title: String
        public var lines: [Line]
    }

    public var title: String
    public var sections: [Section]

    public init(_ brief: ReviewBrief) {
        let facts = brief.facts
        title = "Brief: \(facts.account.isEmpty ? "(no account)" : facts.account) — \(facts.name)"
        var sections: [Section] = []
        var deal: [Line] = []
        var outcome = "\(facts.outcome.label.capitalizedFirstLetter), \(facts.amount?.display ?? "amount unknown")"
        if let band = facts.sizeBand { outcome += " (\(band))" }
        outcome += ", closed \(facts.closeDate)"
        if let cycle = facts.cycleDays { outcome += " after \(cycle) days" }
        deal.append(Line(outcome))
        var who = "Rep \(facts.rep)"
        if let segment = facts.segment { who += " · \(segment)" }
        if let type = facts.dealType { who += " · \(type)" }
        if let source = facts.leadSource { who += " · from \(source)" }
        deal.append(Line(who))
        var against = facts.competitors.isEmpty ? "No competitor recorded" : "vs " + facts.competitors.joined(separator: ", ")
        if let stage = facts.stageReached, facts.outcome != .won { against += " · reached \(stage)" }
        deal.append(Line(against))
        for reason in facts.reasons { deal.append(Line("CRM reason (\(reason.category.label)): \(reason.text)")) }
        sections.append(Section(title: "The deal", lines: deal))
        sections.append(Section(
            title: "\(facts.rep)'s open action items",
            lines: brief.openItems.isEmpty ? [Line("None open from earlier reviews.")] : brief.openItems.map { item in
                var text = "[ ] \(item.text)"
                var where_ = [item.owner]
                if let due = item.due { where_.append("due \(due)\(Self.overdue(item.daysOverdue))") }
                where_.append("from \(item.account ?? item.dealId)")
                text += " — " + where_.joined(separator: ", ")
                return Line(text, target: .openItem(reviewId: item.reviewId, itemId: item.itemId))
            }))
        var taught: [Line] = []
        for lesson in brief.lessons {
            var head = lesson.account ?? lesson.dealId
            if let outcome = lesson.outcome { head += " (\(outcome.label)" + (lesson.completedOn.map { ", reviewed \($0)" } ?? "") + ")" }
            taught.append(Line(head))
            for point in lesson.fineTuning { taught.append(Line("Fine-tune: \(point)", isDetail: true)) }
            for practice in lesson.practices { taught.append(Line("Practice: \(practice)", isDetail: true)) }
            for fact in lesson.facts { taught.append(Line("Fact (\(fact.evidence.label), \(fact.cause.label)): \(fact.text)", isDetail: true)) }
            if lesson.fineTuning.isEmpty && lesson.practices.isEmpty && lesson.facts.isEmpty {
                taught.append(Line("Nothing recorded beyond the notes.", isDetail: true))
            }
        }
        sections.append(Section(title: "What \(facts.rep)'s last reviews taught",
                                lines: taught.isEmpty ? [Line("No completed review of \(facts.rep)'s yet.")] : taught))
        func similar(_ deals: [ReviewBrief.SimilarDeal]) -> [Line] {
            deals.map { deal in
                Line("\(deal.account) (\(deal.outcome.label), \(deal.closeDate), \(deal.rep); \(deal.shares.joined(separator: ", "))): \(deal.lesson)",
                     target: .similarDeal(reviewId: deal.reviewId))
            }
        }
        sections.append(Section(title: "Similar deals we won",
                                lines: brief.similarWon.isEmpty ? [Line("No reviewed win shares its competitor or segment.")] : similar(brief.similarWon)))
        sections.append(Section(title: "Similar deals we lost",
                                lines: brief.similarLost.isEmpty ? [Line("No reviewed loss shares its competitor or segment.")] : similar(brief.similarLost)))
        sections.append(Section(
            title: "Playbook entries that apply",
            lines: brief.playbook.isEmpty ? [Line("No playbook entry comes from a deal like this one.")] : brief.playbook.map { hint in
                Line("\(hint.title) — in \(hint.similarDeals) similar deal\(hint.similarDeals == 1 ? "" : "s"); \(hint.wins) of \(hint.deals) deals won")
            }))
        // Last: the pane opens on the facts and the rep's open items, what the 1:1 works from.
        if !brief.whyNow.isEmpty {
            sections.append(Section(title: "Why review it now", lines: brief.whyNow.map { Line($0) }))
        }
        self.sections = sections
    }

    static func overdue(_ days: Int?) -> String {
        guard let days else { return "" }
        if days > 0 { return " (\(days)d overdue)" }
        if days == 0 { return " (today)" }
        return ""
    }

    /// The brief as Markdown, to paste into an invite or an email.
    public var markdown: String {
        var out = ["# \(MarkdownText.inline(title))", ""]
        for section in sections {
            out.append("## \(MarkdownText.inline(section.title))")
            out.append("")
            for line in section.lines {
                out.append((line.isDetail ? "  - " : "- ") + MarkdownText.inline(line.text))
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The brief as plain text, for a calendar invite's description.
    public var plainText: String {
        var out = [title, ""]
        for section in sections {
            out.append(section.title.uppercased())
            for line in section.lines { out.append((line.isDetail ? "    " : "- ") + line.text) }
            out.append("")
        }
        return out.joined(separator: "\n")
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
