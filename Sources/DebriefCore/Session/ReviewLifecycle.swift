import Foundation

/// Where a review may go next: scheduled → prep ready (the rep) → in progress (the manager's first
/// note, or an explicit start) → completed (finish). Steps only go forward, but for one: the rep may
/// take "prep ready" back until the session starts.
public enum ReviewLifecycleError: Error, Sendable, Equatable, CustomStringConvertible {
    case alreadyStarted
    case alreadyCompleted

    public var description: String {
        switch self {
        case .alreadyStarted: "the session has already started, so prep can no longer be marked ready"
        case .alreadyCompleted: "the review is already completed"
        }
    }
}

extension Review {
    /// The rep says their prep is done. Marking it again is harmless.
    public mutating func markPrepReady() throws(ReviewLifecycleError) {
        switch status {
        case .scheduled: status = .prepReady
        case .prepReady: break
        case .inProgress: throw .alreadyStarted
        case .completed: throw .alreadyCompleted
        }
    }

    /// The rep takes "prep ready" back (they want to change an answer first). Harmless when it was
    /// not marked; refused once the session has started.
    public mutating func unmarkPrepReady() throws(ReviewLifecycleError) {
        switch status {
        case .scheduled, .prepReady: status = .scheduled
        case .inProgress: throw .alreadyStarted
        case .completed: throw .alreadyCompleted
        }
    }

    /// The live session starts now, unless it already has. Starting keeps the first start time.
    public mutating func start(at now: Date) throws(ReviewLifecycleError) {
        if status == .completed { throw .alreadyCompleted }
        if status < .inProgress { status = .inProgress }
        if startedAt == nil { startedAt = now }
    }

    /// The session is over. A review finished without being started counts as started now.
    public mutating func finish(at now: Date) {
        if startedAt == nil { startedAt = now }
        if status != .completed {
            status = .completed
            completedAt = now
        }
    }
}

/// Session time as people read it: `12:04`, `1:02:30` past an hour.
public enum SessionClock {
    public static func format(seconds: Int) -> String {
        let s = max(0, seconds)
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) }
        return String(format: "%02d:%02d", s / 60, s % 60)
    }

    /// "12:04 / 30:00": time spent against the planned length.
    public static func spentAgainstPlan(_ spentSeconds: Int, plannedMinutes: Int) -> String {
        "\(format(seconds: spentSeconds)) / \(format(seconds: plannedMinutes * 60))"
    }

    /// A review's recorded time for lists and exports: "42:10", or "—" for a file from before it was recorded.
    public static func spent(_ review: Review) -> String {
        review.spentSeconds.map { format(seconds: $0) } ?? "—"
    }
}
