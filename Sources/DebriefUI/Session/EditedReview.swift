import DebriefCore
import Foundation

/// A review being edited and where saving it stands: the working copy, the version last known on
/// disk (the base of the next save) and the version a save is under way for. Shared by the
/// manager's session and the rep's prep.
public struct EditedReview: Sendable, Equatable {
    public enum SaveStatus: String, Sendable, Hashable {
        case saved
        case saving = "saving…"
        case unsaved
        /// A new review nothing has been typed into: it is written only once something changes.
        case new
    }

    public internal(set) var review: Review
    /// The review as last known on disk; nil until first saved.
    public internal(set) var saved: Review?
    public internal(set) var inFlight: Review?
    /// When the working copy last changed, for saving once typing pauses.
    public internal(set) var lastEdit: Date?
    /// The review as it was opened, so a new review left untouched is never written.
    let opened: Review
    /// Meeting time counted since the last save and not yet in `review.spentSeconds`: it goes in
    /// with the next save, so the clock alone does not rewrite the file every second.
    public private(set) var unsavedSpent: TimeInterval = 0

    public init(review: Review, saved: Review?) {
        self.review = review
        self.saved = saved
        opened = review
    }

    public var hasUnsavedChanges: Bool {
        !Self.sameContent(review, saved ?? opened)
    }

    public var status: SaveStatus {
        if inFlight != nil { return .saving }
        if hasUnsavedChanges { return .unsaved }
        return saved == nil ? .new : .saved
    }

    static func sameContent(_ a: Review, _ b: Review) -> Bool {
        // A note or prep answer that differs byte for byte settles it at once; comparing whole
        // reviews compares long notes as Unicode, every frame while one is typed.
        if a.answers.count == b.answers.count {
            for (x, y) in zip(a.answers, b.answers) where !x.notes.hasSameBytes(as: y.notes) || !x.prepAnswer.hasSameBytes(as: y.prepAnswer) {
                return false
            }
        }
        var x = a, y = b
        x.revision = 0
        y.revision = 0
        x.updatedAt = nil
        y.updatedAt = nil
        return x == y
    }

    /// Applies an edit at `now`; returns a journal request when text changed.
    mutating func change(_ edit: ReviewEdit, at now: Date) throws(ReviewEditError) -> [SessionRequest] {
        let before = review
        try review.apply(edit, at: now)
        // New text settles it without comparing the whole review (long notes compare slowly as Unicode).
        let changed: Bool
        if case .setText(let field, let text) = edit, let old = before.text(of: field), !old.hasSameBytes(as: text) {
            changed = true
        } else {
            changed = review != before
        }
        guard changed else { return [] }
        lastEdit = now
        if case .setText(let field, let text) = edit {
            return [.journal(JournalEdit(reviewID: review.id, dealID: review.dealId, field: field, text: text, baseRevision: saved?.revision ?? 0, time: now))]
        }
        return []
    }

    /// Seconds spent in the session: what the review records plus what this sitting has not saved yet.
    public var spentSeconds: Int {
        RecordNumberRange.adding(Self.wholeSeconds(unsavedSpent), toSpent: review.spentSeconds ?? 0)
    }

    /// Counts `interval` of meeting time (the session's clock decides what counts).
    mutating func addSpentTime(_ interval: TimeInterval) {
        guard interval > 0 else { return }
        unsavedSpent += interval
    }

    private static func wholeSeconds(_ interval: TimeInterval) -> Int {
        interval.isFinite ? Int(min(max(0, interval), Double(RecordNumberRange.spentSeconds.upperBound)).rounded(.down)) : 0
    }

    /// A save request, unless nothing changed or (without `force`) one is already under way.
    /// Forcing is safe: the saver merges with the save in flight. The whole seconds of meeting time
    /// not yet saved go with a save made anyway, and with a forced one (leaving, finishing).
    mutating func saveIfNeeded(force: Bool = false) -> [SessionRequest] {
        guard force || inFlight == nil else { return [] }
        let whole = Self.wholeSeconds(unsavedSpent)
        if whole > 0, force || hasUnsavedChanges {
            review.spentSeconds = RecordNumberRange.adding(whole, toSpent: review.spentSeconds ?? 0)
            unsavedSpent -= Double(whole)
        }
        guard hasUnsavedChanges else { return [] }
        inFlight = review
        return [.save(review, base: saved)]
    }

    /// Saves once typing has paused for a second.
    mutating func saveIfPaused(at now: Date) -> [SessionRequest] {
        guard let lastEdit, now.timeIntervalSince(lastEdit) >= 1 else { return [] }
        return saveIfNeeded()
    }

    /// The save went through. Typing done while it ran is replayed on top of what was saved, so
    /// nothing typed in between is lost.
    mutating func saveFinished(_ outcome: ReviewSaver.Outcome) {
        let sent = inFlight ?? outcome.saved
        inFlight = nil
        saved = outcome.saved
        if Self.sameContent(review, sent) {
            review = outcome.saved
        } else {
            var rebased = ReviewMerge.merge(base: sent, mine: review, theirs: outcome.saved, sameSpot: .mineFirst).merged
            rebased.revision = outcome.saved.revision
            review = rebased
        }
    }

    mutating func saveFailed() { inFlight = nil }
}
