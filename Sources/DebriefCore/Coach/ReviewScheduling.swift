import Foundation

/// Puts a deal's review on the calendar: its open review gets the date, or, when it has none, a
/// new scheduled review is made with the right questions. The caller saves the result through
/// the merging saver (`base` is what is on disk, nil for a new review).
public enum ReviewScheduling {
    public static func schedule(
        deal: Deal, on day: Day, reviews: [Review], questions: QuestionBank, manager: String, now: Date
    ) throws(ReviewStarter.Failure) -> (review: Review, base: Review?) {
        if var open = ReviewStarter.openReview(for: deal.id, in: reviews) {
            let base = open
            open.scheduledFor = day
            return (open, base)
        }
        var review = try ReviewStarter.newReview(for: deal, existing: reviews, questions: questions, manager: manager, now: now)
        review.scheduledFor = day
        return (review, nil)
    }

    /// The next working day after `today` (Monday to Friday): the default a scheduling prompt offers.
    public static func nextWorkingDay(after today: Day) -> Day {
        var day = today.adding(days: 1)
        // 1970-01-01 was a Thursday: serial 0 is weekday 3 counting Monday as 0.
        while (day.serial + 3) % 7 >= 5 { day = day.adding(days: 1) }
        return day
    }
}
