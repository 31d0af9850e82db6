import Synchronization

/// Counts finished work across threads and reports it, at most about every 1% so a progress bar
/// on a slow terminal never holds the writers up.
final class ProgressCounter: Sendable {
    private let done = Atomic<Int>(0)
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func advance() {
        let now = done.wrappingAdd(1, ordering: .relaxed).newValue
        guard let report else { return }
        let step = max(1, total / 100)
        if now % step == 0 || now == total { report(now, total) }
    }
}
