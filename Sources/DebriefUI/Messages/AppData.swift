import DebriefCore

/// What the app has loaded from the data directory, with the files that could not be read.
public struct AppData: Sendable, Equatable {
    public var deals: [Deal]
    /// The reviews as loaded: from the record index, decoded whole only on first use of `reviews`
    /// (the board needs only `loadedReviews.headlines`).
    public var loadedReviews: LoadedReviews
    public var reviews: [Review] {
        get { loadedReviews.all }
        set { loadedReviews.all = newValue }
        _modify { yield &loadedReviews.all }
    }
    public var problems: [LoadProblem]
    /// The question sets new reviews are started from.
    public var questions: QuestionBank
    /// How the playbook's practices were merged and renamed by hand.
    public var curation: PlaybookCuration
    /// Single values a sync could not merge, waiting for a person to choose (`conflicts/`).
    public var conflicts: [PendingConflicts] = []

    public init(deals: [Deal] = [], reviews: [Review] = [], problems: [LoadProblem] = [], questions: QuestionBank = QuestionBank(), curation: PlaybookCuration = PlaybookCuration()) {
        self.deals = deals
        self.loadedReviews = LoadedReviews(reviews)
        self.problems = problems
        self.questions = questions
        self.curation = curation
    }

    public static let empty = AppData()

    public var pendingConflictCount: Int { conflicts.reduce(0) { $0 + $1.fields.count } }

    public func count(_ outcome: Outcome) -> Int { deals.lazy.filter { $0.outcome == outcome }.count }
    public func count(_ status: ReviewStatus) -> Int { loadedReviews.headlines.lazy.filter { $0.status == status }.count }
}
