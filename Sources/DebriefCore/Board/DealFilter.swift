/// Which deals the board (and `debrief deals`) shows: a period plus optional rep, segment,
/// competitor and free-text search. One definition, so the header's numbers and the CLI agree.
public struct DealFilter: Sendable, Hashable, Codable {
    public var period: BoardPeriod
    public var rep: String?
    public var segment: String?
    public var competitor: String?
    /// Matched, case- and accent-insensitively, against account, deal, rep, competitors and reasons.
    public var search: String

    public init(period: BoardPeriod = .default, rep: String? = nil, segment: String? = nil, competitor: String? = nil, search: String = "") {
        self.period = period
        self.rep = rep
        self.segment = segment
        self.competitor = competitor
        self.search = search
    }

    /// A filter that keeps every deal.
    public static let everything = DealFilter(period: .all)

    public var isNarrowed: Bool { rep != nil || segment != nil || competitor != nil || !search.isEmpty }

    /// Whether every deal this filter keeps, `broader` keeps too: both agree on everything but the
    /// search, and each of `broader`'s search terms is part of one of this filter's terms (as when
    /// "ac" becomes "acm"). Then the deals `broader` kept are the only ones left to check.
    public func narrows(_ broader: DealFilter) -> Bool {
        guard period == broader.period, rep == broader.rep, segment == broader.segment, competitor == broader.competitor else { return false }
        return SearchFolding.narrows(Self.terms(search), Self.terms(broader.search))
    }

    /// The search as folded terms, each of which a deal's text must contain.
    static func terms(_ search: String) -> [String] {
        SearchFolding.terms(search)
    }

    /// Compiles the filter for fast repeated matching over many deals.
    public func matcher(today: Day) -> Matcher {
        Matcher(
            firstDay: period.firstDay(today: today),
            lastDay: period == .all ? nil : today,
            rep: rep.map(SearchFolding.fold),
            segment: segment.map(SearchFolding.fold),
            competitor: competitor.map(SearchFolding.fold),
            terms: Self.terms(search)
        )
    }

    public struct Matcher: Sendable {
        let firstDay: Day?
        let lastDay: Day?
        let rep: String?
        let segment: String?
        let competitor: String?
        /// Every term must appear somewhere in the deal's searchable text.
        let terms: [String]

        public func matches(_ deal: Deal, searchText: @autoclosure () -> String) -> Bool {
            if let firstDay, deal.closeDate < firstDay { return false }
            if let lastDay, deal.closeDate > lastDay { return false }
            if let rep, SearchFolding.fold(deal.owner) != rep { return false }
            if let segment, SearchFolding.fold(deal.segment ?? "") != segment { return false }
            if let competitor, !deal.competitors.contains(where: { SearchFolding.fold($0) == competitor }) { return false }
            if terms.isEmpty { return true }
            let text = searchText()
            return terms.allSatisfy { SearchFolding.matches(text, $0) }
        }

        public func matches(_ deal: Deal) -> Bool {
            matches(deal, searchText: DealFilter.searchText(of: deal))
        }
    }

    /// The folded text `search` looks in.
    public static func searchText(of deal: Deal) -> String {
        DealSearchText.of(deal)
    }
}
