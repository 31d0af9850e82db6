import Foundation

/// What the coach's desk knows about a team, prepared once per load: which deals are reviewed,
/// each rep's reviews, the reviewed deals by competitor and segment (as numbers), the team's
/// rates. The queue, a brief and a rep's progress then read these instead of scanning every
/// record again, so each takes a fraction of a key press on 20k reviews (Benchmarks/CoachBenchmark).
/// When reviews change (a save, a reload that brought a few), `updating(reviews:changedAt:)` redoes
/// only what those reviews touch: their deals and their reps.
///
/// What it knows is held by two immutable classes, so the desk is a few words wide whatever it
/// learns to keep: its layout never depends on fields other modules cannot see. (An incremental
/// build does not recompile a module when only a struct's internal fields change; a wider desk once
/// left the tests writing a new-sized desk into an old-sized slot, which crashed with signal 11.)
public struct CoachDesk: Sendable {
    public let deals: [Deal]
    public private(set) var reviews: [Review]
    public let today: Day
    /// How many weeks without a held review make a rep worth a word in the queue.
    public let repQuietWeeks: Int
    /// What the deals say: made once per set of deals.
    let dealFacts: DeskDealFacts
    /// What the reviews say: remade in part when reviews change.
    private(set) var reviewFacts: DeskReviewFacts

    public init(deals: [Deal], reviews: [Review], today: Day, repQuietWeeks: Int = 4) {
        self.deals = deals
        self.reviews = reviews
        self.today = today
        self.repQuietWeeks = max(1, repQuietWeeks)
        dealFacts = DeskDealFacts(deals: deals)
        reviewFacts = DeskReviewFacts(deals: deals, reviews: reviews, dealFacts: dealFacts)
    }

    /// The same desk after some reviews changed: `reviews` is the whole new list, the same as the
    /// desk's but at `changedAt` (and any added at its end). Only the deals and reps those reviews
    /// belong to, before and after, are worked out again. Nil when `reviews` is shorter (reviews were
    /// removed, or reordered): make a new desk then.
    public func updating(reviews new: [Review], changedAt indices: some Sequence<Int>) -> CoachDesk? {
        guard new.count >= reviews.count else { return nil }
        var changed = Set(indices.filter { $0 >= 0 && $0 < new.count })
        changed.formUnion(reviews.count..<new.count)
        var desk = self
        desk.reviewFacts = reviewFacts.updating(from: reviews, to: new, changed: changed.sorted(), deals: deals, dealFacts: dealFacts)
        desk.reviews = new
        return desk
    }

    /// Whether the two desks know the same (for tests: an updated desk against one made afresh).
    public func knowsTheSame(as other: CoachDesk) -> Bool {
        reviewFacts.sameFacts(as: other.reviewFacts) && deals.count == other.deals.count && reviews.count == other.reviews.count
    }

    var dealIndexByID: [String: Int] { dealFacts.dealIndexByID }
    var dealRep: [String] { dealFacts.dealRep }
    var competitorNumbers: [Int] { dealFacts.competitorNumbers }
    var dealSegment: [Int] { dealFacts.dealSegment }
    var dealBand: [Int] { dealFacts.dealBand }
    var dealCloseSerial: [Int] { dealFacts.dealCloseSerial }
    var competitors: SpellingGroups { dealFacts.competitors }
    var signals: QueueSignals { dealFacts.signals }
    var isReviewed: [Bool] { reviewFacts.isReviewed }
    var openReviewOfDeal: [Int: Int] { reviewFacts.openReviewOfDeal }
    var latestCompletedOfDeal: [Int: Int] { reviewFacts.latestCompletedOfDeal }
    var reviewsOfRep: [String: [Int]] { reviewFacts.reviewsOfRep }
    var completedOfRep: [String: [Int]] { reviewFacts.completedOfRep }
    var lastHeldDayOfRep: [String: Day] { reviewFacts.lastHeldDayOfRep }
    var reviewedByCompetitor: [[Int]] { reviewFacts.reviewedByCompetitor }
    var reviewedBySegment: [[Int]] { reviewFacts.reviewedBySegment }

    /// The competitor numbers of the deal at `index`.
    func competitorsOf(_ index: Int) -> ArraySlice<Int> { dealFacts.competitorsOf(index) }

    /// The deal with this id.
    public func deal(id: String) -> Deal? { dealIndexByID[id].map { deals[$0] } }

    /// Reps, grouped by folded name, as a person would type them.
    public var repNames: [String] {
        var keys = SpellingGroups.names()
        var names: [String: String] = [:]
        for index in deals.indices {
            let name = deals[index].owner, key = keys.key(of: name)
            if names[key].map({ name < $0 }) ?? true { names[key] = name }
        }
        for index in reviews.indices {
            let key = keys.key(of: reviews[index].rep)
            if names[key] == nil { names[key] = reviews[index].rep }
        }
        return names.values.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.sorted()
    }

    static func completedLater(_ reviews: [Review], _ a: Int, than b: Int) -> Bool {
        let x = reviews[a].completedAt ?? reviews[a].createdAt, y = reviews[b].completedAt ?? reviews[b].createdAt
        return x != y ? x > y : reviews[a].id > reviews[b].id
    }
}
