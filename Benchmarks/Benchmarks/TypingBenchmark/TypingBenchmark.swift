import Benchmark
import DebriefCore
import DebriefEffects
import DebriefUI
import Foundation

/// Typing into long notes (#21 item 10): one key into a 1 KB and into a 1 MB note through the real
/// `DebriefApp.update` and a full 120x40 render, as the program loop runs them (the key's cost
/// should not grow with the note), and a 1 MB paste through the program loop headless with the
/// real performer, until it is in the journal and, after Esc, in the review's file.
private let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)
private let team = DemoTeam(.init(deals: 12, reviews: 0, seed: 7, asOf: asOf))

/// Lines of meeting notes, repeated to `bytes` bytes of UTF-8.
private func note(bytes: Int) -> String {
    let line = "Buyer said the pilot, not the price, decided it; café Zürich, 決め手はパイロット.\n"
    var text = ""
    while text.utf8.count < bytes { text += line }
    return text
}

/// The app with a session open on a deal, typing at the end of a note of `bytes` bytes.
private func typing(into bytes: Int) -> (state: AppState, screen: Screen) {
    var state = AppState(width: 120, height: 40, theme: Theme.fallback, dataLabel: "bench",
                         data: AppData(deals: team.deals, reviews: team.reviews), today: asOf)
    state.sessionTag = "bench"
    _ = DebriefApp.update(&state, .resize(width: 120, height: 40))
    _ = DebriefApp.update(&state, .key(.enter))
    _ = DebriefApp.update(&state, .editorFinished(note(bytes: bytes)))
    _ = DebriefApp.update(&state, .key(.enter))
    precondition(state.session?.isEditing == true, "not typing")
    var screen = Screen(width: 120, height: 40)
    DebriefApp.render(state, into: &screen)
    return (state, screen)
}

/// The performer the app uses, on a scratch copy of the demo team.
private final class ScratchApp {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-typing-bench-\(UUID().uuidString.prefix(8))")
    let store: RecordStore
    let journal: EditJournal
    let performer: StorePerformer
    var state: AppState

    init() throws {
        let data = root.appendingPathComponent("data")
        try team.write(to: data)
        let locations = DataLocations(dataDirectory: data, stateDirectory: root.appendingPathComponent("state"),
                                      configDirectory: root.appendingPathComponent("config"))
        store = RecordStore(root: data)
        journal = EditJournal(locations: locations)
        performer = StorePerformer(store: store, journal: journal)
        state = AppState(width: 120, height: 40, theme: Theme.fallback, dataLabel: data.path, data: AppDataLoader.load(from: store), today: asOf)
        state.sessionTag = "bench"
        AppStart.prepare(&state, dataDirectory: data, locations: locations)
    }

    func run(_ events: [BackendEvent]) {
        let backend = HeadlessBackend(width: 120, height: 40, events: events)
        state = Program(state: state, backend: backend, performer: performer).run().state
    }

    deinit {
        journal.close()
        try? FileManager.default.removeItem(at: root)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .microseconds,
        maxDuration: .seconds(10),
        maxIterations: 2_000
    )

    for (label, bytes) in [("1 KB", 1 << 10), ("1 MB", 1 << 20)] {
        Benchmark("Key into a \(label) note + render 120x40") { benchmark in
            var (state, screen) = typing(into: bytes)
            benchmark.startMeasurement()
            for iteration in benchmark.scaledIterations {
                // Letters and Backspaces in turn, so the note stays the size it was.
                _ = DebriefApp.update(&state, .key(iteration % 2 == 0 ? .char("x") : .backspace))
                DebriefApp.render(state, into: &screen)
            }
            benchmark.stopMeasurement()
            blackHole(screen)
        }
    }

    let pasted = note(bytes: 1 << 20)
    Benchmark("1 MB paste through the program loop, journaled, then saved (Esc)",
              configuration: .init(timeUnits: .milliseconds, maxDuration: .seconds(30), maxIterations: 12)) { benchmark in
        // A fresh data folder each time: the review is new, its journal empty.
        guard let app = try? ScratchApp() else { fatalError("could not write the demo team") }
        app.run([.key(.enter), .key(.enter)])
        benchmark.startMeasurement()
        app.run([.paste(pasted), .key(.escape)])
        benchmark.stopMeasurement()
        let saved = app.store.loadAll(Review.self).records.first?.answers.first?.notes
        precondition(saved == pasted, "the paste is not in the file")
    }
}
