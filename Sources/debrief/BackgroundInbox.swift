import DebriefUI
import Foundation

/// Runs slow work (a team sync, folding the board's search text) on a thread of its own, so typing
/// never waits for it; each result is a message that waits here until the terminal loop takes it.
final class BackgroundInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: [Msg] = []

    func run(named name: String, _ work: @escaping @Sendable () -> Msg) {
        let thread = Thread { [weak self] in
            let msg = work()
            self?.deliver(msg)
        }
        thread.name = name
        thread.start()
    }

    /// Messages that arrived since the last call.
    func take() -> [Msg] {
        lock.withLock {
            defer { inbox.removeAll() }
            return inbox
        }
    }

    private func deliver(_ msg: Msg) {
        lock.withLock { inbox.append(msg) }
    }
}
