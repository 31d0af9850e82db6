import DebriefUI
import Foundation

/// Where answers of work running off the UI thread wait until the program loop takes them, and
/// how many such jobs are still running (for `waitUntilIdle`).
final class EffectInbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var messages: [Msg] = []
    private var running = 0

    /// A job started; its `deliver` (with or without messages) ends it.
    func begin() {
        condition.withLock { running += 1 }
    }

    func deliver(_ answer: [Msg]) {
        condition.withLock {
            messages += answer
            running -= 1
            condition.broadcast()
        }
    }

    func take() -> [Msg] {
        condition.withLock {
            defer { messages.removeAll() }
            return messages
        }
    }

    func waitUntilIdle() {
        condition.withLock {
            while running > 0 { condition.wait() }
        }
    }
}
