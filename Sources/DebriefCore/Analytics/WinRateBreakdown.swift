/// Win rates split by month, rep, segment and competitor.
public enum WinRateBreakdown {
    public static let noSegment = "(no segment)"
    public static let noCompetitor = "(no competitor)"

    /// One rate per calendar month of close date, from the earliest month to the latest with no
    /// gaps (an empty month has 0 deals and a nil rate), labelled "YYYY-MM". At most `limit`
    /// months, the most recent ones.
    public static func byMonth(_ deals: [Deal], limit: Int = 24) -> [WinRate] {
        var counts: [Int: OutcomeCounts] = [:]
        for index in deals.indices {
            counts[monthNumber(deals[index].closeDate), default: OutcomeCounts()].add(deals[index].outcome)
        }
        guard let last = counts.keys.max(), let earliest = counts.keys.min() else { return [] }
        let first = max(earliest, last - max(1, limit) + 1)
        return (first...last).map { month in
            WinRate(label: monthLabel(month), counts: counts[month] ?? OutcomeCounts())
        }
    }

    public static func byRep(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { [$0[$1].owner] }
    }

    public static func bySegment(_ deals: [Deal]) -> [WinRate] {
        // Trimming goes through Foundation: trim each distinct spelling once.
        var trimmed: [String: String] = [:]
        return grouped(deals) { deals, index in
            guard let raw = deals[index].segment else { return [noSegment] }
            let segment = trimmed[raw] ?? raw.trimmingCharacters(in: .whitespaces)
            trimmed[raw] = segment
            return [segment.isEmpty ? noSegment : segment]
        }
    }

    /// A deal against two competitors counts for both; a deal against none counts under "(no competitor)".
    public static func byCompetitor(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { deals, index in deals[index].competitors.isEmpty ? [noCompetitor] : deals[index].competitors }
    }

    /// Groups by folded name, so "Lena Vogt" and "lena vogt" are one rep, shown in the spelling that
    /// sorts first. Order: charted rates (enough deals) from highest to lowest, then thin ones by
    /// deal count; ties by label.
    /// `keys` gets the array and an index rather than a deal, so no deal is copied on the way.
    static func grouped(_ deals: [Deal], keys: ([Deal], Int) -> [String]) -> [WinRate] {
        var counts: [String: OutcomeCounts] = [:]
        var labels: [String: String] = [:]
        var folder = FoldCache()
        for index in deals.indices {
            let names = keys(deals, index)
            var seen = Set<String>()
            for name in names {
                let key = folder.fold(name)
                if names.count > 1 { guard seen.insert(key).inserted else { continue } }
                counts[key, default: OutcomeCounts()].add(deals[index].outcome)
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
