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
        grouped(deals) { deals, index, visit in visit(deals[index].owner) }
    }

    public static func bySegment(_ deals: [Deal]) -> [WinRate] {
        // Trimming goes through Foundation: `grouped` normalizes each distinct spelling once.
        grouped(deals, normalize: { raw in
            let segment = raw.trimmingCharacters(in: .whitespaces)
            return segment.isEmpty ? noSegment : segment
        }) { deals, index, visit in visit(deals[index].segment ?? noSegment) }
    }

    /// A deal against two competitors counts for both; a deal against none counts under "(no competitor)".
    public static func byCompetitor(_ deals: [Deal]) -> [WinRate] {
        grouped(deals) { deals, index, visit in
            if deals[index].competitors.isEmpty { visit(noCompetitor) } else { deals[index].competitors.forEach(visit) }
        }
    }

    /// Groups by folded name, so "Lena Vogt" and "lena vogt" are one rep, shown in the spelling that
    /// sorts first. Order: charted rates (enough deals) from highest to lowest, then thin ones by
    /// deal count; ties by label.
    /// `names` gets the array, an index and a visitor to call with each of the deal's names, so no
    /// deal is copied and no array is made per deal.
    static func grouped(_ deals: [Deal], normalize: @escaping @Sendable (String) -> String = { $0 },
                        names: ([Deal], Int, (String) -> Void) -> Void) -> [WinRate] {
        var groups = SpellingGroups(normalize: normalize)
        var counts: [OutcomeCounts] = []
        // The last deal counted in each group: a deal naming one competitor twice counts once.
        var lastDeal: [Int] = []
        for index in deals.indices {
            names(deals, index) { spelling in
                let group = groups.group(of: spelling)
                if group == counts.count {
                    counts.append(OutcomeCounts())
                    lastDeal.append(-1)
                }
                guard lastDeal[group] != index else { return }
                lastDeal[group] = index
                counts[group].add(deals[index].outcome)
            }
        }
        return zip(groups.labels, counts).map { WinRate(label: $0, counts: $1) }.sorted(by: chartOrder)
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
