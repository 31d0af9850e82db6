import Foundation

/// What the app offers back on start after a crash: for one review, each field whose journaled
/// text differs from what is saved, old text beside recovered text. Building an offer and
/// restoring are pure; the app saves the restored review (through `ReviewSaver`) and then
/// discards the journal, or discards it when the user says so.
public struct RecoveryOffer: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var field: ReviewTextField
        /// The question's wording, or "Summary".
        public var label: String
        /// What the saved review holds now; nil when the review or question is not on disk.
        public var savedText: String?
        public var recoveredText: String
        public var typedAt: Date
        /// The revision the text was typed on; the saved review may have moved on since.
        public var baseRevision: Int
        /// Someone saved this text after the typing began, so restoring must keep theirs too.
        public var savedTextChangedSince: Bool

        /// The text a restore writes: the recovered text, and when the saved text moved on since
        /// and is not already part of it, the saved text under a marker. Nothing is dropped.
        public var restoredText: String {
            guard savedTextChangedSince, let savedText, !savedText.isEmpty, !recoveredText.contains(savedText) else { return recoveredText }
            return TextMerge.keepingBoth(mine: recoveredText, theirs: savedText, savedAt: nil)
        }
    }

    public var reviewID: String
    /// The deal the review is about: the saved review's, else the journal's (a review never saved).
    public var dealID: String?
    public var journalFile: URL
    public var fields: [Field]
    /// The journal ended in a damaged record, which was left out.
    public var hadDamagedTail: Bool

    /// The offers worth showing: journals holding text the saved reviews do not.
    public static func offers(from pending: [PendingReviewEdits], reviews: [Review]) -> [RecoveryOffer] {
        let byID = Dictionary(reviews.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return pending.compactMap { journal in
            let review = byID[journal.reviewID]
            let fields: [Field] = journal.edits.compactMap { edit in
                let saved = review?.text(of: edit.field)
                // Already saved, or held whole in what was saved since (typed on, or restored): nothing to offer.
                if saved == edit.text { return nil }
                if let saved, !edit.text.isEmpty, saved.contains(edit.text) { return nil }
                let label: String
                if let questionID = edit.field.questionID {
                    label = review?.answers.first { $0.questionId == questionID }?.wording ?? questionID
                } else {
                    label = "Summary"
                }
                return Field(field: edit.field, label: label, savedText: saved, recoveredText: edit.text, typedAt: edit.time,
                             baseRevision: edit.baseRevision, savedTextChangedSince: (review?.revision ?? 0) > edit.baseRevision)
            }
            guard !fields.isEmpty else { return nil }
            return RecoveryOffer(reviewID: journal.reviewID, dealID: review?.dealId ?? journal.dealID, journalFile: journal.file,
                                 fields: fields, hadDamagedTail: journal.hadDamagedTail)
        }
    }

    /// Whether the review is on disk to restore into; when it is not, the text can only be shown.
    public var canRestore: Bool { fields.allSatisfy { $0.savedText != nil } }

    /// `review` (as saved now) with the recovered text put back. Manager notes that restore text
    /// into a review not yet started start it, as typing them would have.
    public func restored(into review: Review, at now: Date) -> Review {
        var result = review
        for field in fields where result.text(of: field.field) != nil {
            try? result.apply(.setText(field.field, field.restoredText), at: now)
        }
        return result
    }
}
