import Foundation

extension Review {
    /// When the review took place, as lists show and sort it: completed, else started, else when it
    /// was scheduled.
    public var heldAt: Date { completedAt ?? startedAt ?? createdAt }
}
