import Benchmark
import DebriefCore
import DebriefUI
import Foundation

/// The board's key-press target at 10,000 deals: one key through `DebriefApp.update`, a full 120x40
/// re-render and the diff against the last frame, as the program loop does — what happens between a
/// key and the frame that shows it. Data: $DEBRIEF_BENCH_10K (`debrief demo --deals 10000 --reviews 2000`).
private struct Keys {
    var state: AppState
    var screen = Screen(width: 120, height: 40)
    var presented: Screen?

    /// Whether the search text the app folds off the UI thread has arrived before the next key.
    var foldsInBackground = true

    /// One key press, as the program loop handles it.
    mutating func press(_ key: Key) {
        let effects = DebriefApp.update(&state, .key(key))
        DebriefApp.render(state, into: &screen)
        blackHole(Screen.diff(from: presented, to: screen))
        presented = screen
        // The performer folds on another thread; here it is done at once, outside the measured key.
        for case .foldSearchText(let deals) in effects where foldsInBackground {
            _ = DebriefApp.update(&state, .searchTextFolded(DealSearchText(deals: deals)))
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(20),
        maxIterations: 2_000
    )
    guard let path = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_10K"] else { return }
    let workspace = Workspace.load(from: RecordStore(root: URL(fileURLWithPath: path)))
    let data = AppData(deals: workspace.deals, reviews: workspace.reviews, questions: workspace.questions)
    let start = AppState(width: 120, height: 40, theme: Theme.fallback, dataLabel: path, data: data, today: Day(iso: "2026-11-28")!)

    Benchmark("Key j (move down) + re-render, 10k deals") { benchmark in
        var keys = Keys(state: start)
        // All time (90 → 180 → 365 days → quarter → all): a column of thousands to move in.
        for _ in 0..<4 { keys.press(.char("p")) }
        benchmark.startMeasurement()
        for iteration in benchmark.scaledIterations {
            // Back to the top now and then, so every press moves (a press that changes nothing presents nothing).
            keys.press(iteration % 500 == 499 ? .char("g") : .char("j"))
        }
    }
    Benchmark("Key p (next period filter) + re-render, 10k deals") { benchmark in
        var keys = Keys(state: start)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            keys.press(.char("p"))
        }
    }
    // Typing on in a search only re-checks the deals still shown; a backspace widens it again and
    // checks them all. Each run times one keystroke; the key that undoes it is not timed.
    for (name, typed, undo) in [("narrowing, \"ac\" → \"acm\"", Key.char("m"), Key.backspace),
                                ("widening, \"acm\" → \"ac\"", Key.backspace, Key.char("m"))] {
        let session = KeysBox(Keys(state: start))
        for key in [Key.char("/"), .char("a"), .char("c")] { session.keys.press(key) }
        if typed == .backspace { session.keys.press(.char("m")) }
        Benchmark("Search keystroke \(name) + re-render, 10k deals") { benchmark in
            benchmark.startMeasurement()
            session.keys.press(typed)
            benchmark.stopMeasurement()
            session.keys.press(undo)
        }
    }
    // Issue 18: keys while a team sync runs, as `[sync] auto_minutes` starts one in the background.
    // $DEBRIEF_BENCH_SYNC is a clone of 10k deals with a remote (Benchmarks/compare-commands.sh makes
    // one: WORK/a). The sync loop starts once, before the first sample (setup), and runs syncs back
    // to back on a thread of its own, the way the performer runs one (never on the program loop),
    // until the last sample is taken (teardown): each sample is one key press, so the benchmark gets
    // as many samples as without a sync, each taken while some part of a sync (a git process, the
    // status, the checks) competes for the two cores.
    if let clone = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_SYNC"] {
        let session = KeysBox(Keys(state: start))
        for _ in 0..<4 { session.keys.press(.char("p")) }
        let syncing = SyncLoop(root: URL(fileURLWithPath: clone))
        let presses = Counter()
        Benchmark("Key j (move down) + re-render, 10k deals, a sync running", configuration: .init(maxDuration: .seconds(20)),
                  closure: { benchmark in
            let iteration = presses.next()
            benchmark.startMeasurement()
            session.keys.press(iteration % 500 == 499 ? .char("g") : .char("j"))
            benchmark.stopMeasurement()
        }, setup: {
            syncing.start()
            while syncing.completed == 0 && syncing.failures == 0 { usleep(1_000) }  // one done, the next under way
        }, teardown: {
            syncing.stop()
            precondition(syncing.failures == 0, "a sync failed: \(syncing.lastError)")
            print("syncs completed while keys were pressed: \(syncing.completed) (\(presses.count) key presses)")
        })
    }

    // The first letter typed after start-up, when the search text folded in the background has not
    // arrived yet (the user typed within milliseconds of `/`): the search folds the deals it looks at.
    Benchmark("Search first keystroke after start-up, before the background fold, 10k deals") { benchmark in
        var keys = Keys(state: start)
        keys.foldsInBackground = false
        keys.press(.char("/"))
        benchmark.startMeasurement()
        keys.press(.char("a"))
        benchmark.stopMeasurement()
    }
}

/// Keeps one search session going across the benchmark's runs.
private final class KeysBox: @unchecked Sendable {
    var keys: Keys
    init(_ keys: Keys) { self.keys = keys }
}

/// Counts the samples of a benchmark whose closure runs once per sample.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func next() -> Int { lock.withLock { defer { value += 1 }; return value } }
}

/// Team syncs back to back on a thread of their own until stopped.
private final class SyncLoop: @unchecked Sendable {
    private let root: URL
    private let lock = NSLock()
    private var stopped = false
    private var count = 0
    private var failed = 0
    private var error = ""
    private let ended = DispatchSemaphore(value: 0)

    init(root: URL) { self.root = root }

    var running: Bool { lock.withLock { !stopped } }
    var completed: Int { lock.withLock { count } }
    var failures: Int { lock.withLock { failed } }
    var lastError: String { lock.withLock { error } }

    func start() {
        let thread = Thread { [self] in
            while running {
                do {
                    _ = try TeamSync(root: root).run()
                    lock.withLock { count += 1 }
                } catch {
                    lock.withLock { failed += 1; self.error = "\(error)" }
                }
            }
            ended.signal()
        }
        thread.name = "debrief-sync"
        thread.start()
    }

    /// Asks the loop to end and waits for the sync under way to finish.
    func stop() {
        lock.withLock { stopped = true }
        ended.wait()
    }
}
