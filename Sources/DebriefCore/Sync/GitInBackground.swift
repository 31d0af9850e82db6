import Foundation

/// A git command run on a thread of its own while the sync goes on with other work: a no-op sync
/// fetches while `git status` compares the working tree, so it waits for the longer of the two
/// instead of their sum. git takes a lock for each ref and for the index, so a fetch (which writes
/// only remote-tracking refs and FETCH_HEAD) and a local commit never write the same file.
///
/// `wait()` must be called on every road out of the sync (a `defer` does it), so no git process the
/// sync started outlives it and the next sync never finds this one's fetch still running.
final class GitInBackground: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var outcome: Result<Git.Output, any Error>?

    init(_ git: Git, _ arguments: [String]) {
        let thread = Thread { [self] in
            let result = Result { try git.run(arguments) }
            lock.withLock { outcome = result }
            finished.signal()
        }
        thread.name = "debrief-git"
        thread.start()
    }

    /// The command's output once it has ended (at once if it already has); it throws as `Git.run` does.
    func wait() throws -> Git.Output {
        if lock.withLock({ outcome == nil }) {
            finished.wait()
            finished.signal()  // a second wait returns at once
        }
        let result = lock.withLock { outcome }
        guard let result else { throw Git.Failure(arguments: [], status: 127, message: "a git command run in the background gave no result") }
        return try result.get()
    }
}
