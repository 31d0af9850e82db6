import DebriefCore
import Foundation
@testable import DebriefUI

/// Deterministic data for the archive views' goldens.
enum ArchiveFixtures {
    static let asOf = Day(iso: "2026-11-28") ?? Day(serial: 0)
    static let theme = Theme.fallback.degraded(to: .none)

    /// A year of a six-rep team: 400 deals, 120 reviews (about half completed).
    static let team = DemoTeam(.init(deals: 400, reviews: 120, seed: 7, asOf: asOf))
    /// The demo's default size: most figures are too thin to chart.
    static let small = DemoTeam(.init(deals: 40, reviews: 10, seed: 3, asOf: asOf))
}

extension ArchiveFixtures {
    /// The team plus one review that writes a practice another way, so the playbook has a duplicate to suggest.
    static let teamWithVariant: [Review] = {
        var reviews = team.reviews
        if var extra = team.reviews.first(where: { $0.status == .completed }) {
            extra.id = "extra-review"
            extra.practices = [BestPractice(id: "p1", title: "Send the security pack in week one", detail: "Before they ask for it.")]
            reviews.append(extra)
        }
        return reviews
    }()

    static func render(_ width: Int, _ height: Int, _ draw: (inout Screen) -> Void) -> Screen {
        var screen = Screen(width: width, height: height)
        draw(&screen)
        return screen
    }

    static func keys(_ text: String) -> [Key] { KeyScript.parse(text) }
}
