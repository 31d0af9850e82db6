/// What kind of deal a review is about: a win, a loss to someone else, or a deal where the buyer
/// bought nothing. Files written before `no-decision` existed filed no-decision deals as `loss`;
/// they still read, and `of(_:deal:)` (in Questions/, as it knows the no-decision set) heads them for
/// what the deal was.
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
