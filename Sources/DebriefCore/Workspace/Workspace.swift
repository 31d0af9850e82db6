import Foundation

/// Everything in a data directory, loaded at once: deals, reviews, question sets, and the files
/// that could not be read. Broken files never stop the rest from loading.
public struct Workspace: Sendable {
    public var deals: [Deal]
    /// The reviews; loaded through the index, they are decoded whole on first use (see `LoadedReviews`).
    public var loadedReviews: LoadedReviews
    public var reviews: [Review] {
        get { loadedReviews.all }
        set { loadedReviews.all = newValue }
    }
    public var questions: QuestionBank
    public var problems: [LoadProblem]

    public init(deals: [Deal] = [], reviews: [Review] = [], questions: QuestionBank = QuestionBank(), problems: [LoadProblem] = []) {
        self.deals = deals
        self.loadedReviews = LoadedReviews(reviews)
        self.questions = questions
        self.problems = problems
    }

    public static func load(from store: RecordStore) -> Workspace {
        let deals = store.loadAll(Deal.self)
        let reviews = store.loadAll(Review.self)
        let questions = QuestionBank.load(from: store)
        return Workspace(
            deals: deals.records,
            reviews: reviews.records,
            questions: questions,
            problems: deals.problems + reviews.problems + questions.problems
        )
    }

    /// Loads with a record index (see `RecordIndex`): files unchanged since the last load come from
    /// the index instead of being parsed again. Records and problems are the same as without it.
    public static func load(from store: RecordStore, index: RecordIndex?) -> Workspace {
        guard let index else { return load(from: store) }
        let records = index.load(from: store)
        let questions = QuestionBank.load(from: store)
        var workspace = Workspace(deals: records.deals, questions: questions, problems: records.problems + questions.problems)
        workspace.loadedReviews = records.loadedReviews
        return workspace
    }

    /// Loads with the index kept for this data directory under `locations.cacheDirectory`.
    public static func load(from store: RecordStore, locations: DataLocations) -> Workspace {
        load(from: store, index: RecordIndex(dataDirectory: store.root, cacheDirectory: locations.cacheDirectory))
    }

    public func deal(id: String) -> Deal? { deals.first { $0.id == id } }
    public func review(id: String) -> Review? { reviews.first { $0.id == id } }

    /// Reviews grouped by the deal they are about, newest first.
    public func reviewsByDeal() -> [String: [Review]] {
        var result: [String: [Review]] = [:]
        for review in reviews { result[review.dealId, default: []].append(review) }
        for key in result.keys { result[key]?.sort { $0.createdAt > $1.createdAt } }
        return result
    }
}
