import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation

/// The real app, in process: the program loop over a headless backend and the real performer on a
/// demo team in a temporary data directory, with a crash journal beside it. `type` plays keys (tmux
/// spelling) and gives back the screen once every effect they started has answered, as the tmux
/// tests' `waitFor` did, without a terminal, a process or a clock.
final class HeadlessApp {
    let scratch: URL
    let store: RecordStore
    let journal: EditJournal
    let performer: StorePerformer
    var state: AppState
    /// Whether keys come typed ahead, so the loop takes them in one batch (`HeadlessBackend.typesAhead`).
    var typesAhead = false
    /// What `$EDITOR` does with the text it is given (nil: the editor fails).
    var editor: ((String) -> String?)?
    private(set) var quit = false
    private(set) var frames: [Screen] = []

    /// Whether the scratch folder goes when this app does (not when another app reopens it).
    var removesScratch = true
    let today: Day
    let options: StorePerformer.Options
    /// `--theme`, as the app takes it (nil: the test's colourless fallback theme).
    let themeOption: String?

    /// A demo team of `deals` deals dated up to `asOf` (also the app's today); `prepare` may change
    /// the data directory (or make it a clone of a team's) before the app loads it.
    /// config.toml goes in `scratch/config` (see `configFile`); `theme` is the `--theme` option.
    convenience init(width: Int, height: Int, deals: Int = 12, reviews: Int = 3, asOf: String = "2026-10-01", theme: String? = nil,
                     options: StorePerformer.Options = .init(), prepare: (_ data: URL, _ scratch: URL) throws -> Void = { _, _ in }) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-headless-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let today = Day(iso: asOf) ?? Day.today()
        let data = scratch.appendingPathComponent("data", isDirectory: true)
        try DemoTeam(.init(deals: deals, reviews: reviews, seed: 7, asOf: today)).write(to: data)
        try prepare(data, scratch)
        self.init(scratch: scratch, width: width, height: height, today: today, options: options, theme: theme)
    }

    /// The app started again on the same folders, as after a crash: the old one must be gone.
    convenience init(reopening old: HeadlessApp) {
        old.removesScratch = false
        self.init(scratch: old.scratch, width: old.state.width, height: old.state.height, today: old.today, options: old.options,
                  theme: old.themeOption)
    }

    init(scratch: URL, width: Int, height: Int, today: Day, options: StorePerformer.Options, theme themeOption: String? = nil) {
        self.scratch = scratch
        self.today = today
        self.options = options
        self.themeOption = themeOption
        let data = scratch.appendingPathComponent("data", isDirectory: true)
        let locations = DataLocations(dataDirectory: data, stateDirectory: scratch.appendingPathComponent("state"),
                                      configDirectory: scratch.appendingPathComponent("config"))
        store = RecordStore(root: data)
        journal = EditJournal(locations: locations)
        performer = StorePerformer(store: store, journal: journal, options: options)
        state = AppState(width: width, height: height, theme: Theme.fallback.degraded(to: .none), dataLabel: data.path,
                         data: AppDataLoader.load(from: store), today: today)
        state.sessionTag = "test"
        // The user's settings as the app loads them: keys from config.toml, the theme asked for.
        var problems: [String] = []
        if let themeOption {
            let chosen = StartSettings.theme(named: themeOption, depth: .none, locations: locations)
            state.theme = chosen.theme
            problems += chosen.problems
        }
        let keys = StartSettings.keymap(locations: locations)
        state.keymap = keys.keymap
        StartSettings.show(problems + keys.problems, in: &state)
        AppStart.prepare(&state, dataDirectory: data, locations: locations)
    }

    deinit {
        journal.close()
        if removesScratch { try? FileManager.default.removeItem(at: scratch) }
    }

    var dataDirectory: URL { store.root }

    /// Where the app reads config.toml (write it from `prepare`, before the app starts).
    static func configFile(scratch: URL) -> URL {
        AppConfig.file(in: scratch.appendingPathComponent("config"))
    }

    /// Plays `keys` and returns the last frame's text.
    @discardableResult
    func type(_ keys: String) -> String {
        events(KeyScript.parse(keys).map(BackendEvent.key))
    }

    /// Plays `events` (keys, resizes, ticks) and returns the last frame's text.
    @discardableResult
    func events(_ events: [BackendEvent]) -> String {
        precondition(!quit, "the app has quit")
        let backend = HeadlessBackend(width: state.width, height: state.height, events: events)
        backend.editor = editor
        backend.typesAhead = typesAhead
        let outcome = Program(state: state, backend: backend, performer: performer).run()
        state = outcome.state
        quit = outcome.quit
        frames += backend.frames
        return screen
    }

    /// Pastes `text` as a terminal with bracketed paste sends it: one event.
    @discardableResult
    func paste(_ text: String) -> String {
        events([.paste(text)])
    }

    /// Types literal text, spaces included (tmux's `send-keys -l`).
    @discardableResult
    func typeText(_ text: String) -> String {
        events(text.map { BackendEvent.key(.char($0)) })
    }

    /// Replaces the reviews folder with a file, so every review save fails ("Not a directory", as a
    /// broken disk would); the closure it returns puts the folder back.
    func breakReviewsFolder() throws -> () throws -> Void {
        let reviews = dataDirectory.appendingPathComponent("reviews")
        let aside = dataDirectory.appendingPathComponent("reviews-aside")
        let existed = FileManager.default.fileExists(atPath: reviews.path)
        if existed { try FileManager.default.moveItem(at: reviews, to: aside) }
        try Data("not a folder".utf8).write(to: reviews)
        return {
            try FileManager.default.removeItem(at: reviews)
            if existed { try FileManager.default.moveItem(at: aside, to: reviews) }
        }
    }

    /// The screen as drawn last.
    var screen: String { (frames.last ?? DebriefApp.render(state)).plainText }
}
