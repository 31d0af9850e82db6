import Foundation

/// Which day it is for relative periods ("last 90 days"). `DEBRIEF_TODAY=YYYY-MM-DD` pins it,
/// so demo data, snapshots and tests give the same screens on any day.
public enum Today {
    public static func day(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let pinned = environment["DEBRIEF_TODAY"], let day = Day(iso: pinned) { return day }
        return Day.today()
    }
}
