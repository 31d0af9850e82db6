import DebriefCore

/// The marks the board draws, chosen to stay distinct without colour.
public enum BoardGlyphs {
    public static func review(_ status: ReviewStatus?) -> String {
        switch status {
        case nil: "·"
        case .scheduled?: "◷"
        case .prepReady?: "✎"
        case .inProgress?: "▶"
        case .completed?: "✔"
        }
    }

    public static func outcome(_ outcome: Outcome) -> String {
        switch outcome {
        case .won: "✓"
        case .lost: "✗"
        case .noDecision: "○"
        }
    }

    /// "· none  ◷ scheduled  ✎ prep ready  ▶ in progress  ✔ completed"
    public static var reviewLegend: String {
        ([nil] + ReviewStatus.allCases.map(Optional.some)).map { status in
            "\(review(status)) \(status?.label ?? "no review")"
        }.joined(separator: "  ")
    }
}
