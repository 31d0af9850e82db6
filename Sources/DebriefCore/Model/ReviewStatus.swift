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
