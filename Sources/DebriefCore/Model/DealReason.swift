/// The broad kind of a win or loss reason, for counting across deals.
public enum ReasonCategory: String, Codable, Sendable, CaseIterable, Hashable {
    case price
    case product
    case features
    case relationship
    case champion
    case timing
    case budget
    case competitor
    case process
    case support
    case noDecision = "no-decision"
    case other

    public var label: String {
        switch self {
        case .noDecision: "no decision"
        default: rawValue
        }
    }

    /// The label in a count of one outcome's reasons. Among deals where the buyer decided nothing,
    /// "no decision" would only repeat the title, so it says what the words it was sorted by say
    /// happened: the buyer kept what they had, or stopped answering (`ReasonClassifier`).
    public func label(amongReasonsFor outcome: Outcome) -> String {
        self == .noDecision && outcome == .noDecision ? "status quo / went dark" : label
    }
}

/// One reason a deal was won or lost: a category to count by and the words that explain it.
public struct DealReason: Codable, Sendable, Hashable {
    public var category: ReasonCategory
    public var text: String

    public init(_ category: ReasonCategory, _ text: String) {
        self.category = category
        self.text = text
    }
}
