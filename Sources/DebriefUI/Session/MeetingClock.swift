import DebriefCore
import Foundation

/// The session clock counts this meeting against the planned length. The review records only when
/// it was first started and when it was completed, so a review resumed days later would otherwise
/// show days; here it counts from when this session opened (or from the first note, if later).
/// A review completed before this session opened shows the length it recorded.
enum MeetingClock {
    static func elapsedSeconds(_ review: Review, openedAt: Date, at now: Date) -> Int {
        guard let startedAt = review.startedAt else { return 0 }
        if let completedAt = review.completedAt, completedAt < openedAt { return review.elapsedSeconds(at: now) }
        let start = max(startedAt, openedAt)
        let end = review.completedAt ?? now
        return max(0, Int(end.timeIntervalSince(start).rounded(.down)))
    }
}
