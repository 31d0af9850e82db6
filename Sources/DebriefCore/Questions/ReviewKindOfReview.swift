/// A review's kind read with the question sets in mind: files from before `no-decision` existed
/// say `loss` and carry the no-decision questions' id.
extension ReviewKind {
    /// The kind to show for `review`: the deal's outcome when the deal is known (an older file may
    /// say `loss` for a no-decision deal), else the no-decision questions, else what the file says.
    public static func of(_ review: Review, deal: Deal?) -> ReviewKind {
        if let deal { return ReviewKind(for: deal.outcome) }
        if review.kind == .loss, review.questionSetId == BuiltInQuestions.noDecisionSetID { return .noDecision }
        return review.kind
    }
}
