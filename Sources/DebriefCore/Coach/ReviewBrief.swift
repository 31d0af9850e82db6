import Foundation

/// What a manager reads before a 1:1 about one deal: the deal's facts, the rep's open action
/// items from earlier reviews, what the rep's last reviews taught, similar past deals with their
/// lessons, and the playbook entries that apply. A value: `CoachDesk.brief(dealID:)` makes it,
/// the session's brief pane, `debrief brief` and the calendar invite show it.
public struct ReviewBrief: Sendable, Hashable, Codable {
    public struct Facts: Sendable, Hashable, Codable {
        public var dealId: String
        public var account: String
        public var name: String
        public var outcome: Outcome
        public var amount: Money?
        public var sizeBand: String?
        public var closeDate: Day
        public var createdDate: Day?
        public var cycleDays: Int?
        public var rep: String
        public var segment: String?
        public var dealType: String?
        public var leadSource: String?
        public var stageReached: String?
        public var competitors: [String]
        public var reasons: [DealReason]
    }

    /// An action item not yet done, from one of the rep's earlier reviews.
    public struct OpenItem: Sendable, Hashable, Codable {
        public var reviewId: String
        public var itemId: String
        public var dealId: String
        public var account: String?
        public var text: String
        public var owner: String
        public var due: Day?
        /// Days past due as of today (negative: still to come); nil without a due date.
        public var daysOverdue: Int?
    }

    /// A factor the buyer or the CRM confirms, not only the rep's belief.
    public struct Fact: Sendable, Hashable, Codable {
        public var text: String
        public var effect: Factor.Effect
        public var cause: FactorCause
        public var evidence: FactorEvidence
    }

    /// What one of the rep's completed reviews taught.
    public struct Lesson: Sendable, Hashable, Codable {
        public var reviewId: String
        public var dealId: String
        public var account: String?
        public var outcome: Outcome?
        public var completedOn: Day?
        public var fineTuning: [String]
        public var practices: [String]
        public var facts: [Fact]
    }

    /// A past deal like this one, reviewed, with the one line it taught.
    public struct SimilarDeal: Sendable, Hashable, Codable {
        public var dealId: String
        public var reviewId: String
        public var account: String
        public var outcome: Outcome
        public var amount: Money?
        public var closeDate: Day
        public var rep: String
        /// What it has in common with this deal: "vs Quantia", "SMB", "USD 25k–100k".
        public var shares: [String]
        public var lesson: String
    }

    /// A playbook entry that worked in deals like this one.
    public struct PlaybookHint: Sendable, Hashable, Codable {
        public var entryId: String
        public var title: String
        public var detail: String
        /// Deals and wins that evidence the entry across the team.
        public var deals: Int
        public var wins: Int
        /// Of those, the deals that share this deal's competitor or segment.
        public var similarDeals: Int
    }

    public var facts: Facts
    /// Why the queue ranks the deal where it does (empty once it is reviewed).
    public var whyNow: [String]
    public var openItems: [OpenItem]
    public var lessons: [Lesson]
    public var similarWon: [SimilarDeal]
    /// Lost and no-decision deals alike.
    public var similarLost: [SimilarDeal]
    public var playbook: [PlaybookHint]
    /// The day the brief was made for (days overdue count from it).
    public var asOf: Day
}

extension ReviewBrief {
    /// The one line a review taught: its summary's first line, else its first fine-tuning point,
    /// practice or factor, else the CRM's reason for the outcome.
    public static func lessonLine(_ review: Review, deal: Deal?) -> String {
        let candidates = [review.summary.split(whereSeparator: \.isNewline).first.map(String.init)]
            + [review.fineTuning.first?.text, review.practices.first?.title, review.factors.first?.text, deal?.reasons.first?.text]
        for candidate in candidates {
            if let text = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { return text }
        }
        return "(no lesson written)"
    }
}
