/// How a closed deal ended. "Lost" means the buyer bought from someone else (or built it);
/// "no decision" means the buyer bought nothing. They are reviewed differently, so they stay apart.
public enum Outcome: String, Codable, Sendable, CaseIterable, Hashable {
    case won
    case lost
    case noDecision = "no-decision"

    public var label: String {
        switch self {
        case .won: "won"
        case .lost: "lost"
        case .noDecision: "no decision"
        }
    }

    /// Accepts the stored spelling and friendly ones typed on a command line.
    public init?(argument: String) {
        switch argument.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-") {
        case "won", "win": self = .won
        case "lost", "loss": self = .lost
        case "no-decision", "nodecision": self = .noDecision
        default: return nil
        }
    }
}
