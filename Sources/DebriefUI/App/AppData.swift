import DebriefCore

/// What the app has loaded from the data directory, with the files that could not be read.
public struct AppData: Sendable, Equatable {
    public var deals: [Deal]
    public var reviews: [Review]
    public var problems: [LoadProblem]

    public init(deals: [Deal] = [], reviews: [Review] = [], problems: [LoadProblem] = []) {
        self.deals = deals
        self.reviews = reviews
        self.problems = problems
    }

    public static let empty = AppData()

    public func count(_ outcome: Outcome) -> Int { deals.lazy.filter { $0.outcome == outcome }.count }
    public func count(_ status: ReviewStatus) -> Int { reviews.lazy.filter { $0.status == status }.count }
}
