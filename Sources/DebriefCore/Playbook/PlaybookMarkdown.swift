/// The playbook as a document a manager can hand to a new rep: what the team does that works,
/// most proven first, each practice with the deals that show it.
public enum PlaybookMarkdown {
    /// Deals listed under each practice; the rest are counted.
    public static let dealsListed = 8

    public static func render(_ playbook: Playbook, title: String = "Team playbook") -> String {
        var out = ["# \(MarkdownText.inline(title))", ""]
        guard !playbook.entries.isEmpty else {
            out.append("No best practices have been captured in reviews yet. Add them in a review session (Best practices) and export again.")
            return out.joined(separator: "\n") + "\n"
        }
        let allDeals = Set(playbook.entries.flatMap { $0.evidence.map(\.dealId) })
        let entryWord = playbook.entries.count == 1 ? "practice" : "practices"
        out.append("What works on this team: \(playbook.entries.count) \(entryWord) from \(counted(playbook.reviews, "review")) "
                   + "of \(counted(allDeals.count, "deal")). The most proven come first; each names the deals that show it, so you can ask the rep who did it.")
        for (number, entry) in playbook.entries.enumerated() {
            out += ["", "## \(number + 1). \(MarkdownText.inline(entry.title))", ""]
            if !entry.detail.isEmpty { out += [MarkdownText.inline(entry.detail), ""] }
            out.append("- **Evidence:** \(counted(entry.deals, "deal")), \(entry.wins) won")
            out.append("- **Used by:** " + entry.reps.map(MarkdownText.inline).joined(separator: ", "))
            let others = entry.wordings.filter { $0 != entry.title }
            if !others.isEmpty {
                out.append("- **Also written as:** " + others.map { "“\(MarkdownText.inline($0))”" }.joined(separator: "; "))
            }
            out.append("- **Deals:**")
            for item in entry.evidence.prefix(dealsListed) { out.append("  - " + describe(item)) }
            if entry.evidence.count > dealsListed {
                out.append("  - and \(counted(entry.evidence.count - dealsListed, "more deal"))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func describe(_ item: PracticeEvidence) -> String {
        guard let account = item.account else {
            return "deal \(MarkdownText.inline(item.dealId)) (not in the data directory) — \(MarkdownText.inline(item.rep)), review \(item.reviewId)"
        }
        var facts: [String] = []
        if let outcome = item.outcome { facts.append(outcome.label) }
        if let day = item.closeDate { facts.append("closed \(day)") }
        facts.append(MarkdownText.inline(item.rep))
        let name = item.dealName.map { " — \(MarkdownText.inline(PracticeEvidence.withoutAccount($0, account: account)))" } ?? ""
        return "\(MarkdownText.inline(account))\(name) (\(facts.joined(separator: ", ")))"
    }

    static func counted(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
