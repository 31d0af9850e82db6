import Foundation

/// Saves a review so that concurrent sessions keep each other's work: save; if another session
/// saved first (`StaleRevision`), merge this session's changes into theirs and save again.
public struct ReviewSaver: Sendable {
    public let store: RecordStore
    /// Saves tried before giving up; each retry follows another session's save, so this is
    /// only reached under a stream of saves from elsewhere.
    public var maxAttempts: Int

    public init(store: RecordStore, maxAttempts: Int = 8) {
        self.store = store
        self.maxAttempts = max(1, maxAttempts)
    }

    public struct Outcome: Sendable, Equatable {
        /// The review as it is on disk now, with its new revision.
        public var saved: Review
        /// Places where both sessions changed the same thing; both versions are in `saved`.
        public var overlaps: [MergeOverlap]
        /// Whether another session's save was merged in (the UI should refresh from `saved`).
        public var mergedOtherSession: Bool

        public init(saved: Review, overlaps: [MergeOverlap], mergedOtherSession: Bool) {
            self.saved = saved
            self.overlaps = overlaps
            self.mergedOtherSession = mergedOtherSession
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case tooManyConcurrentSaves(attempts: Int)
        case store(Error)

        public var description: String {
            switch self {
            case .tooManyConcurrentSaves(let attempts):
                "the review kept changing on disk; gave up after \(attempts) tries. Your text is still on screen and in the journal: try again."
            case .store(let error): "\(error)"
            }
        }
    }

    /// Saves `mine`, which was edited from `base` (the review as loaded; nil for a review never
    /// saved). `mine.revision` must be `base`'s revision.
    public func save(_ mine: Review, base: Review?, now: Date = Timestamp.now()) throws(Failure) -> Outcome {
        var attempt = mine
        var currentBase = base ?? Self.blankBase(like: mine)
        // What this session loaded, so a change on disk at the same revision is merged too.
        var loaded = base
        var overlaps: [MergeOverlap] = []
        var merged = false
        for _ in 0..<maxAttempts {
            do {
                let saved = try store.save(attempt, base: loaded, now: now)
                return Outcome(saved: saved, overlaps: overlaps, mergedOtherSession: merged)
            } catch let conflict as StaleRevision<Review> {
                merged = true
                guard let theirs = conflict.theirs else {
                    // Deleted elsewhere: nothing of ours may be dropped, so write it back as new.
                    attempt.revision = 0
                    currentBase = Self.blankBase(like: attempt)
                    loaded = nil
                    continue
                }
                let result = ReviewMerge.merge(base: currentBase, mine: attempt, theirs: theirs)
                overlaps += result.overlaps
                attempt = result.merged
                currentBase = theirs
                loaded = theirs
            } catch {
                throw .store(error)
            }
        }
        throw .tooManyConcurrentSaves(attempts: maxAttempts)
    }

    /// A base for a review nobody had saved when this session began: the same questions with no
    /// text and no items, so everything either side wrote counts as added.
    public static func blankBase(like review: Review) -> Review {
        var blank = review
        blank.summary = ""
        blank.factors = []
        blank.practices = []
        blank.fineTuning = []
        blank.signals = []
        blank.actionItems = []
        blank.status = .scheduled
        blank.startedAt = nil
        blank.completedAt = nil
        for index in blank.answers.indices {
            blank.answers[index].notes = ""
            blank.answers[index].prepAnswer = ""
            blank.answers[index].insight = false
            blank.answers[index].skipped = false
        }
        return blank
    }
}
