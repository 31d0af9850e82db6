import DebriefCore
import Foundation

/// The rep's prep before a review: their closed deals awaiting a review (a review still scheduled
/// or prep ready, or no review yet), the prep questions of the chosen one, an answer editor, and
/// marking the review prep ready. Pure, like the session: requests go to the app.
public struct PrepState: Sendable, Equatable {
    public enum Pane: Sendable, Hashable { case deals, questions, answer }

    /// One deal in the list, with its review once there is one.
    public struct Item: Sendable, Equatable {
        public var deal: Deal
        /// nil until the rep opens the deal; opening creates a scheduled review.
        public var draft: EditedReview?
    }

    public let rep: String
    public internal(set) var items: [Item]
    public internal(set) var dealIndex = 0
    /// Index into the chosen review's prep answers.
    public internal(set) var questionIndex = 0
    public internal(set) var pane: Pane = .deals
    public internal(set) var isEditing = false
    public internal(set) var editor = TextEditor()
    public internal(set) var now: Date
    /// A message for the status line; the app takes it into its own notice (`AppState.notice`).
    public internal(set) var notice: Notice?
    /// The question sets in use (a `QuestionBank`'s), for reviews created here.
    let questionSets: [QuestionSet]
    /// Every review id in the data, so new review ids never collide.
    var knownReviews: [Review]

    /// The rep's deals awaiting review, most recently closed first. Names match ignoring case.
    public init(rep: String, deals: [Deal], reviews: [Review], questions: QuestionBank, now: Date) {
        self.rep = rep
        questionSets = questions.sets
        self.now = now
        knownReviews = reviews
        let mine = deals.filter { $0.owner.caseInsensitiveCompare(rep) == .orderedSame }
        var items: [Item] = []
        for deal in mine.sorted(by: { ($0.closeDate, $1.id) > ($1.closeDate, $0.id) }) {
            let dealReviews = reviews.filter { $0.dealId == deal.id }
            if let open = ReviewStarter.openReview(for: deal.id, in: reviews) {
                guard open.status <= .prepReady else { continue }
                items.append(Item(deal: deal, draft: EditedReview(review: open, saved: open)))
            } else if dealReviews.isEmpty {
                items.append(Item(deal: deal, draft: nil))
            }
        }
        self.items = items
        reloadEditor()
    }

    public var currentItem: Item? { items.indices.contains(dealIndex) ? items[dealIndex] : nil }
    public var currentReview: Review? { currentItem?.draft?.review }

    /// The prep questions of the chosen review, as indices into its answers.
    public var prepAnswerIndices: [Int] {
        guard let review = currentReview else { return [] }
        return review.answers.indices.filter { review.answers[$0].askedInPrep }
    }

    public var currentAnswer: Answer? {
        let indices = prepAnswerIndices
        guard let review = currentReview, indices.indices.contains(questionIndex) else { return nil }
        return review.answers[indices[questionIndex]]
    }

    public var saveStatus: EditedReview.SaveStatus {
        let drafts = items.compactMap(\.draft)
        if drafts.contains(where: { $0.status == .saving }) { return .saving }
        if drafts.contains(where: { $0.status == .unsaved }) { return .unsaved }
        return items.indices.contains(dealIndex) && items[dealIndex].draft?.status == .new ? .new : .saved
    }

    // MARK: Saving

    /// The save of one of the rep's reviews went through.
    public mutating func saveFinished(_ outcome: ReviewSaver.Outcome) {
        guard let index = items.firstIndex(where: { $0.draft?.review.id == outcome.saved.id }) else {
            // A review saved from outside the list (text restored after a crash) becomes the deal's
            // review here, so opening the deal shows what was restored instead of starting afresh.
            knownReviews.removeAll { $0.id == outcome.saved.id }
            knownReviews.append(outcome.saved)
            if let index = items.firstIndex(where: { $0.deal.id == outcome.saved.dealId && $0.draft == nil }) {
                items[index].draft = EditedReview(review: outcome.saved, saved: outcome.saved)
                if index == dealIndex { reloadEditor() }
            }
            return
        }
        items[index].draft?.saveFinished(outcome)
        if !outcome.overlaps.isEmpty {
            notice = .init(.warning, "Saved. Your manager changed the same text meanwhile: both versions kept.")
        }
        if index == dealIndex { reloadEditor() }
    }

    /// Whether one of the rep's reviews is this one.
    public func hasReview(id: String) -> Bool {
        items.contains { $0.draft?.review.id == id }
    }

    public mutating func saveFailed(reviewID: String, message: String) {
        guard let index = items.firstIndex(where: { $0.draft?.review.id == reviewID }) else { return }
        items[index].draft?.saveFailed()
        notice = .init(.error, "Not saved: \(message)")
    }

    mutating func saveCurrent(force: Bool = false) -> [SessionRequest] {
        guard items.indices.contains(dealIndex) else { return [] }
        return items[dealIndex].draft?.saveIfNeeded(force: force) ?? []
    }

    /// Every unsaved review, for leaving.
    mutating func saveAll() -> [SessionRequest] {
        var requests: [SessionRequest] = []
        for index in items.indices { requests += items[index].draft?.saveIfNeeded(force: true) ?? [] }
        return requests
    }

    // MARK: Changing

    /// Opens the chosen deal: its review, or a new scheduled one (written once something is typed
    /// or marked, like the manager's session: opening and leaving writes nothing).
    mutating func openCurrentDeal() -> [SessionRequest] {
        guard items.indices.contains(dealIndex) else { return [] }
        questionIndex = 0
        if items[dealIndex].draft == nil {
            do {
                let review = try ReviewStarter.newReview(for: items[dealIndex].deal, existing: knownReviews, questions: QuestionBank(sets: questionSets), manager: "", now: now)
                knownReviews.append(review)
                items[dealIndex].draft = EditedReview(review: review, saved: nil)
            } catch {
                notice = .init(.error, "\(error)")
                return []
            }
        }
        reloadEditor()
        return saveCurrent()
    }

    mutating func reloadEditor() {
        let text = currentAnswer?.prepAnswer ?? ""
        guard editor.text != text else { return }
        let cursor = editor.cursor
        editor.setText(text)
        editor.moveCursor(to: min(cursor, editor.characterCount))
    }

    mutating func setCurrentAnswer(_ text: String) -> [SessionRequest] {
        guard let answer = currentAnswer, !answer.prepAnswer.hasSameBytes(as: text), items.indices.contains(dealIndex) else { return [] }
        notice = nil
        return (try? items[dealIndex].draft?.change(.setText(.prepAnswer(questionID: answer.questionId), text), at: now)) ?? []
    }

    mutating func markReady() -> [SessionRequest] {
        guard items.indices.contains(dealIndex), var draft = items[dealIndex].draft else {
            notice = .init(.info, "Open a deal first (Enter).")
            return []
        }
        let unanswered = prepAnswerIndices.filter { draft.review.answers[$0].prepAnswer.isBlank }.count
        // R again takes it back, until the manager starts the session.
        let takingBack = draft.review.status == .prepReady
        do {
            if takingBack { try draft.review.unmarkPrepReady() } else { try draft.review.markPrepReady() }
        } catch {
            notice = .init(.error, "\(error)")
            return []
        }
        draft.lastEdit = now
        items[dealIndex].draft = draft
        if takingBack {
            notice = .init(.info, "Prep is no longer marked ready; press R again when it is.")
        } else {
            notice = .init(.info, "Marked prep ready; your manager sees it on the board (R again takes it back)."
                + (unanswered > 0 ? " (\(unanswered) question\(unanswered == 1 ? "" : "s") left blank.)" : ""))
        }
        return saveCurrent(force: true)
    }
}
