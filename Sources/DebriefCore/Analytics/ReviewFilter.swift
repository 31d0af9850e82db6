/// Which reviews the reviews browser shows. Every part is optional; together they narrow.
public struct ReviewFilter: Sendable, Hashable, Codable {
    public var rep: String?
    public var outcome: Outcome?
    public var status: ReviewStatus?
    /// Window on the review's day (see `ReviewArchive.Row.day`).
    public var period: BoardPeriod
    /// Reviews with notes or a prep answer on a question of this theme.
    public var theme: QuestionTheme?
    /// Reviews with a factor of this cause.
    public var cause: FactorCause?
    /// Words that must all appear, case- and accent-insensitively, somewhere in the review's text.
    public var search: String

    public init(rep: String? = nil, outcome: Outcome? = nil, status: ReviewStatus? = nil, period: BoardPeriod = .all,
                theme: QuestionTheme? = nil, cause: FactorCause? = nil, search: String = "") {
        self.rep = rep
        self.outcome = outcome
        self.status = status
        self.period = period
        self.theme = theme
        self.cause = cause
        self.search = search
    }

    public var isNarrowed: Bool {
        rep != nil || outcome != nil || status != nil || period != .all || theme != nil || cause != nil || !searchTerms.isEmpty
    }

    /// Whether this filter keeps only reviews that `broader` keeps too, so its matches can be
    /// looked for among `broader`'s: the same choices, and every word of `broader`'s search inside
    /// one of this search's words (as when a search grows by a letter or a word).
    public func narrows(_ broader: ReviewFilter) -> Bool {
        var sameChoices = broader
        sameChoices.search = search
        guard sameChoices == self else { return false }
        return SearchFolding.narrows(searchTerms, broader.searchTerms)
    }

    /// The folded search words.
    public var searchTerms: [String] {
        SearchFolding.terms(search)
    }
}
