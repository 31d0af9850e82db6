/// The close-date window the board shows. The default is the last 90 days: recent enough to remember.
public enum BoardPeriod: String, CaseIterable, Sendable, Hashable, Codable {
    case last30 = "30d"
    case last90 = "90d"
    case last180 = "180d"
    case last365 = "365d"
    case thisQuarter = "quarter"
    case all

    public static let `default` = BoardPeriod.last90

    public var label: String {
        switch self {
        case .last30: "last 30 days"
        case .last90: "last 90 days"
        case .last180: "last 180 days"
        case .last365: "last 365 days"
        case .thisQuarter: "this quarter"
        case .all: "all time"
        }
    }

    /// The first day inside the window, or nil for all time. Windows end today, inclusive.
    public func firstDay(today: Day) -> Day? {
        switch self {
        case .last30: today.adding(days: -29)
        case .last90: today.adding(days: -89)
        case .last180: today.adding(days: -179)
        case .last365: today.adding(days: -364)
        case .thisQuarter: Day(year: today.year, month: (today.month - 1) / 3 * 3 + 1, day: 1)
        case .all: nil
        }
    }

    /// The next period in the cycle the board's period key steps through.
    public var next: BoardPeriod {
        let all = BoardPeriod.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    public init?(argument: String) {
        switch argument.lowercased() {
        case "30", "30d": self = .last30
        case "90", "90d": self = .last90
        case "180", "180d": self = .last180
        case "365", "365d", "year": self = .last365
        case "quarter", "q", "this-quarter": self = .thisQuarter
        case "all": self = .all
        default: return nil
        }
    }
}
