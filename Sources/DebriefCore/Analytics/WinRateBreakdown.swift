/// Win rates split by month, rep, segment and competitor.
public enum WinRateBreakdown {
    public static let noSegment = "(no segment)"
    public static let noCompetitor = "(no competitor)"

    /// One rate per calendar month of close date, from the earliest month to the latest with no
    /// gaps (an empty month has 0 deals and a nil rate), labelled "YYYY-MM". At most `limit`
    /// months, the most recent ones.
    public static func byMonth(_ deals: [Deal], limit: Int = 24) -> [WinRate] {
        var counts: [Int: OutcomeCounts] = [:]
        for deal in deals {
            counts[monthNumber(deal.closeDate), default: OutcomeCounts()].add(deal.outcome)
        }
        guard let last = counts.keys.max(), let earliest = counts.keys.min() else { return [] }
        let first = max(earliest, last - max(1, limit) + 1)
        return (first...last).map { month in
            WinRate(label: monthLabel(month), counts: counts[month] ?? OutcomeCounts())
        }
    }

    public static func byRep(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { [$0.owner] }
    }

    public static func bySegment(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { deal in
            let segment = deal.segment?.trimmingCharacters(in: .whitespaces) ?? ""
            return [segment.isEmpty ? noSegment : segment]
        }
    }

    /// A deal against two competitors counts for both; a deal against none counts under "(no competitor)".
    public static func byCompetitor(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { deal in deal.competitors.isEmpty ? [noCompetitor] : deal.competitors }
    }

    /// Groups by folded name, so "Lena Vogt" and "lena vogt" are one rep, shown in the spelling that
    /// sorts first. Order: charted rates (enough deals) from highest to lowest, then thin ones by
    /// deal count; ties by label.
    static func grouped(_ deals: [Deal], keys: (Deal) -> [String]) -> [WinRate] {
        var counts: [String: OutcomeCounts] = [:]
        var labels: [String: String] = [:]
        var folder = FoldCache()
        for deal in deals {
            var seen = Set<String>()
            for name in keys(deal) {
                let key = folder.fold(name)
                guard seen.insert(key).inserted else { continue }
                counts[key, default: OutcomeCounts()].add(deal.outcome)
                if let current = labels[key] { if name < current { labels[key] = name } } else { labels[key] = name }
            }
        }
        let rates = counts.map { key, value in WinRate(label: labels[key] ?? key, counts: value) }
        return rates.sorted(by: chartOrder)
    }

    static func chartOrder(_ a: WinRate, _ b: WinRate) -> Bool {
        if a.isTooThin != b.isTooThin { return !a.isTooThin }
        if !a.isTooThin, let ra = a.rate, let rb = b.rate, ra != rb { return ra > rb }
        if a.deals != b.deals { return a.deals > b.deals }
        return a.label < b.label
    }

    static func monthNumber(_ day: Day) -> Int { day.year * 12 + (day.month - 1) }

    static func monthLabel(_ number: Int) -> String {
        let year = number / 12, month = number % 12 + 1
        return "\(year)-\(month < 10 ? "0" : "")\(month)"
    }
}
