/// What a finished review adds up to, for the summary screen: factors by cause and evidence,
/// practices, fine-tuning, signals, action items, and the questions that surfaced an insight.
public struct ReviewSummary: Sendable, Hashable {
    /// One cause with how many factors each kind of evidence backs.
    public struct CauseRow: Sendable, Hashable {
        public var cause: FactorCause
        /// Counts in `FactorEvidence.allCases` order.
        public var countsByEvidence: [Int]
        public var factors: [Factor]
        public var total: Int { countsByEvidence.reduce(0, +) }
    }

    public var answered: Int
    public var skipped: Int
    public var unanswered: Int
    public var successFactors: [Factor]
    public var failureFactors: [Factor]
    /// Causes that have factors, in `FactorCause.allCases` order.
    public var causes: [CauseRow]
    public var practices: [BestPractice]
    public var fineTuning: [FineTuningPoint]
    public var signals: [QualificationSignal]
    public var actionItems: [ActionItem]
    /// Answers the manager flagged as surfacing an insight, in question order.
    public var insightQuestions: [Answer]

    public init(_ review: Review) {
        answered = review.answers.lazy.filter { $0.progress == .answered }.count
        skipped = review.answers.lazy.filter { $0.progress == .skipped }.count
        unanswered = review.answers.count - answered - skipped
        successFactors = review.factors.filter { $0.effect == .success }
        failureFactors = review.factors.filter { $0.effect == .failure }
        causes = FactorCause.allCases.compactMap { cause in
            let ofCause = review.factors.filter { $0.cause == cause }
            guard !ofCause.isEmpty else { return nil }
            let counts = FactorEvidence.allCases.map { evidence in ofCause.lazy.filter { $0.evidence == evidence }.count }
            return CauseRow(cause: cause, countsByEvidence: counts, factors: ofCause)
        }
        practices = review.practices
        fineTuning = review.fineTuning
        signals = review.signals
        actionItems = review.actionItems
        insightQuestions = review.answers.filter(\.insight)
    }

    /// Factors backed by fact (the buyer said so, or the CRM shows it) rather than belief.
    public var factorsBackedByFact: Int {
        (successFactors + failureFactors).lazy.filter { $0.evidence != .repBelief }.count
    }

    /// Success factors the rep's own actions explain: the article's "fact from fiction" number.
    public var successFromRepAction: Int { successFactors.lazy.filter { $0.cause == .repAction }.count }

    public var isEmpty: Bool {
        causes.isEmpty && practices.isEmpty && fineTuning.isEmpty && signals.isEmpty && actionItems.isEmpty && insightQuestions.isEmpty
    }
}
