import DebriefCore
import Foundation

/// The manager's live review session as a value: the review being edited, what is selected and
/// focused, the note editor, an open form or dialog, and where saving stands. Every change goes
/// through the pure actions in `SessionAction.swift`, which return requests for the app.
public struct SessionState: Sendable {
    public enum Pane: Sendable, Hashable { case questions, notes }
    public enum Screen: Sendable, Hashable { case questions, summary }
    public enum Overlay: Sendable, Hashable {
        case form(ReviewFormState)
        case confirmFinish
        /// Asking where to write the Markdown export (`ExportPrompt`).
        case exportPath(Form)
    }
    public typealias SaveStatus = EditedReview.SaveStatus

    /// The review, its last saved version and the save under way.
    public internal(set) var draft: EditedReview
    public let deal: Deal?
    /// Index into `review.answers`.
    public private(set) var selected = 0
    public internal(set) var pane: Pane = .questions
    public internal(set) var isEditing = false
    public internal(set) var screen: Screen = .questions
    public internal(set) var overlay: Overlay?
    /// The note editor for the selected question.
    public internal(set) var editor: TextEditor
    /// First question-list row shown.
    public internal(set) var listOffset = 0
    /// First summary row shown.
    public internal(set) var summaryOffset = 0
    public internal(set) var now: Date
    /// When this session opened.
    public let openedAt: Date
    /// When the clock last counted; nil while it is stopped (not started yet, completed, or read-only).
    var clockSeenAt: Date?
    /// Opened only to be looked at (from the Reviews view): the app refuses changes, and the time
    /// spent looking is not meeting time, so the clock stands still and nothing is saved.
    var isReadOnly = false
    /// Where both sessions changed the same thing; both versions are in the text.
    public internal(set) var overlaps: [MergeOverlap] = []
    /// A one-line message (a failed save, an export started, what a change did); the app takes it
    /// into its own notice (`AppState.notice`), so it looks and goes as every other one does.
    public internal(set) var notice: Notice?
    /// Questions neither answered nor skipped.
    var openQuestionCount: Int { review.answers.lazy.filter { $0.progress == .unanswered }.count }
    /// Undo and redo of the changes made in this session.
    public internal(set) var history = ReviewHistory()
    /// The item selected in the summary, to change, remove or tick off.
    public internal(set) var selectedItemID: String?
    /// The signals in the team's other reviews, offered in the signal form (set by the app).
    public var teamSignals = SignalCatalog(reviews: [])
    /// Watching the review's file for changes made elsewhere (`SessionFileWatch.swift`).
    var fileWatch = ReviewFileWatch()
    /// The keys that undo and redo under the user's keymap, for notices.
    var historyKeys = (undo: "Ctrl-Z", redo: "Ctrl-Y")
    var ids: ReviewItemIDSource
    /// The size the view was last laid out at, for paging and editor wrapping.
    public private(set) var viewSize: (width: Int, height: Int) = (80, 22)

    /// `saved` is the review as on disk (nil for a new review not yet saved). `sessionTag` makes
    /// this session's new item ids unique (draw it at random, e.g. 6 letters of a UUID).
    public init(review: Review, deal: Deal?, saved: Review?, sessionTag: String, now: Date) {
        draft = EditedReview(review: review, saved: saved)
        self.deal = deal
        self.now = now
        openedAt = now
        ids = ReviewItemIDSource(tag: sessionTag)
        selected = Self.resumingQuestion(of: review)
        editor = TextEditor(text: review.answers.indices.contains(selected) ? review.answers[selected].notes : "")
        editor.moveCursor(to: 0)
        runClock(to: now)
    }

    /// Where a review opens: an unfinished one at its first question with neither notes nor a skip,
    /// so a manager coming back to it weeks later carries on where the conversation stopped. A new
    /// review, a completed one, and one with every question answered or skipped open at question 1.
    static func resumingQuestion(of review: Review) -> Int {
        guard review.status != .completed else { return 0 }
        return review.answers.firstIndex { $0.progress == .unanswered } ?? 0
    }

    public internal(set) var review: Review {
        get { draft.review }
        set { draft.review = newValue }
    }

    public var saved: Review? { draft.saved }

    public var currentAnswer: Answer? { review.answers.indices.contains(selected) ? review.answers[selected] : nil }

    public var hasUnsavedChanges: Bool { draft.hasUnsavedChanges }
    public var saveStatus: SaveStatus { draft.status }

    /// Seconds spent in this review's session, over every sitting (see `runClock`).
    public var elapsedSeconds: Int { draft.spentSeconds }

    /// "12:04 / 30:00": time spent against the planned length.
    public var clockText: String { SessionClock.spentAgainstPlan(elapsedSeconds, plannedMinutes: review.plannedMinutes) }

    /// A pause longer than this between two looks at the clock (a closed lid, a suspended SSH
    /// session) is not meeting time; the app looks every second while it runs.
    static let longestCountedPause: TimeInterval = 300

    /// Counts the time since the clock last looked, while the review is started and not completed:
    /// the clock runs from the first note (or from opening a started review) until finishing.
    mutating func runClock(to now: Date) {
        let running = review.startedAt != nil && review.status != .completed && !isReadOnly
        if running, let seen = clockSeenAt {
            let pause = now.timeIntervalSince(seen)
            if pause > 0, pause <= Self.longestCountedPause { draft.addSpentTime(pause) }
        }
        clockSeenAt = running ? max(now, clockSeenAt ?? now) : nil
    }

    public var isOverPlannedTime: Bool { elapsedSeconds > review.plannedMinutes * 60 }

    // MARK: Changing the review (only through these, so editor, journal and save stay in step)

    /// Applies an edit at `now`; returns a journal request when text changed.
    mutating func change(_ edit: ReviewEdit) throws(ReviewEditError) -> [SessionRequest] {
        let requests = try draft.change(edit, at: now)
        notice = nil
        return requests
    }

    mutating func select(_ index: Int) {
        guard !review.answers.isEmpty else { return }
        selected = min(max(0, index), review.answers.count - 1)
        reloadEditor(keepingCursor: false)
        listOffset = SessionLayout.listOffset(for: self)
    }

    /// Points the editor at the selected question's notes.
    mutating func reloadEditor(keepingCursor: Bool) {
        let notes = currentAnswer?.notes ?? ""
        guard editor.text != notes || !keepingCursor else { return }
        let cursor = editor.cursor
        editor.setText(notes)
        // A fresh question starts at the top; text merged in from a save keeps the cursor where it was.
        editor.moveCursor(to: keepingCursor ? cursor : 0)
        fitEditor()
    }

    /// Records the size the view is drawn at, so the editor wraps and pages like the screen.
    public mutating func resize(width: Int, height: Int) {
        viewSize = (max(0, width), max(0, height))
        fitEditor()
        listOffset = SessionLayout.listOffset(for: self)
    }

    mutating func fitEditor() {
        let area = SessionLayout(width: viewSize.width, height: viewSize.height, state: self).noteEditor
        if !area.isEmpty { editor.setViewport(for: area) }
    }

    // MARK: Saving

    mutating func saveIfNeeded(force: Bool = false) -> [SessionRequest] { draft.saveIfNeeded(force: force) }

    /// The save went through (possibly merged with another session's save). Typing done while it
    /// ran is replayed on top, so nothing typed in between is lost.
    public mutating func saveFinished(_ outcome: ReviewSaver.Outcome) {
        // The answer to a save of the review this session replaced (n on a completed one).
        guard outcome.saved.id == review.id else { return }
        let sent = draft.inFlight
        draft.saveFinished(outcome)
        overlaps += outcome.overlaps
        reloadEditor(keepingCursor: true)
        if !outcome.overlaps.isEmpty {
            notice = .init(.warning, "Saved. \(outcome.overlaps.count == 1 ? "One place was" : "\(outcome.overlaps.count) places were") also changed in another session: both versions kept.")
        } else if outcome.mergedOtherSession, let sent {
            // The save met a change made elsewhere before the file watch saw it: say what came in the same way.
            let incoming = ReviewIncoming(from: sent, to: outcome.saved)
            if !incoming.isEmpty {
                notice = .init(.info, "Saved with what came in: " + incoming.sentence(rep: review.rep))
            }
        }
    }

    /// The save failed: the text stays here (and in the journal) and is tried again on the next tick.
    public mutating func saveFailed(_ message: String) {
        draft.saveFailed()
        notice = .init(.error, "Not saved: \(message)")
    }
}
