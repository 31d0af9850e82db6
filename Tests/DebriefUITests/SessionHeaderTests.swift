import DebriefCore
import Foundation
import Testing
@testable import DebriefUI

/// The session's header line: the deal and the rep on the left, the review's status, the clock and
/// the save state on the right, never run together.
@Suite("Session header")
struct SessionHeaderTests {
    static let longDeal = Deal(id: "ivory-pos", account: "Ivory Tower Publishing", name: "Ivory – POS Integration",
                               amount: Money(Decimal(85000), "USD"), outcome: .won, closeDate: Day(iso: "2026-11-09") ?? Day(serial: 0),
                               owner: "Kenji Watanabe")

    func header(_ deal: Deal, rep: String, width: Int) -> String {
        var review = SessionUIFixtures.review()
        review.rep = rep
        var state = SessionState(review: review, deal: deal, saved: review, sessionTag: "h1", now: SessionUIFixtures.t0)
        state.resize(width: width, height: 40)
        return SessionUIFixtures.draw(state, width: width, height: 40).text(ofRow: 0)
    }

    /// At 120 columns this deal and rep filled the left side to one space short of the status word:
    /// "Kenji Watanabe in progress" read as one name. The status word (the board shows it too) gives way first.
    @Test func theStatusWordGivesWayBeforeTheRepNameRunsIntoIt() {
        let line = header(Self.longDeal, rep: "Kenji Watanabe", width: 120)
        #expect(line.contains("Kenji Watanabe  ") && !line.contains("Watanabe in progress"), "\(line)")
        #expect(line.contains("/ 30:00") && line.contains("✓ saved"), "\(line)")
        for width in 100...140 {
            let line = header(Self.longDeal, rep: "Kenji Watanabe", width: width)
            #expect(!line.contains("e in progress") && !line.contains("… in progress"), "at \(width): \(line)")
        }
    }

    @Test func aDealThatFitsKeepsTheStatusWord() {
        let line = header(SessionUIFixtures.deal, rep: "Priya Raman", width: 120)
        #expect(line.contains("rep Priya Raman") && line.contains("  in progress  "), "\(line)")
    }
}
