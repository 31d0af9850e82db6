import DebriefCore
import Foundation

/// The whole state of the interactive app, as a value: `update` changes it, `render` draws it.
public struct AppState: Sendable {
    public var view: AppView = .board {
        didSet { if view != .board { refreshArchiveIfStale() } }
    }
    /// The pipeline board: filters, selection and the filtered columns.
    public var board: BoardState
    /// The views over past reviews (2–5).
    public var archive: ArchiveViews
    /// The archive's views that lag behind `data`. Its search index and analytics take longer to
    /// build than the board, so each view is built when it is shown: start-up and reloads on the
    /// board wait for the board only, and a change while one view shows rebuilds that view alone.
    var staleArchive: Set<ArchivePart> = []
    /// Reviews (positions in `data.reviews`) saved or reloaded since the queue was last brought up
    /// to date, when the queue is otherwise up to date: it takes them in place instead of starting over.
    var reviewsChangedForQueue: Set<Int> = []
    /// The review session open over everything else, if any.
    public var session: SessionState?
    /// The brief shown beside the open session's questions (F2), if it is shown.
    public var sessionBrief: BriefPane?
    /// Prep mode: the rep answering prep questions (`debrief prep`), instead of the manager's views.
    public var prep: PrepState?
    /// Unsaved text found in crash journals at start-up, waiting for the user to restore or discard it.
    public var recoveryOffers: [RecoveryOffer] = [] {
        didSet { if recoveryOffers.isEmpty, overlay == .recovery { overlay = nil } }
    }
    /// Makes item ids this process adds to reviews unique across sessions (set at random by the launcher).
    public var sessionTag = "local"
    /// Who runs the reviews this app starts.
    public var manager = "Manager"
    public var width: Int
    public var height: Int
    public var theme: Theme
    public var data: AppData = .empty
    /// The signals of every review, offered while a signal is typed in a session: built when a
    /// session first needs it after a load, and again only once a saved review's signals changed
    /// (`apply`), not each time a session opens.
    var signalCatalog: SignalCatalog?
    /// Where the data came from, shown in the title bar (a path, or "demo team").
    public var dataLabel: String
    /// The data directory's path, for commands the app suggests (`debrief import … --data-dir`).
    public var dataDirectory: String?
    public var overlay: Overlay?
    /// First help line shown, when the help overlay is taller than the screen.
    public var helpScroll = 0
    /// A one-line message for the user (theme error, failed save…); load problems are shown apart.
    public var notice: Notice?
    /// Saves sent but not answered yet, or refused; quitting sends these again first.
    public var unsaved: [Effect] = []
    /// When reviews in `unsaved` were last sent again.
    public var lastUnsavedRetry: Date?
    /// Records whose last save failed (and has not succeeded since), with the reason: quitting
    /// with any of these asks first (`QuitQuestion`).
    public var failedSaves: [RecordKey: String] = [:]
    var quitQuestion: QuitQuestion = .none
    public var isLoading = false
    public var lastTick: Date?
    /// Team sync through git; nil when the data directory is not shared (nothing is shown then).
    public var sync: SyncIndicator?
    /// Set once `.quit` has been emitted, so a runner that lingers draws nothing new.
    public var isQuitting = false
    /// The key bindings in force: the defaults with the user's rebindings from `config.toml`.
    public var keymap = Keymap.standard

    public init(width: Int, height: Int, theme: Theme, dataLabel: String, data: AppData = .empty, today: Day = Today.day()) {
        self.width = width
        self.height = height
        self.theme = theme
        self.dataLabel = dataLabel
        self.data = data
        board = BoardState(today: today)
        board.load(deals: data.deals, reviewHeadlines: data.loadedReviews.headlines)
        archive = ArchiveViews(today: today)
        staleArchive = Set(ArchivePart.allCases)
    }

    /// After `data` changed: the view shown is rebuilt now (unless a session or prep covers it), the
    /// others when next shown. `reviewsChangedAt` names the reviews that changed when nothing else
    /// did (the deals, the order of the reviews); the queue then takes just those.
    mutating func archiveDataChanged(reviewsChangedAt: [Int]? = nil) {
        staleArchive.formUnion([.reviews, .actions, .playbook, .patterns])
        if let changed = reviewsChangedAt, !staleArchive.contains(.queue) {
            reviewsChangedForQueue.formUnion(changed)
        } else {
            staleArchive.insert(.queue)
            reviewsChangedForQueue = []
        }
        if session == nil, prep == nil { refreshArchiveIfStale() }
    }

    /// Brings the view shown up to date with `data`.
    mutating func refreshArchiveIfStale() {
        guard let part = ArchivePart(view) else { return }
        refreshArchivePart(part)
    }

    /// Brings one of the archive's views up to date with `data`: the queue by the reviews changed
    /// since when it can, any other by building it again.
    mutating func refreshArchivePart(_ part: ArchivePart) {
        if part == .queue, !staleArchive.contains(.queue) {
            guard !reviewsChangedForQueue.isEmpty else { return }
            let changed = reviewsChangedForQueue
            reviewsChangedForQueue = []
            if !archive.queue.reviewsChanged(data.reviews, changedAt: changed) { archive.load(.queue, from: data) }
        } else {
            guard staleArchive.contains(part) else { return }
            archive.load(part, from: data)
            staleArchive.remove(part)
            if part == .queue { reviewsChangedForQueue = [] }
        }
        if part == .queue, archive.queue.brief != nil {
            refreshArchivePart(.playbook)
            archive.queue.refreshBrief(playbook: archive.playbook.playbook)
        }
    }

    /// Below this the layout cannot work and a "terminal too small" message shows instead.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Whether a board search is being typed or narrows the board.
    var isSearching: Bool {
        if case .search = overlay { return true }
        return !board.filter.search.isEmpty
    }

}
