import Foundation

/// How many inputs each property tries. The default run stays within a few seconds;
/// `DEBRIEF_LONG_TESTS=1 swift test --filter DebriefFuzzTests` runs a hundred times more.
enum FuzzBudget {
    static let isLong = ProcessInfo.processInfo.environment["DEBRIEF_LONG_TESTS"] == "1"

    /// `base` cases normally, `base * 100` in a long run.
    static func cases(_ base: Int) -> Int { isLong ? base * 100 : base }
}
