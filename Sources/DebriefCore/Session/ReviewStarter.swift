import Foundation

/// Opens the review for a deal: the open one when there is one (so two people never start two
/// reviews of the same deal by accident), else a new one with the right questions.
public enum ReviewStarter {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case noUsableID(dealID: String, reason: String)

        public var description: String {
            switch self {
            case .noUsableID(let dealID, let reason): "cannot make a review id for deal '\(dealID)': \(reason)"
            }
        }
    }

    /// The open (not completed) review of a deal, the most recently created first.
    public static func openReview(for dealID: String, in reviews: [Review]) -> Review? {
        reviews.filter { $0.dealId == dealID && $0.status.isOpen }
            .max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    /// The open review of `deal` if it has one, else a new scheduled review. `isNew` says whether it
    /// still has to be saved for the first time.
    public static func startOrResume(
        deal: Deal, reviews: [Review], questions: QuestionBank, manager: String, now: Date, plannedMinutes: Int = 30
    ) throws(Failure) -> (review: Review, isNew: Bool) {
        if let open = openReview(for: deal.id, in: reviews) { return (open, false) }
        let review = try newReview(for: deal, existing: reviews, questions: questions, manager: manager, now: now, plannedMinutes: plannedMinutes)
        return (review, true)
    }

    /// A new review of `deal`: a win review for a win, a loss review for a loss, with the
    /// no-decision questions when the buyer bought nothing. Each answer carries the wording as asked.
    public static func newReview(
        for deal: Deal, existing: [Review], questions: QuestionBank, manager: String, now: Date, plannedMinutes: Int = 30
    ) throws(Failure) -> Review {
        let set = questions.set(for: deal.outcome)
        return Review(
            id: try nextID(for: deal.id, existing: existing), dealId: deal.id, kind: ReviewKind(for: deal.outcome),
            status: .scheduled, manager: manager, rep: deal.owner, questionSetId: set.id, createdAt: now,
            plannedMinutes: max(1, plannedMinutes), answers: set.questions.map { Answer(question: $0) }
        )
    }

    /// `<deal id>-r1`, `-r2`, …: the first number no existing review uses. A long deal id is cut so
    /// the review id stays a valid record id.
    public static func nextID(for dealID: String, existing: [Review]) throws(Failure) -> String {
        let taken = Set(existing.map(\.id))
        for number in 1...10_000 {
            let suffix = "-r\(number)"
            var stem = dealID
            while stem.utf8.count + suffix.utf8.count > RecordID.maxLength { stem.removeLast() }
            let candidate = stem + suffix
            if let problem = RecordID.problem(with: candidate) { throw .noUsableID(dealID: dealID, reason: problem) }
            if !taken.contains(candidate) { return candidate }
        }
        throw .noUsableID(dealID: dealID, reason: "ten thousand reviews already exist")
    }
}
