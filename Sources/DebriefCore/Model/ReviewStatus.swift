/// Where a review is in its life: scheduled → prep ready → in progress → completed.
public enum ReviewStatus: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case scheduled
    case prepReady = "prep-ready"
    case inProgress = "in-progress"
    case completed

    public var label: String {
        switch self {
        case .scheduled: "scheduled"
        case .prepReady: "prep ready"
        case .inProgress: "in progress"
        case .completed: "completed"
        }
    }

    public var isOpen: Bool { self != .completed }

    public init?(argument: String) {
        let key = argument.lowercased().replacingOccurrences(of: " ", with: "-").replacingOccurrences(of: "_", with: "-")
        guard let status = ReviewStatus(rawValue: key) else { return nil }
        self = status
    }

    private var order: Int { ReviewStatus.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: ReviewStatus, b: ReviewStatus) -> Bool { a.order < b.order }
}

/// What kind of deal a review is about: a win, a loss to someone else, or a deal where the buyer
/// bought nothing. Files written before `no-decision` existed filed no-decision deals as `loss`;
/// they still read, and `of(_:deal:)` heads them for what the deal was.
public enum ReviewKind: String, Codable, Sendable, CaseIterable, Hashable {
    case win
    case loss
    case noDecision = "no-decision"

    public init(for outcome: Outcome) {
        switch outcome {
        case .won: self = .win
        case .lost: self = .loss
        case .noDecision: self = .noDecision
        }
    }

    /// The kind to show for `review`: the deal's outcome when the deal is known (an older file may
    /// say `loss` for a no-decision deal), else the no-decision questions, else what the file says.
    public static func of(_ review: Review, deal: Deal?) -> ReviewKind {
        if let deal { return ReviewKind(for: deal.outcome) }
        if review.kind == .loss, review.questionSetId == BuiltInQuestions.noDecisionSetID { return .noDecision }
        return review.kind
    }

    /// "Win review", "Loss review", "No-decision review".
    public var title: String {
        switch self {
        case .win: "Win review"
        case .loss: "Loss review"
        case .noDecision: "No-decision review"
        }
    }

    /// The short word for tables: "win", "loss", "no decision".
    public var label: String {
        switch self {
        case .win: "win"
        case .loss: "loss"
        case .noDecision: "no decision"
        }
    }

    /// The fine-tuning question as it applies to this kind of deal: only a win is "even though we won".
    public var fineTuningHeading: String {
        switch self {
        case .win: "Fine-tuning: what we would do better next time, even though we won"
        case .loss: "Fine-tuning: what we would do differently next time we compete"
        case .noDecision: "Fine-tuning: what we would do to get a decision next time"
        }
    }
}
